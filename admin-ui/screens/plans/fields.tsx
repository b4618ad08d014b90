/**
 * WordPress dependencies
 */
import { __, _x } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	ChoiceEdit,
	IntegerEdit,
	TextEdit,
	VnDateEdit,
	isDateValue,
	type CheckedField,
} from '../../components/form-controls';
import { toVnDate } from '../../components/vn-date/format';
import type { Choice } from '../../data/schema-labels';
import type { Plan, PlanTopic } from '../../data/generated/schemas';

/** A plan as the form edits it. */
export type PlanItem = Pick< Plan, 'period' | 'year' | 'title' | 'note' > &
	Partial< Plan >;

/** A topic as the form edits it. */
export type TopicItem = Pick<
	PlanTopic,
	| 'plan_id'
	| 'title'
	| 'target'
	| 'starts_on'
	| 'ends_on'
	| 'assignee_id'
	| 'unit_id'
	| 'note'
> &
	Partial< PlanTopic >;

const labelOf = ( choices: Choice[], value: string ) =>
	choices.find( ( choice ) => choice.value === value )?.label ?? value;

/**
 * The fields of a plan: the list's columns and the form's controls.
 *
 * @param choices Names of the periods and states, from the server.
 */
export function planFields(
	choices: Record< string, Choice[] >
): CheckedField< PlanItem >[] {
	const periods = choices.period ?? [];
	const states = choices.status ?? [];
	return [
		{
			id: 'title',
			type: 'text',
			label: __( 'Plan', 'ttdt-portal' ),
			Edit: TextEdit,
			isValid: ( item ) => item.title.trim() !== '',
			invalidMessage: __( 'Enter the title of the plan.', 'ttdt-portal' ),
			render: ( { item } ) => <strong>{ item.title }</strong>,
			enableHiding: false,
			enableGlobalSearch: true,
		},
		{
			id: 'period',
			type: 'text',
			label: __( 'Period', 'ttdt-portal' ),
			elements: periods,
			Edit: ChoiceEdit,
			render: ( { item } ) => labelOf( periods, item.period ),
		},
		{
			id: 'year',
			type: 'integer',
			label: __( 'Year', 'ttdt-portal' ),
			Edit: IntegerEdit,
			isValid: ( item ) =>
				Number.isInteger( item.year ) &&
				item.year >= 2000 &&
				item.year <= 2100,
			invalidMessage: __(
				'Enter the year with four digits.',
				'ttdt-portal'
			),
		},
		{
			id: 'status',
			type: 'text',
			label: __( 'State', 'ttdt-portal' ),
			elements: states,
			render: ( { item } ) => labelOf( states, item.status ?? '' ),
		},
		{
			id: 'topics_count',
			type: 'integer',
			label: __( 'Topics', 'ttdt-portal' ),
		},
		{
			id: 'note',
			type: 'text',
			label: __( 'Purpose and requirements', 'ttdt-portal' ),
			Edit: TextEdit,
			enableSorting: false,
		},
	];
}

/**
 * The fields of a topic.
 *
 * @param members Board members who can be in charge.
 * @param units   Units that can be in charge.
 */
export function topicFields(
	members: Choice[],
	units: Choice[]
): CheckedField< TopicItem >[] {
	const none = { value: '0', label: __( '— None —', 'ttdt-portal' ) };
	const date = ( id: 'starts_on' | 'ends_on', label: string ) => ( {
		id,
		type: 'text' as const,
		label,
		Edit: VnDateEdit,
		isValid: ( item: TopicItem ) =>
			isDateValue( item[ id ] ) && item[ id ] !== '',
		invalidMessage: __( 'Enter a date as dd/mm/yyyy.', 'ttdt-portal' ),
		render: ( { item }: { item: TopicItem } ) => toVnDate( item[ id ] ),
	} );
	return [
		{
			id: 'title',
			type: 'text',
			label: _x( 'Topic', 'editorial plan', 'ttdt-portal' ),
			Edit: TextEdit,
			isValid: ( item ) => item.title.trim() !== '',
			invalidMessage: __( 'Enter the topic.', 'ttdt-portal' ),
			render: ( { item } ) => <strong>{ item.title }</strong>,
			enableHiding: false,
		},
		{
			id: 'target',
			type: 'integer',
			label: __( 'Items planned', 'ttdt-portal' ),
			Edit: IntegerEdit,
			isValid: ( item ) =>
				Number.isInteger( item.target ) && item.target >= 1,
			invalidMessage: __(
				'Enter how many items are planned, at least 1.',
				'ttdt-portal'
			),
		},
		date( 'starts_on', __( 'From', 'ttdt-portal' ) ),
		date( 'ends_on', __( 'To', 'ttdt-portal' ) ),
		{
			id: 'assignee_id',
			type: 'text',
			label: __( 'Board member in charge', 'ttdt-portal' ),
			elements: [ none, ...members ],
			Edit: ChoiceEdit,
			getValue: ( { item } ) => String( item.assignee_id ?? 0 ),
			render: ( { item } ) => item.assignee_name ?? '',
		},
		{
			id: 'unit_id',
			type: 'text',
			label: __( 'Unit in charge', 'ttdt-portal' ),
			elements: [ none, ...units ],
			Edit: ChoiceEdit,
			getValue: ( { item } ) => String( item.unit_id ?? 0 ),
		},
		{
			id: 'note',
			type: 'text',
			label: __( 'Note', 'ttdt-portal' ),
			Edit: TextEdit,
			enableSorting: false,
		},
	];
}
