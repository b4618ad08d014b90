/**
 * WordPress dependencies
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import {
	isUnmodifiedDefaultBlock,
	type BlockInstance,
} from '@wordpress/blocks';
import { useDispatch, useSelect } from '@wordpress/data';
import { PluginMoreMenuItem, store as editorStore } from '@wordpress/editor';
import { useRef } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { upload } from '@wordpress/icons';
import { store as noticesStore } from '@wordpress/notices';
import { registerPlugin } from '@wordpress/plugins';

const NOTICE_ID = 'ttdt-docx-import';
const DOCX_TYPES =
	'.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * "Import from Word (.docx)" in the editor's options menu (Art. 8.1: articles arrive as Word
 * files). The document's content is added to the post as blocks; an empty post is replaced.
 */
function DocxImport() {
	const input = useRef< HTMLInputElement >( null );
	const { postId, blocks } = useSelect(
		( select ) => ( {
			// Templates in the site editor have string IDs: nothing to attach images to.
			postId: select( editorStore ).getCurrentPostId() as unknown,
			blocks: select( blockEditorStore ).getBlocks() as BlockInstance[],
		} ),
		[]
	);
	const { insertBlocks, resetBlocks } = useDispatch( blockEditorStore );
	const { createInfoNotice, createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	const importFile = async ( file: File ) => {
		createInfoNotice( __( 'Importing the Word document…', 'ttdt-portal' ), {
			id: NOTICE_ID,
			type: 'snackbar',
		} );
		try {
			// The converter (and the legacy Vietnamese tables it uses) loads with the first
			// import: most editing sessions never import, and the tables are already in the
			// `vietnamese-text` extension's script.
			const { docxToBlocks } = await import(
				/* webpackChunkName: "chunks/docx-to-blocks" */ './docx-to-blocks'
			);
			const imported = await docxToBlocks(
				file,
				typeof postId === 'number' ? postId : undefined
			);
			const isEmpty =
				blocks.length === 0 ||
				( blocks.length === 1 &&
					isUnmodifiedDefaultBlock( blocks[ 0 ] ) );
			if ( isEmpty ) {
				resetBlocks( imported.blocks );
			} else {
				insertBlocks( imported.blocks );
			}
			createSuccessNotice(
				sprintf(
					/* translators: 1: number of blocks, 2: number of images. */
					_n(
						'The Word document was imported: %1$d block, %2$d image(s) added to the media library.',
						'The Word document was imported: %1$d blocks, %2$d image(s) added to the media library.',
						imported.blocks.length,
						'ttdt-portal'
					),
					imported.blocks.length,
					imported.images
				),
				{ id: NOTICE_ID, type: 'snackbar' }
			);
		} catch ( error ) {
			const detail =
				error && typeof error === 'object' && 'message' in error
					? String( ( error as { message: unknown } ).message )
					: '';
			createErrorNotice(
				sprintf(
					/* translators: %s: technical detail of the error. */
					__(
						'The Word document could not be imported. Check that it is a .docx file (not .doc) and try again. Detail: %s',
						'ttdt-portal'
					),
					detail
				),
				{ id: NOTICE_ID }
			);
		}
	};

	return (
		<>
			<PluginMoreMenuItem
				icon={ upload }
				onClick={ () => input.current?.click() }
			>
				{ __( 'Import from Word (.docx)', 'ttdt-portal' ) }
			</PluginMoreMenuItem>
			<input
				ref={ input }
				type="file"
				accept={ DOCX_TYPES }
				hidden
				data-ttdt-docx-import
				aria-label={ __( 'Word document to import', 'ttdt-portal' ) }
				onChange={ ( event ) => {
					const file = event.target.files?.[ 0 ];
					event.target.value = '';
					if ( file ) {
						importFile( file );
					}
				} }
			/>
		</>
	);
}

registerPlugin( 'ttdt-docx-import', { render: DocxImport } );
