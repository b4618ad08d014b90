/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { store as coreStore } from '@wordpress/core-data';
import { useDispatch, useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useRegistry } from '../../data/registry';
import {
	errorMessage,
	fetchWorkflowItem,
	isChangedSinceSeen,
} from '../../data/workflow';
import type { WorkflowItem } from '../../data/generated/schemas';

export type Workflow = {
	item: WorkflowItem | null;
	error: string | null;
	isBusy: boolean;
	/** Whether the editor holds changes not yet saved. */
	isDirty: boolean;
	/**
	 * Runs a workflow action on the server: saves pending edits first (so none are lost), then
	 * refreshes the item in the editor so its buttons follow the new status.
	 */
	act: (
		run: ( id: number ) => Promise< WorkflowItem >
	) => Promise< boolean >;
};

/**
 * The workflow of the item open in the editor, read again after every save.
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
	const { savePost } = useDispatch( editorStore );
	const { receiveEntityRecords } = useDispatch( coreStore );
	const [ item, setItem ] = useState< WorkflowItem | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const [ isBusy, setBusy ] = useState( false );
	// Only the latest answer counts: a read started before an action must not undo it.
	const latest = useRef( 0 );

	useEffect( () => {
		if ( ! postId || isSaving ) {
			return;
		}
		const request = ++latest.current;
		fetchWorkflowItem( postId )
			.then( ( next ) => {
				if ( request === latest.current ) {
					setItem( next );
					setError( null );
				}
			} )
			.catch( ( reason ) => {
				if ( request === latest.current ) {
					setError( errorMessage( reason ) );
				}
			} );
	}, [ postId, status, modified, isSaving ] );

	const act = useCallback(
		async ( run: ( id: number ) => Promise< WorkflowItem > ) => {
			setBusy( true );
			setError( null );
			const request = ++latest.current;
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
				const next = await run( postId );
				if ( request === latest.current ) {
					setItem( next );
				}
				// The status may have changed (a return makes it a draft again): give the editor
				// the stored item so its Publish / Submit button matches.
				const record = await apiFetch( {
					path: `/wp/v2/posts/${ postId }?context=edit`,
				} );
				// WordPress 6.8 types every parameter as required; these are its defaults.
				receiveEntityRecords(
					'postType',
					postType,
					record,
					undefined,
					undefined,
					undefined,
					undefined
				);
				return true;
			} catch ( reason ) {
				setError( errorMessage( reason ) );
				if ( isChangedSinceSeen( reason ) ) {
					// Someone changed the item since it was opened: show it as it is now, so
					// the moderator reads what they would approve.
					const [ next, record ] = await Promise.all( [
						fetchWorkflowItem( postId ),
						apiFetch( {
							path: `/wp/v2/posts/${ postId }?context=edit`,
						} ),
					] ).catch( () => [ null, null ] );
					if ( next && request === latest.current ) {
						setItem( next as WorkflowItem );
					}
					if ( record ) {
						// 6.8's types list every optional argument as required.
						(
							receiveEntityRecords as unknown as (
								kind: string,
								name: string,
								records: unknown
							) => void
						 )( 'postType', postType, record );
					}
				}
				return false;
			} finally {
				setBusy( false );
			}
		},
		[ registry, savePost, receiveEntityRecords, postId, postType ]
	);

	return { item, error, isBusy, isDirty, act };
}
