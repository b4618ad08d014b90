/**
 * WordPress dependencies
 */
import { TextControl, TextareaControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import FilesControl from './files-control';
import type { MetaEditor } from './use-item-meta';

/**
 * The fields of an administrative procedure. Field and implementing body are the taxonomy
 * panels of the editor.
 *
 * @param props        Props.
 * @param props.editor The item's meta.
 */
export default function ProcedureFields( { editor }: { editor: MetaEditor } ) {
	const line = ( key: string, label: string, help?: string ) => (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ label }
			help={ help }
			value={ editor.text( key ) }
			onChange={ ( value: string ) => editor.set( key, value ) }
		/>
	);
	const lines = ( key: string, label: string ) => (
		<TextareaControl
			__nextHasNoMarginBottom
			label={ label }
			value={ editor.text( key ) }
			onChange={ ( value: string ) => editor.set( key, value ) }
		/>
	);
	return (
		<div className="ttdt-documents">
			{ line(
				'ttdt_proc_code',
				__( 'Procedure code', 'ttdt-portal' ),
				__(
					'The code of the same procedure on the national public-service portal.',
					'ttdt-portal'
				)
			) }
			{ line(
				'ttdt_proc_url',
				__(
					'Address on the national public-service portal',
					'ttdt-portal'
				),
				__( 'Starts with https://', 'ttdt-portal' )
			) }
			{ lines( 'ttdt_proc_steps', __( 'Steps', 'ttdt-portal' ) ) }
			{ lines(
				'ttdt_proc_dossier',
				__( 'Dossier components', 'ttdt-portal' )
			) }
			{ line(
				'ttdt_proc_time',
				__( 'Processing time', 'ttdt-portal' ),
				__( 'e.g. 5 working days', 'ttdt-portal' )
			) }
			{ line(
				'ttdt_proc_fees',
				__( 'Fees and charges', 'ttdt-portal' )
			) }
			{ lines( 'ttdt_proc_basis', __( 'Legal basis', 'ttdt-portal' ) ) }
			{ line( 'ttdt_proc_result', __( 'Result', 'ttdt-portal' ) ) }
			<FilesControl
				label={ __( 'Downloadable forms', 'ttdt-portal' ) }
				ids={ editor.ids( 'ttdt_proc_forms' ) }
				onChange={ ( ids ) => editor.set( 'ttdt_proc_forms', ids ) }
			/>
		</div>
	);
}
