/**
 * WordPress dependencies
 */
import { store as coreStore } from '@wordpress/core-data';
import { dispatch, useDispatch, useSelect } from '@wordpress/data';
import { useCallback } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ENTITY_KIND } from './entities';
import type { WorkflowItem } from './generated/schemas';
import { useLoadError } from './use-load-error';

/** `ttdt/v1/workflow/<id>`: one item's approval, as the current user may act on it. */
export const WORKFLOW_ENTITY = 'workflow';

let registered = false;

/**
 * Registers the workflow item as a core-data entity, once per page: the editor reads it with
 * core-data's selectors and resolvers, and a workflow action's answer (the item as it is
 * now) goes back into the same store.
 */
function registerWorkflowEntity(): void {
	if ( registered ) {
		return;
	}
	registered = true;
	dispatch( coreStore ).addEntities( [
		{
			kind: ENTITY_KIND,
			name: WORKFLOW_ENTITY,
			baseURL: '/ttdt/v1/workflow',
			key: 'id',
		},
	] );
}

registerWorkflowEntity();

/** How much time is left, as the server counted it. */
export type TimeLeft = NonNullable< WorkflowItem[ 'time_left' ] >;

/**
 * The workflow of one item, read from the server (the read's failure is reported as an error
 * notice), with `refresh()` to read it again and `receive()` to store an action's answer.
 *
 * @param id Item ID; 0 while there is none.
 */
export function useWorkflowItem( id: number ) {
	const item = useSelect(
		( select ) =>
			id
				? ( select( coreStore ).getEntityRecord(
						ENTITY_KIND,
						WORKFLOW_ENTITY,
						id
					) as WorkflowItem | undefined )
				: undefined,
		[ id ]
	);
	const error = useLoadError(
		'getEntityRecord',
		[ ENTITY_KIND, WORKFLOW_ENTITY, id ],
		__( 'The approval of this item could not be loaded.', 'ttdt-portal' )
	);
	const { receiveEntityRecords } = useDispatch( coreStore );
	// Every store has the metadata actions; 6.8's types of core-data's dispatch leave them out.
	const { invalidateResolution } = useDispatch( coreStore ) as unknown as {
		invalidateResolution: ( selector: string, args: unknown[] ) => void;
	};
	const refresh = useCallback( () => {
		invalidateResolution( 'getEntityRecord', [
			ENTITY_KIND,
			WORKFLOW_ENTITY,
			id,
		] );
	}, [ invalidateResolution, id ] );
	const receive = useCallback(
		( next: WorkflowItem ) =>
			// WordPress 6.8 types every optional argument as required.
			(
				receiveEntityRecords as unknown as (
					kind: string,
					name: string,
					records: unknown
				) => void
			 )( ENTITY_KIND, WORKFLOW_ENTITY, next ),
		[ receiveEntityRecords ]
	);
	return { item: item ?? null, hasError: !! error, refresh, receive };
}

/**
 * The time left before the approval deadline, in Vietnamese office terms: "còn 2 ngày làm
 * việc", "hạn cuối là hôm nay", "quá hạn 1 ngày".
 *
 * @param left Time left, from the server.
 */
export function timeLeftText( left: TimeLeft ): string {
	if ( left.overdue ) {
		return sprintf(
			/* translators: %d: number of days. */
			_n( '%d day overdue', '%d days overdue', left.days, 'ttdt-portal' ),
			left.days
		);
	}
	if ( left.days === 0 ) {
		return __( 'Due today', 'ttdt-portal' );
	}
	return left.unit === 'working'
		? sprintf(
				/* translators: %d: number of working days. */
				_n(
					'%d working day left',
					'%d working days left',
					left.days,
					'ttdt-portal'
				),
				left.days
			)
		: sprintf(
				/* translators: %d: number of days. */
				_n( '%d day left', '%d days left', left.days, 'ttdt-portal' ),
				left.days
			);
}
