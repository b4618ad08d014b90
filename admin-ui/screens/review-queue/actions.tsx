/**
 * External dependencies
 */
import type { Action } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';
import { check, undo } from '@wordpress/icons';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../data/error-message';
import { approveItem, returnItem } from '../../data/workflow';
import type { WorkflowItem } from '../../data/generated/schemas';
import ReturnForm from './return-form';

export type Outcome = { kind: 'success' | 'error'; message: string };

/**
 * Runs an action on each item in turn (the server handles one at a time anyway) and reports
 * how many succeeded, with the first error.
 *
 * @param items  Items.
 * @param run    The action for one item.
 * @param done   Message for the successes.
 * @param report Receives the outcome.
 */
export async function runOnEach(
	items: WorkflowItem[],
	run: ( item: WorkflowItem ) => Promise< unknown >,
	done: ( count: number ) => string,
	report: ( outcome: Outcome ) => void
): Promise< void > {
	let succeeded = 0;
	let failure = '';
	for ( const item of items ) {
		try {
			await run( item );
			succeeded++;
		} catch ( error ) {
			failure ||= `${ item.title }: ${ errorMessage( error ) }`;
		}
	}
	report(
		failure
			? { kind: 'error', message: failure }
			: { kind: 'success', message: done( succeeded ) }
	);
}

/**
 * Approve and Return for the queue, each offered only where the server allows it.
 *
 * @param report Receives the outcome.
 * @param reload Reads the queue again.
 */
export function queueActions(
	report: ( outcome: Outcome ) => void,
	reload: () => void
): Action< WorkflowItem >[] {
	return [
		{
			id: 'approve',
			label: __( 'Approve', 'ttdt-portal' ),
			icon: check,
			isPrimary: true,
			supportsBulk: true,
			isEligible: ( item ) => item.allowed_actions.includes( 'approve' ),
			callback: async ( items ) => {
				await runOnEach(
					items,
					// Each item as the queue showed it; one changed since is refused (409).
					( item ) => approveItem( item.id, item.fingerprint ),
					( count ) =>
						sprintf(
							/* translators: %d: number of items. */
							_n(
								'%d item approved.',
								'%d items approved.',
								count,
								'ttdt-portal'
							),
							count
						),
					report
				);
				reload();
			},
		},
		{
			id: 'return',
			label: __( 'Return to writer', 'ttdt-portal' ),
			icon: undo,
			isDestructive: true,
			supportsBulk: true,
			isEligible: ( item ) => item.allowed_actions.includes( 'return' ),
			modalHeader: __( 'Return to the writer', 'ttdt-portal' ),
			RenderModal: ( { items, closeModal } ) => (
				<ReturnForm
					items={ items }
					onCancel={ () => closeModal?.() }
					onSubmit={ async ( reason ) => {
						await runOnEach(
							items,
							( item ) => returnItem( item.id, reason ),
							( count ) =>
								sprintf(
									/* translators: %d: number of items. */
									_n(
										'%d item returned to the writer.',
										'%d items returned to their writers.',
										count,
										'ttdt-portal'
									),
									count
								),
							report
						);
						closeModal?.();
						reload();
					} }
				/>
			),
		},
	];
}
