/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { store as coreStore } from '@wordpress/core-data';
import { resolveSelect, select, useDispatch, useSelect } from '@wordpress/data';
import { useCallback, useMemo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import {
	ENTITY_KIND,
	WORKFLOW_ENTITY,
	WORKFLOW_REMINDERS_ENTITY,
	registerEntities,
} from './entities';
import type { DeadlineResult, WorkflowItem } from './generated/schemas';
import {
	store as schemasStore,
	useChoices,
	type Choice,
} from './schema-labels';
import { useLoadError } from './use-load-error';

registerEntities();

/** The REST route of the queue; its schema names the states, channels and history steps. */
export const WORKFLOW_PATH = '/ttdt/v1/workflow';

// Ask for the names as soon as a script needs the workflow: the editor panels call the
// synchronous `stateLabel()` & co. once the item has arrived, by when the names have too.
resolveSelect( schemasStore ).getSchema( WORKFLOW_PATH );

type SchemaNode = {
	'x-labels'?: Record< string, string >;
	properties?: Record< string, SchemaNode >;
	items?: SchemaNode;
};

export type WorkflowState = WorkflowItem[ 'state' ];
export type WorkflowAction = WorkflowItem[ 'allowed_actions' ][ number ];
export type ReceiptChannel = WorkflowItem[ 'received_via' ];
export type HistoryEntry = WorkflowItem[ 'history' ][ number ];

/**
 * The approval workflow of one item.
 *
 * @param id Item ID.
 */
export function fetchWorkflowItem( id: number ): Promise< WorkflowItem > {
	return apiFetch( { path: `/ttdt/v1/workflow/${ id }` } );
}

/**
 * Approves an item as the moderator saw it: the server refuses (409,
 * `ttdt_changed_since_seen`) if the item changed since.
 *
 * @param id          Item ID.
 * @param fingerprint The `fingerprint` of the item the moderator read.
 * @param note        Optional comment for the writer.
 */
export function approveItem(
	id: number,
	fingerprint: string,
	note = ''
): Promise< WorkflowItem > {
	return apiFetch( {
		path: `/ttdt/v1/workflow/${ id }/approve`,
		method: 'POST',
		data: { fingerprint, note },
	} );
}

/**
 * Whether a failed request was an approval refused because the item changed.
 *
 * @param error What apiFetch threw.
 */
export function isChangedSinceSeen( error: unknown ): boolean {
	return ( error as { code?: string } )?.code === 'ttdt_changed_since_seen';
}

/**
 * Returns an item to its writer.
 *
 * @param id     Item ID.
 * @param reason What the writer must change.
 */
export function returnItem(
	id: number,
	reason: string
): Promise< WorkflowItem > {
	return apiFetch( {
		path: `/ttdt/v1/workflow/${ id }/return`,
		method: 'POST',
		data: { reason },
	} );
}

/**
 * The approval deadline for a receipt date, with the portal's rule.
 *
 * @param receivedAt Receipt date, `Y-m-d`.
 */
export function fetchDeadline( receivedAt: string ): Promise< DeadlineResult > {
	return apiFetch( {
		path: addQueryArgs( '/ttdt/v1/deadline', { received_at: receivedAt } ),
	} );
}

// One helper for every screen; re-exported so the workflow's callers keep their import.
export { errorMessage } from './error-message';

/**
 * The name of a value of the workflow item schema, as the server sends it in `x-labels`
 * (PHP `Ttdt\Workflow\WorkflowLabels`); the value itself until the schema has arrived. The
 * post editor preloads the schema (`EditorExtensions`), so its panels have the names at once.
 *
 * @param property Property of the item: `state`, `received_via`, or `history` for a step.
 * @param value    Value.
 */
function nameOf( property: string, value: string ): string {
	const schema = (
		select( schemasStore ) as {
			getSchema: ( path: string ) => SchemaNode | undefined;
		}
	 ).getSchema( WORKFLOW_PATH );
	const node =
		property === 'history'
			? schema?.properties?.history?.items?.properties?.action
			: schema?.properties?.[ property ];
	return node?.[ 'x-labels' ]?.[ value ] ?? value;
}

/**
 * Name of a workflow state, as shown to people (for code outside React's data hooks; screens
 * take the choices with `useWorkflowChoices()`).
 *
 * @param state State.
 */
export function stateLabel( state: WorkflowState ): string {
	return nameOf( 'state', state );
}

/**
 * Name of a receipt channel.
 *
 * @param channel Channel.
 */
export function channelLabel( channel: ReceiptChannel ): string {
	return nameOf( 'received_via', channel );
}

/**
 * Name of a workflow step in the history.
 *
 * @param action Step.
 */
export function historyLabel( action: HistoryEntry[ 'action' ] ): string {
	return nameOf( 'history', action );
}

/**
 * The states and receipt channels of the workflow, named by the server; undefined until the
 * schema has arrived.
 */
export function useWorkflowChoices():
	{ state: Choice[]; received_via: Choice[] } | undefined {
	const named = useChoices( WORKFLOW_PATH );
	return useMemo(
		() =>
			named
				? {
						state: named.state ?? [],
						received_via: named.received_via ?? [],
					}
				: undefined,
		[ named ]
	);
}

// A singleton resource has no ID, like core's `root/site`.
const NO_KEY = undefined as unknown as string;

/** The whole queue: a commune has a few dozen items in review at most. */
const QUEUE_QUERY = { per_page: -1 };

/** When the overdue reminders run next (ISO 8601), or null when none is scheduled. */
type ReminderSchedule = { next_run: string | null };

/**
 * The review queue through core-data (`ttdt/workflow`), with the time of the next reminder
 * run, the load state, and `refresh()` to read both again after an action changed them.
 */
export function useReviewQueue() {
	const { items, isLoading, nextRun } = useSelect( ( selectFrom ) => {
		const core = selectFrom( coreStore ) as unknown as {
			getEntityRecords: (
				kind: string,
				name: string,
				query: object
			) => WorkflowItem[] | null;
			getEntityRecord: (
				kind: string,
				name: string,
				key: string
			) => ReminderSchedule | undefined;
			hasFinishedResolution: (
				selector: string,
				args: unknown[]
			) => boolean;
		};
		return {
			items: core.getEntityRecords(
				ENTITY_KIND,
				WORKFLOW_ENTITY,
				QUEUE_QUERY
			),
			isLoading: ! core.hasFinishedResolution( 'getEntityRecords', [
				ENTITY_KIND,
				WORKFLOW_ENTITY,
				QUEUE_QUERY,
			] ),
			nextRun:
				core.getEntityRecord(
					ENTITY_KIND,
					WORKFLOW_REMINDERS_ENTITY,
					NO_KEY
				)?.next_run ?? null,
		};
	}, [] );
	useLoadError(
		'getEntityRecords',
		[ ENTITY_KIND, WORKFLOW_ENTITY, QUEUE_QUERY ],
		__( 'The review queue could not be loaded.', 'ttdt-portal' )
	);
	const { invalidateResolution } = useDispatch( coreStore ) as unknown as {
		invalidateResolution: ( selector: string, args: unknown[] ) => void;
	};
	const refresh = useCallback( () => {
		invalidateResolution( 'getEntityRecords', [
			ENTITY_KIND,
			WORKFLOW_ENTITY,
			QUEUE_QUERY,
		] );
		invalidateResolution( 'getEntityRecord', [
			ENTITY_KIND,
			WORKFLOW_REMINDERS_ENTITY,
			NO_KEY,
		] );
	}, [ invalidateResolution ] );
	return { items: items ?? [], isLoading, nextRun, refresh };
}

/**
 * Reminds now of the items that became overdue (an action, not a resource: apiFetch).
 * Resolves with the IDs of the items reminded of.
 */
export async function sendOverdueReminders(): Promise< number[] > {
	const { notified } = await apiFetch< { notified: number[] } >( {
		path: '/ttdt/v1/workflow/reminders',
		method: 'POST',
	} );
	return notified;
}
