/**
 * WordPress dependencies
 */
import type { Field } from '@wordpress/dataviews';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	ChoiceEdit,
	isDateValue,
	VnDateEdit,
} from '../../components/form-controls';
import { toVnDate } from '../../components/vn-date';
import type { BoardChoices, BoardEntry } from '../../data/board';

// Names sort the Vietnamese way (Đ after D, tones after the base letter).
const collator = new Intl.Collator( 'vi', { sensitivity: 'base' } );

const POSITION_RANK: Record< string, number > = {
	head: 0,
	deputy: 1,
	member: 2,
	standing: 3,
	'': 4,
};

/**
 * The appointing decision as written in Vietnamese documents: "No. 125/QĐ-UBND dated 15/03/2024".
 *
 * @param item Roster entry.
 */
function decisionText( item: BoardEntry ): string {
	if ( ! item.decision_number ) {
		return item.decision_date ? toVnDate( item.decision_date ) : '—';
	}
	if ( ! item.decision_date ) {
		return item.decision_number;
	}
	return sprintf(
		/* translators: 1: decision number, 2: decision date (dd/mm/yyyy). */
		__( 'No. %1$s dated %2$s', 'ttdt-portal' ),
		item.decision_number,
		toVnDate( item.decision_date )
	);
}

/**
 * The term as "from – to", with open ends left blank.
 *
 * @param item Roster entry.
 */
function termText( item: BoardEntry ): string {
	if ( ! item.term_start && ! item.term_end ) {
		return '—';
	}
	return `${ toVnDate( item.term_start ) || '…' } – ${
		toVnDate( item.term_end ) || '…'
	}`;
}

/**
 * A date the roster edits: hidden in the list (the decision and term columns show them).
 *
 * @param id    Field ID.
 * @param label Label.
 */
function dateField(
	id: 'decision_date' | 'term_start' | 'term_end',
	label: string
): Field< BoardEntry > {
	return {
		id,
		label,
		getValue: ( { item } ) => item[ id ] ?? '',
		Edit: VnDateEdit,
		isValid: ( item ) => isDateValue( item[ id ] ?? '' ),
		enableSorting: false,
	};
}

/**
 * The fields of the roster: the list's columns and the edit form's controls (DataForm reads
 * the same fields). Positions and roles are named by the server.
 *
 * @param choices The server's names of the positions and roles.
 */
export function boardFields( choices: BoardChoices ): Field< BoardEntry >[] {
	return [
		{
			id: 'name',
			label: __( 'Name', 'ttdt-portal' ),
			enableHiding: false,
			enableGlobalSearch: true,
			getValue: ( { item } ) => item.name,
			render: ( { item } ) => (
				<div>
					<strong>{ item.name }</strong>
					<div className="ttdt-board__login">{ item.username }</div>
				</div>
			),
			sort: ( a, b, direction ) =>
				collator.compare( a.name, b.name ) *
				( direction === 'asc' ? 1 : -1 ),
		},
		{
			id: 'position',
			label: __( 'Board position', 'ttdt-portal' ),
			getValue: ( { item } ) => item.position ?? '',
			render: ( { item } ) => <>{ item.position_label || '—' }</>,
			elements: choices.position,
			Edit: ChoiceEdit,
			filterBy: { operators: [ 'is' ] },
			sort: ( a, b, direction ) =>
				( ( POSITION_RANK[ a.position ?? '' ] ?? 4 ) -
					( POSITION_RANK[ b.position ?? '' ] ?? 4 ) ||
					collator.compare( a.name, b.name ) ) *
				( direction === 'asc' ? 1 : -1 ),
		},
		{
			id: 'role',
			label: __( 'Permission level', 'ttdt-portal' ),
			getValue: ( { item } ) => item.role ?? '',
			render: ( { item } ) => <>{ item.role_label || '—' }</>,
			// '' (no role of the portal) is a choice of the form only.
			elements: choices.role.filter( ( choice ) => choice.value !== '' ),
			Edit: ChoiceEdit,
			description: __(
				'What the person may do on the site (Article 12.2). The change is recorded in the audit log.',
				'ttdt-portal'
			),
			filterBy: { operators: [ 'is' ] },
		},
		{
			id: 'decision_number',
			type: 'text',
			label: __( 'Decision number', 'ttdt-portal' ),
			placeholder: __( 'e.g. 125/QĐ-UBND', 'ttdt-portal' ),
			getValue: ( { item } ) => item.decision_number ?? '',
			enableSorting: false,
		},
		dateField( 'decision_date', __( 'Decision date', 'ttdt-portal' ) ),
		dateField( 'term_start', __( 'Term starts', 'ttdt-portal' ) ),
		dateField( 'term_end', __( 'Term ends', 'ttdt-portal' ) ),
		{
			id: 'decision',
			label: __( 'Appointing decision', 'ttdt-portal' ),
			getValue: ( { item } ) => item.decision_number ?? '',
			render: ( { item } ) => <>{ decisionText( item ) }</>,
			enableSorting: false,
		},
		{
			id: 'term',
			label: __( 'Term', 'ttdt-portal' ),
			getValue: ( { item } ) => item.term_start ?? '',
			render: ( { item } ) => (
				<>
					{ termText( item ) }
					{ item.term_ended && (
						<span className="ttdt-board__ended">
							{ __( 'Term ended', 'ttdt-portal' ) }
						</span>
					) }
				</>
			),
			enableSorting: false,
		},
	];
}
