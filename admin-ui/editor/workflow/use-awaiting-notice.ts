/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { useEffect } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { toVnDate } from '../../components/vn-date';
import { useRegistry } from '../../data/registry';
import { timeLeftText } from '../../data/workflow-item';
import type { WorkflowItem } from '../../data/generated/schemas';
import { approveAsSeen } from './approve';
import type { Workflow } from './use-workflow';

/** ID of the editor notice that tells a reviewer the item waits for them. */
export const AWAITING_NOTICE = 'ttdt-workflow-awaiting';

/**
 * The notice's text: the item waits for the reader, by when.
 *
 * @param item The item.
 */
function awaitingMessage( item: WorkflowItem ): string {
	if ( ! item.deadline || ! item.time_left ) {
		return __( 'This item is waiting for your approval.', 'ttdt-portal' );
	}
	return sprintf(
		/* translators: 1: date, dd/mm/yyyy, 2: time left, e.g. "còn 2 ngày làm việc". */
		__(
			'This item is waiting for your approval: approve it or return it by %1$s (%2$s).',
			'ttdt-portal'
		),
		toVnDate( item.deadline ),
		timeLeftText( item.time_left )
	);
}

/**
 * While the open item waits for the current user's approval (the server's `awaiting_you` and
 * `allowed_actions`), the editor's notice area, above the content and always in the first
 * screenful, says so and holds Approve and Return. Notices are the editor's supported place
 * for messages with actions; core's header button cannot be changed into them.
 *
 * @param workflow Workflow of the open item.
 * @param onReturn Opens the dialog that asks why the item is returned.
 */
export function useAwaitingNotice(
	workflow: Workflow,
	onReturn: () => void
): void {
	const registry = useRegistry();
	const { createWarningNotice, createSuccessNotice, removeNotice } =
		useDispatch( noticesStore );
	const { item, act } = workflow;
	useEffect( () => {
		const canApprove = !! item?.allowed_actions.includes( 'approve' );
		if ( ! item || ! item.awaiting_you || ! canApprove ) {
			removeNotice( AWAITING_NOTICE );
			return;
		}
		const approve = async () => {
			const isDirty = registry.select( editorStore ).isEditedPostDirty();
			if ( await act( approveAsSeen( item, isDirty ) ) ) {
				createSuccessNotice( __( 'Item approved.', 'ttdt-portal' ), {
					type: 'snackbar',
				} );
			}
		};
		const actions: Array< {
			label: string;
			onClick: () => unknown;
			variant: string;
		} > = [
			{
				label: __( 'Approve', 'ttdt-portal' ),
				onClick: approve,
				variant: 'primary',
			},
		];
		if ( item.allowed_actions.includes( 'return' ) ) {
			actions.push( {
				label: __( 'Return to writer…', 'ttdt-portal' ),
				onClick: onReturn,
				variant: 'secondary',
			} );
		}
		createWarningNotice( awaitingMessage( item ), {
			id: AWAITING_NOTICE,
			isDismissible: false,
			// 6.8's notice action type lacks `variant`, which the editor's notices honour.
			actions: actions as unknown as Array< {
				label: string;
				url: null;
				onClick: () => void;
			} >,
		} );
	}, [
		item,
		act,
		onReturn,
		registry,
		createWarningNotice,
		createSuccessNotice,
		removeNotice,
	] );
	// The notice belongs to this item's editor.
	useEffect(
		() => () => {
			removeNotice( AWAITING_NOTICE );
		},
		[ removeNotice ]
	);
}
