/**
 * WordPress dependencies
 */
import { store as coreStore } from '@wordpress/core-data';
import { useDispatch, useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { useEffect, useRef } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/** ID of the notice, so a later save replaces it. */
const NOTICE = 'ttdt-documents-save-error';

type SaveError = {
	code?: string;
	message?: string;
	data?: { params?: Record< string, string > };
};

/**
 * When the server refuses a save because of one of the panel's fields, says which field, in
 * Vietnamese, as an editor notice: core's own notice only names the parameter ("meta"). The
 * server's own messages (dates out of order, a missing relation) are already sentences that
 * core's notice shows; they are not repeated.
 *
 * @param labels Meta key => field label.
 */
export function useSaveErrorNotice( labels: Record< string, string > ): void {
	const { isSaving, failed, error } = useSelect( ( select ) => {
		const editor = select( editorStore );
		return {
			isSaving: editor.isSavingPost() && ! editor.isAutosavingPost(),
			failed: editor.didPostSaveRequestFail(),
			error: select( coreStore ).getLastEntitySaveError(
				'postType',
				editor.getCurrentPostType() as string,
				editor.getCurrentPostId() as number
			) as SaveError | undefined,
		};
	}, [] );
	const { createErrorNotice, removeNotice } = useDispatch( noticesStore );
	const wasSaving = useRef( false );

	useEffect( () => {
		if ( isSaving ) {
			wasSaving.current = true;
			removeNotice( NOTICE );
			return;
		}
		if ( ! wasSaving.current ) {
			return;
		}
		wasSaving.current = false;
		if ( ! failed || error?.code !== 'rest_invalid_param' ) {
			return;
		}
		const refused = Object.values( error.data?.params ?? {} ).join( ' ' );
		const fields = Object.keys( labels )
			.filter( ( key ) => refused.includes( key ) )
			.map( ( key ) => labels[ key ] );
		if ( ! fields.length ) {
			return;
		}
		createErrorNotice(
			sprintf(
				/* translators: %s: field names, comma separated. */
				__(
					'The server did not accept these fields: %s. Correct them in the details panel and save again.',
					'ttdt-portal'
				),
				fields.join( ', ' )
			),
			{ id: NOTICE }
		);
	}, [ isSaving, failed, error, labels, createErrorNotice, removeNotice ] );
}
