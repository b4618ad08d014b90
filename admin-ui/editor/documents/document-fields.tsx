/**
 * WordPress dependencies
 */
import { TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import VnDateControl from '../../components/vn-date';
import FilesControl from './files-control';
import RelationsControl from './relations-control';
import type { MetaEditor } from './use-item-meta';

/**
 * The fields of a directive document. Type, issuing body and field are the taxonomy panels of
 * the editor; the server checks the dates' order, the files and the relations on save.
 *
 * @param props        Props.
 * @param props.editor The item's meta.
 */
export default function DocumentFields( { editor }: { editor: MetaEditor } ) {
	const date = ( key: string, label: string, help?: string ) => (
		<VnDateControl
			label={ label }
			value={ editor.text( key ) }
			help={ help }
			onChange={ ( value ) => {
				// Null while the typed date is incomplete: keep the stored one until it is whole.
				if ( value !== null ) {
					editor.set( key, value );
				}
			} }
		/>
	);
	return (
		<div className="ttdt-documents">
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Number and symbol', 'ttdt-portal' ) }
				help={ __(
					'As printed on the document, e.g. 12/QĐ-UBND.',
					'ttdt-portal'
				) }
				value={ editor.text( 'ttdt_doc_number' ) }
				onChange={ ( value: string ) =>
					editor.set( 'ttdt_doc_number', value )
				}
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Signed by', 'ttdt-portal' ) }
				value={ editor.text( 'ttdt_doc_signer' ) }
				onChange={ ( value: string ) =>
					editor.set( 'ttdt_doc_signer', value )
				}
			/>
			{ date( 'ttdt_doc_issued', __( 'Issue date', 'ttdt-portal' ) ) }
			{ date(
				'ttdt_doc_effective',
				__( 'Effective date', 'ttdt-portal' ),
				__(
					'Leave empty when it takes effect on the issue date.',
					'ttdt-portal'
				)
			) }
			{ date(
				'ttdt_doc_expires',
				__( 'Expiry date', 'ttdt-portal' ),
				__(
					'Leave empty when the document has no end date.',
					'ttdt-portal'
				)
			) }
			<FilesControl
				label={ __( 'Attached files', 'ttdt-portal' ) }
				ids={ editor.ids( 'ttdt_doc_files' ) }
				onChange={ ( ids ) => editor.set( 'ttdt_doc_files', ids ) }
			/>
			<RelationsControl editor={ editor } />
		</div>
	);
}
