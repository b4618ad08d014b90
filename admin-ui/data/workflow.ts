/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import type { DeadlineResult, WorkflowItem } from './generated/schemas';

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
 * The items in review or returned (the review queue).
 */
export function fetchReviewQueue(): Promise< WorkflowItem[] > {
	return apiFetch( { path: '/ttdt/v1/workflow' } );
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
 * Name of a workflow state, as shown to people.
 *
 * @param state State.
 */
export function stateLabel( state: WorkflowState ): string {
	const labels: Record< WorkflowState, string > = {
		draft: __( 'Draft', 'ttdt-portal' ),
		returned: __( 'Returned to the writer', 'ttdt-portal' ),
		submitted: __( 'Waiting for approval', 'ttdt-portal' ),
		approved: __( 'Approved, waiting to be published', 'ttdt-portal' ),
		published: __( 'Published', 'ttdt-portal' ),
	};
	return labels[ state ];
}

/**
 * Name of a receipt channel.
 *
 * @param channel Channel.
 */
export function channelLabel( channel: ReceiptChannel ): string {
	const labels: Record< ReceiptChannel, string > = {
		online: __( 'Online', 'ttdt-portal' ),
		email: __( 'E-mail', 'ttdt-portal' ),
		paper: __( 'Paper', 'ttdt-portal' ),
	};
	return labels[ channel ];
}

/**
 * Name of a workflow step in the history.
 *
 * @param action Step.
 */
export function historyLabel( action: HistoryEntry[ 'action' ] ): string {
	const labels: Record< HistoryEntry[ 'action' ], string > = {
		submit: __( 'Submitted for approval', 'ttdt-portal' ),
		approve: __( 'Approved', 'ttdt-portal' ),
		approve_override: __(
			'Approved by an administrator (own item, override)',
			'ttdt-portal'
		),
		return: __( 'Returned to the writer', 'ttdt-portal' ),
		receipt: __( 'Receipt recorded', 'ttdt-portal' ),
		withdraw: __( 'Withdrawn from review', 'ttdt-portal' ),
		publish: __( 'Published', 'ttdt-portal' ),
		unpublish: __( 'Taken offline', 'ttdt-portal' ),
		reopen: __( 'Approval withdrawn after a change', 'ttdt-portal' ),
	};
	return labels[ action ];
}
