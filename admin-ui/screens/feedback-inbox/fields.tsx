/**
 * WordPress dependencies
 */
import type { Field } from '@wordpress/dataviews';
import { dateI18n } from '@wordpress/date';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { FeedbackItem } from '../../data/feedback';
import type { Choice } from '../../data/schema-labels';

/** The server's names of the enums, and the units and leaders to filter by. */
export type InboxChoices = {
	type: Choice[];
	status: Choice[];
	channel: Choice[];
	units: Choice[];
	holders: Choice[];
};

/**
 * A UTC ISO time as a local date.
 *
 * @param iso Time.
 */
export function localDate( iso: string | null | undefined ): string {
	return iso ? dateI18n( 'd/m/Y', iso, undefined ) : '';
}

/**
 * The inbox's columns and filters.
 *
 * @param choices Names from the server.
 */
export function inboxFields( choices: InboxChoices ): Field< FeedbackItem >[] {
	const name = ( list: Choice[], value: string | null | undefined ) =>
		list.find( ( choice ) => choice.value === value )?.label ?? value ?? '';
	return [
		{
			id: 'subject',
			type: 'text',
			label: __( 'Subject', 'ttdt-portal' ),
			render: ( { item } ) => (
				<strong className="ttdt-feedback-inbox__subject">
					{ item.subject }
				</strong>
			),
			enableHiding: false,
			enableGlobalSearch: true,
		},
		{
			id: 'code',
			type: 'text',
			label: __( 'Code', 'ttdt-portal' ),
			enableSorting: false,
		},
		{
			id: 'status',
			label: __( 'Status', 'ttdt-portal' ),
			elements: choices.status,
			filterBy: { operators: [ 'isAny' ] },
			render: ( { item } ) => name( choices.status, item.status ),
		},
		{
			id: 'type',
			label: __( 'Type', 'ttdt-portal' ),
			elements: choices.type,
			filterBy: { operators: [ 'isAny' ] },
			render: ( { item } ) => name( choices.type, item.type ),
		},
		{
			id: 'topic',
			type: 'text',
			label: __( 'Topic', 'ttdt-portal' ),
			enableSorting: false,
		},
		{
			id: 'unit_name',
			label: __( 'Unit', 'ttdt-portal' ),
			elements: choices.units,
			filterBy: { operators: [ 'is' ] },
			getValue: ( { item } ) => String( item.unit_id ?? '' ),
			render: ( { item } ) => item.unit_name ?? '',
			enableSorting: false,
		},
		{
			id: 'holder_name',
			label: __( 'Held by', 'ttdt-portal' ),
			elements: choices.holders,
			filterBy: { operators: [ 'is' ] },
			getValue: ( { item } ) => String( item.holder_id ?? '' ),
			render: ( { item } ) => item.holder_name ?? '',
			enableSorting: false,
		},
		{
			id: 'received_at',
			label: __( 'Received', 'ttdt-portal' ),
			render: ( { item } ) => localDate( item.received_at ),
		},
		{
			id: 'deadline_at',
			label: __( 'Answer deadline', 'ttdt-portal' ),
			render: ( { item } ) => localDate( item.deadline_at ),
		},
		{
			id: 'overdue',
			label: __( 'Overdue', 'ttdt-portal' ),
			elements: [
				{ value: 'true', label: __( 'Overdue', 'ttdt-portal' ) },
			],
			filterBy: { operators: [ 'is' ] },
			getValue: ( { item } ) => ( item.overdue ? 'true' : '' ),
			render: ( { item } ) =>
				item.overdue ? (
					<span className="ttdt-feedback-overdue">
						{ __( 'Overdue', 'ttdt-portal' ) }
					</span>
				) : null,
			enableSorting: false,
		},
	];
}
