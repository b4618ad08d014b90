/**
 * WordPress dependencies
 */
import type { Field } from '@wordpress/dataviews';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { toVnDate } from '../../components/vn-date';
import type { BoardEntry } from '../../data/board';
import { positionOptions, roleOptions } from './options';

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
 * DataViews fields of the roster.
 */
export function boardFields(): Field< BoardEntry >[] {
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
			elements: positionOptions(),
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
			elements: roleOptions(),
			filterBy: { operators: [ 'is' ] },
		},
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
