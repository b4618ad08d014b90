/**
 * External dependencies
 */
import type { Field } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { toVnDate } from '../../components/vn-date';
import type { Choice } from '../../data/schema-labels';
import type { WorkflowItem } from '../../data/generated/schemas';

/** The states an item of the queue can be in (the route's own `state` filter). */
const QUEUE_STATES = [ 'submitted', 'approved', 'returned' ];

/** The server's names of the states and receipt channels. */
export type QueueChoices = { state: Choice[]; received_via: Choice[] };

/**
 * Sorts `Y-m-d` strings, items without a date last.
 *
 * @param a         First value.
 * @param b         Second value.
 * @param direction Direction.
 */
function byDate( a: string, b: string, direction: 'asc' | 'desc' ): number {
	if ( a === b ) {
		return 0;
	}
	if ( ! a || ! b ) {
		return a ? -1 : 1;
	}
	return ( a < b ? -1 : 1 ) * ( direction === 'asc' ? 1 : -1 );
}

/**
 * Columns and filters of the review queue.
 *
 * @param items   The queue, for the list of writers to filter by.
 * @param choices The server's names of the states and channels.
 */
export function queueFields(
	items: WorkflowItem[],
	choices: QueueChoices
): Field< WorkflowItem >[] {
	const writers = [ ...new Set( items.map( ( item ) => item.writer ) ) ]
		.sort( ( a, b ) => a.localeCompare( b, 'vi' ) )
		.map( ( writer ) => ( { value: writer, label: writer } ) );

	return [
		{
			id: 'title',
			label: __( 'Title', 'ttdt-portal' ),
			enableHiding: false,
			enableGlobalSearch: true,
			getValue: ( { item } ) => item.title,
			render: ( { item } ) => (
				<a href={ item.edit_link }>
					{ item.title || __( '(no title)', 'ttdt-portal' ) }
				</a>
			),
		},
		{
			id: 'writer',
			label: __( 'Writer', 'ttdt-portal' ),
			elements: writers,
			filterBy: { operators: [ 'isAny' ] },
			getValue: ( { item } ) => item.writer,
			sort: ( a, b, direction ) =>
				a.writer.localeCompare( b.writer, 'vi' ) *
				( direction === 'asc' ? 1 : -1 ),
		},
		{
			id: 'received_via',
			label: __( 'Channel', 'ttdt-portal' ),
			elements: choices.received_via,
			filterBy: { operators: [ 'isAny' ] },
			getValue: ( { item } ) => item.received_via,
		},
		{
			id: 'received',
			label: __( 'Received', 'ttdt-portal' ),
			enableGlobalSearch: false,
			getValue: ( { item } ) => item.received_at.slice( 0, 10 ),
			render: ( { item } ) => <>{ toVnDate( item.received_at ) }</>,
			sort: ( a, b, direction ) =>
				byDate(
					a.received_at.slice( 0, 10 ),
					b.received_at.slice( 0, 10 ),
					direction
				),
		},
		{
			id: 'deadline',
			label: __( 'Deadline', 'ttdt-portal' ),
			getValue: ( { item } ) => item.deadline ?? '',
			render: ( { item } ) => (
				<span
					className={
						item.overdue ? 'ttdt-queue__deadline is-overdue' : ''
					}
				>
					{ toVnDate( item.deadline ) }
				</span>
			),
			sort: ( a, b, direction ) =>
				byDate( a.deadline ?? '', b.deadline ?? '', direction ),
		},
		{
			id: 'overdue',
			label: __( 'Overdue', 'ttdt-portal' ),
			elements: [
				{ value: 'yes', label: __( 'Overdue', 'ttdt-portal' ) },
				{ value: 'no', label: __( 'On time', 'ttdt-portal' ) },
			],
			filterBy: { operators: [ 'is' ] },
			getValue: ( { item } ) => ( item.overdue ? 'yes' : 'no' ),
			render: ( { item } ) =>
				item.overdue ? (
					<span className="ttdt-queue__badge is-overdue">
						{ __( 'Overdue', 'ttdt-portal' ) }
					</span>
				) : null,
		},
		{
			id: 'state',
			label: __( 'State', 'ttdt-portal' ),
			elements: choices.state.filter( ( { value } ) =>
				QUEUE_STATES.includes( value )
			),
			filterBy: { operators: [ 'isAny' ], isPrimary: true },
			getValue: ( { item } ) => item.state,
		},
	];
}
