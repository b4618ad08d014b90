/**
 * WordPress dependencies
 */
import { TextareaControl } from '@wordpress/components';
import type { DataFormControlProps, Field } from '@wordpress/dataviews';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	ChoiceEdit,
	IntegerEdit,
	TextEdit,
} from '../../components/form-controls';
import { toVnDateTime, VnDateTimeControl } from '../../components/vn-date';
import type { Incident, IncidentDraft } from '../../data/incidents';
import type { Choice } from '../../data/schema-labels';

/** The kinds and states, named by the server (`x-labels` of the incidents route). */
export type IncidentChoices = Record< string, Choice[] > | undefined;

/**
 * A multi-line text control for DataForm.
 *
 * @param props          Control props.
 * @param props.data     Form values.
 * @param props.field    Field.
 * @param props.onChange Change handler.
 */
function LongTextEdit< Item >( {
	data,
	field,
	onChange,
}: DataFormControlProps< Item > ) {
	return (
		<TextareaControl
			__nextHasNoMarginBottom
			label={ field.label }
			help={ field.description }
			value={ String( field.getValue( { item: data } ) ?? '' ) }
			onChange={ ( next: string ) =>
				onChange( { [ field.id ]: next } as Partial< Item > )
			}
		/>
	);
}

/**
 * A date and time control (site time) for DataForm.
 *
 * @param props          Control props.
 * @param props.data     Form values.
 * @param props.field    Field.
 * @param props.onChange Change handler.
 */
function DateTimeEdit< Item >( {
	data,
	field,
	onChange,
}: DataFormControlProps< Item > ) {
	return (
		<VnDateTimeControl
			label={ field.label }
			value={ String( field.getValue( { item: data } ) ?? '' ) }
			// A text that is no time goes as typed: the server's refusal names the field.
			onChange={ ( next, text ) =>
				onChange( { [ field.id ]: next ?? text } as Partial< Item > )
			}
		/>
	);
}

/**
 * The fields of the report form.
 *
 * @param choices The kinds and states, as the server names them.
 */
export function draftFields(
	choices: IncidentChoices
): Field< IncidentDraft >[] {
	return [
		{
			id: 'kind',
			label: __( 'Kind', 'ttdt-portal' ),
			elements: choices?.kind ?? [],
			Edit: ChoiceEdit,
		},
		{
			id: 'description',
			label: __( 'What happened', 'ttdt-portal' ),
			description: __(
				'What you saw, where, and what may have been exposed.',
				'ttdt-portal'
			),
			Edit: LongTextEdit,
			isValid: ( item ) => item.description.trim() !== '',
		},
		{
			id: 'occurred_at',
			label: __( 'When', 'ttdt-portal' ),
			Edit: DateTimeEdit,
		},
		{
			id: 'item_id',
			label: __( 'Item number (if any)', 'ttdt-portal' ),
			Edit: IntegerEdit,
		},
		{
			id: 'account',
			label: __( 'Account concerned (if any)', 'ttdt-portal' ),
			Edit: TextEdit,
		},
	];
}

/**
 * The columns of the report list.
 *
 * @param choices The kinds and states, as the server names them.
 */
export function incidentFields(
	choices: IncidentChoices
): Field< Incident >[] {
	return [
		{
			id: 'title',
			label: __( 'Report', 'ttdt-portal' ),
			enableGlobalSearch: true,
			enableHiding: false,
		},
		{
			id: 'state',
			label: __( 'State', 'ttdt-portal' ),
			elements: choices?.state ?? [],
			filterBy: { operators: [ 'isAny' ] },
		},
		{
			id: 'kind',
			label: __( 'Kind', 'ttdt-portal' ),
			elements: choices?.kind ?? [],
		},
		{
			id: 'reporter_name',
			label: __( 'Reported by', 'ttdt-portal' ),
		},
		{
			id: 'reported_at',
			label: __( 'Reported on', 'ttdt-portal' ),
			// Site time (`Incidents::shape()`), never shifted to the browser's zone.
			render: ( { item } ) => toVnDateTime( item.reported_at, false ),
		},
		{
			id: 'notes',
			label: __( 'Notes', 'ttdt-portal' ),
			enableSorting: false,
			render: ( { item } ) =>
				item.notes.length ? (
					<ul className="ttdt-incidents__notes">
						{ item.notes.map( ( note, index ) => (
							<li key={ index }>
								<time dateTime={ note.at }>
									{ toVnDateTime( note.at, false ) }
								</time>{ ' ' }
								{ note.user }: { note.text }
							</li>
						) ) }
					</ul>
				) : null,
		},
	];
}
