/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { store as coreStore } from '@wordpress/core-data';
import { useDispatch, useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../data/error-message';
import { useRegistry } from '../../data/registry';
import { isChangedSinceSeen } from '../../data/workflow';
import { useWorkflowItem } from '../../data/workflow-item';
import type { WorkflowItem } from '../../data/generated/schemas';
import { useNextStepNotice } from './use-next-step-notice';

/** ID of the editor notice that reports a failed workflow action. */
export const WORKFLOW_ERROR_NOTICE = 'ttdt-workflow-error';

export type Workflow = {
	item: WorkflowItem | null;
	isBusy: boolean;
	/** Whether the editor holds changes not yet saved. */
	isDirty: boolean;
	/**
	 * Runs a workflow action on the server: saves pending edits first (so none are lost), then
	 * refreshes the item in the editor so its buttons follow the new status. Failures are
	 * reported as an editor notice; resolves with whether the action was done.
	 */
	act: (
		run: ( id: number ) => Promise< WorkflowItem >
	) => Promise< boolean >;
};

/**
 * The workflow of the item open in the editor, from the shared data layer, read again after
 * every save.
 */
export function useWorkflow(): Workflow {
	const registry = useRegistry();
	const { postId, postType, status, modified, isSaving, isDirty } = useSelect(
		( select ) => {
			const editor = select( editorStore );
			return {
				postId: editor.getCurrentPostId() as number,
				postType: editor.getCurrentPostType() as string,
				status: editor.getCurrentPostAttribute( 'status' ) as string,
				modified: editor.getCurrentPostAttribute(
					'modified'
				) as string,
				isSaving: editor.isSavingPost(),
				isDirty: editor.isEditedPostDirty(),
			};
		},
		[]
	);
	// Items of every type: the stored post is read from its type's own REST route.
	const restBase = useSelect(
		( select ) =>
			(
				select( coreStore ).getPostType( postType ) as
					{ rest_base?: string } | undefined
			 )?.rest_base ?? '',
		[ postType ]
	);
	const { item, refresh, receive } = useWorkflowItem( postId );
	const { savePost } = useDispatch( editorStore );
	const { receiveEntityRecords } = useDispatch( coreStore );
	const { createErrorNotice, removeNotice } = useDispatch( noticesStore );
	const [ isBusy, setBusy ] = useState( false );
	useNextStepNotice( item );

	// A save may change the state (submitting is a save as pending): read it again after one.
	const seen = useRef( `${ status }|${ modified }` );
	useEffect( () => {
		const now = `${ status }|${ modified }`;
		if ( isSaving || now === seen.current ) {
			return;
		}
		seen.current = now;
		refresh();
	}, [ status, modified, isSaving, refresh ] );

	/** Gives the editor the stored post, so its Publish / Submit button matches the status. */
	const reloadPost = useCallback( async () => {
		const record = await apiFetch( {
			path: `/wp/v2/${ restBase }/${ postId }?context=edit`,
		} );
		// 6.8's types list every optional argument as required.
		(
			receiveEntityRecords as unknown as (
				kind: string,
				name: string,
				records: unknown
			) => void
		 )( 'postType', postType, record );
	}, [ receiveEntityRecords, postId, postType, restBase ] );

	const act = useCallback(
		async ( run: ( id: number ) => Promise< WorkflowItem > ) => {
			setBusy( true );
			removeNotice( WORKFLOW_ERROR_NOTICE );
			try {
				if ( registry.select( editorStore ).isEditedPostDirty() ) {
					await savePost();
					if (
						! registry
							.select( editorStore )
							.didPostSaveRequestSucceed()
					) {
						throw new Error(
							__(
								'Your changes could not be saved, so nothing else was done. Fix what the editor reports and try again.',
								'ttdt-portal'
							)
						);
					}
				}
				receive( await run( postId ) );
				// The status may have changed (a return makes it a draft again).
				await reloadPost();
				return true;
			} catch ( reason ) {
				createErrorNotice( errorMessage( reason ), {
					id: WORKFLOW_ERROR_NOTICE,
				} );
				if ( isChangedSinceSeen( reason ) ) {
					// Someone changed the item since it was opened: show it as it is now, so
					// the moderator reads what they would approve.
					refresh();
					await reloadPost().catch( () => undefined );
				}
				return false;
			} finally {
				setBusy( false );
			}
		},
		[
			registry,
			savePost,
			receive,
			refresh,
			reloadPost,
			removeNotice,
			createErrorNotice,
			postId,
		]
	);

	return { item, isBusy, isDirty, act };
}
