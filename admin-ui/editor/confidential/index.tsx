/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Notice, Spinner, ToggleControl } from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { resolveSelect, useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import {
	PluginDocumentSettingPanel,
	store as editorStore,
} from '@wordpress/editor';
import { __ } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';

/**
 * Internal dependencies
 */
import { isItemType } from '../../data/item-types';
import type { ConfidentialState } from '../../data/generated/schemas';

const UNMARK_REL = 'wp:action-unmark-confidential';

type CurrentPost = {
	ttdt_confidential?: boolean;
	_links?: Record< string, unknown >;
};

/**
 * The confidentiality mark of an item (mật / không công bố, Art. 4.2, 8.2). The server decides
 * everything: whether the item is marked (its `ttdt_confidential` field), whether this user may
 * remove the mark (the `wp:action-unmark-confidential` link, then the route's `can_unmark`),
 * and it refuses publishing a marked item; the panel shows its answers and refusals as sent.
 */
function Confidential() {
	const { postId, postType, fromServer, mayUnmark } = useSelect(
		( select ) => {
			const editor = select( editorStore );
			const post = editor.getCurrentPost() as CurrentPost;
			return {
				postId: editor.getCurrentPostId() as number,
				postType: editor.getCurrentPostType() as string,
				fromServer: post?.ttdt_confidential,
				mayUnmark: !! post?._links && UNMARK_REL in post._links,
			};
		},
		[]
	);
	const { invalidateResolution } = useDispatch( coreStore ) as unknown as {
		invalidateResolution: ( selector: string, args: unknown[] ) => void;
	};
	const [ state, setState ] = useState< ConfidentialState | null >( null );
	const [ error, setError ] = useState( '' );
	const [ busy, setBusy ] = useState( false );

	if ( ! isItemType( postType ) || typeof fromServer !== 'boolean' ) {
		return null;
	}
	const marked = state ? state.confidential : fromServer;
	const canUnmark = state ? state.can_unmark : mayUnmark;

	const change = async ( confidential: boolean ) => {
		setBusy( true );
		setError( '' );
		try {
			const answer = await apiFetch< ConfidentialState >( {
				path: `/ttdt/v1/confidential/${ postId }`,
				method: 'POST',
				data: { confidential },
			} );
			setState( answer );
			// Marking takes a live item offline: read the item again, keeping the edits.
			invalidateResolution( 'getEntityRecord', [
				'postType',
				postType,
				postId,
			] );
			await resolveSelect( coreStore ).getEntityRecord(
				'postType',
				postType,
				postId
			);
		} catch ( caught ) {
			setError(
				( caught as { message?: string } )?.message ||
					__(
						'The confidentiality mark could not be changed. Reload the page and try again.',
						'ttdt-portal'
					)
			);
		} finally {
			setBusy( false );
		}
	};

	return (
		<PluginDocumentSettingPanel
			name="ttdt-confidential"
			title={ __( 'Confidentiality', 'ttdt-portal' ) }
		>
			<ToggleControl
				__nextHasNoMarginBottom
				label={ __(
					'Confidential (not for publication)',
					'ttdt-portal'
				) }
				checked={ marked }
				disabled={ busy || ( marked && ! canUnmark ) }
				onChange={ change }
				help={
					marked
						? __(
								'This item can never be published while it is marked. Only the head of the board or an administrator may remove the mark.',
								'ttdt-portal'
							)
						: __(
								'Mark material that must not be made public (state secrets, internal documents): it is taken offline and cannot be published.',
								'ttdt-portal'
							)
				}
			/>
			{ busy && <Spinner /> }
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
		</PluginDocumentSettingPanel>
	);
}

registerPlugin( 'ttdt-confidential', { render: Confidential } );
