/**
 * WordPress dependencies
 */
import { useDispatch, useSelect } from '@wordpress/data';
import {
	PluginDocumentSettingPanel,
	store as editorStore,
} from '@wordpress/editor';
import { useEffect, useRef } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';

/**
 * Internal dependencies
 */
import DocumentFields from './document-fields';
import DraftFields from './draft-fields';
import ProcedureFields from './procedure-fields';
import { useItemMeta } from './use-item-meta';
import { useSaveErrorNotice } from './use-save-error-notice';
import './style.scss';

/**
 * Field labels by meta key, for the notice that names a field the server refused.
 */
function fieldLabels(): Record< string, string > {
	return {
		ttdt_doc_number: __( 'Number and symbol', 'ttdt-portal' ),
		ttdt_doc_signer: __( 'Signed by', 'ttdt-portal' ),
		ttdt_doc_issued: __( 'Issue date', 'ttdt-portal' ),
		ttdt_doc_effective: __( 'Effective date', 'ttdt-portal' ),
		ttdt_doc_expires: __( 'Expiry date', 'ttdt-portal' ),
		ttdt_doc_files: __( 'Attached files', 'ttdt-portal' ),
		ttdt_doc_replaces: __( 'Related documents', 'ttdt-portal' ),
		ttdt_doc_amends: __( 'Related documents', 'ttdt-portal' ),
		ttdt_doc_supplements: __( 'Related documents', 'ttdt-portal' ),
		ttdt_proc_code: __( 'Procedure code', 'ttdt-portal' ),
		ttdt_proc_url: __(
			'Address on the national public-service portal',
			'ttdt-portal'
		),
		ttdt_proc_time: __( 'Processing time', 'ttdt-portal' ),
		ttdt_proc_fees: __( 'Fees and charges', 'ttdt-portal' ),
		ttdt_proc_result: __( 'Result', 'ttdt-portal' ),
		ttdt_proc_forms: __( 'Downloadable forms', 'ttdt-portal' ),
		ttdt_draft_opens: __( 'Comments accepted from', 'ttdt-portal' ),
		ttdt_draft_closes: __( 'Comments accepted until', 'ttdt-portal' ),
		ttdt_draft_files: __( 'Files of the draft', 'ttdt-portal' ),
	};
}

/** Plugin and panel name; the editor knows the panel as `<plugin>/<panel>`. */
const NAME = 'ttdt-documents';

/**
 * Opens the panel once on a new item: its fields are what a document is, and the editor
 * keeps plugin panels closed until opened.
 */
function useOpenOnNewItem(): void {
	const { isNew, isOpened } = useSelect( ( select ) => {
		const editor = select( editorStore );
		return {
			isNew: editor.isEditedPostNew(),
			isOpened: editor.isEditorPanelOpened( `${ NAME }/${ NAME }` ),
		};
	}, [] );
	const { toggleEditorPanelOpened } = useDispatch( editorStore );
	const done = useRef( false );
	useEffect( () => {
		if ( done.current || ! isNew ) {
			return;
		}
		done.current = true;
		if ( ! isOpened ) {
			toggleEditorPanelOpened( `${ NAME }/${ NAME }` );
		}
	}, [ isNew, isOpened, toggleEditorPanelOpened ] );
}

/** Built once: the labels are translated when the script runs. */
const LABELS = fieldLabels();

/**
 * The fields of a directive document, an administrative procedure or a draft for comment in
 * the block editor. The plugin loads this script on those editors only; which fields to show
 * follows the meta the server registered on the item's type.
 */
function DocumentDetails() {
	const editor = useItemMeta();
	useSaveErrorNotice( LABELS );
	useOpenOnNewItem();
	const isDocument = 'ttdt_doc_number' in editor.meta;
	const isProcedure = 'ttdt_proc_code' in editor.meta;
	const isDraft = 'ttdt_draft_opens' in editor.meta;
	if ( ! isDocument && ! isProcedure && ! isDraft ) {
		return null;
	}
	let title = __( 'Procedure details', 'ttdt-portal' );
	let fields = <ProcedureFields editor={ editor } />;
	if ( isDocument ) {
		title = __( 'Document details', 'ttdt-portal' );
		fields = <DocumentFields editor={ editor } />;
	} else if ( isDraft ) {
		title = __( 'Comment period and files', 'ttdt-portal' );
		fields = <DraftFields editor={ editor } />;
	}
	return (
		<PluginDocumentSettingPanel
			name={ NAME }
			title={ title }
			className="ttdt-documents-panel"
		>
			{ fields }
		</PluginDocumentSettingPanel>
	);
}

registerPlugin( NAME, { render: DocumentDetails } );
