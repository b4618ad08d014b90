/**
 * WordPress dependencies
 */
import { TextareaControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import VnDateControl from '../../components/vn-date';
import FilesControl from './files-control';
import type { MetaEditor } from './use-item-meta';

/**
 * The fields of a draft for public comment: the comment period (both days included; the
 * server refuses a period in the wrong order and publishes no draft without one), the files
 * of the draft and the board's report on the comments received.
 *
 * @param props        Props.
 * @param props.editor The item's meta.
 */
export default function DraftFields( { editor }: { editor: MetaEditor } ) {
	const date = ( key: string, label: string ) => (
		<VnDateControl
			label={ label }
			value={ editor.text( key ) }
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
			{ date(
				'ttdt_draft_opens',
				__( 'Comments accepted from', 'ttdt-portal' )
			) }
			{ date(
				'ttdt_draft_closes',
				__( 'Comments accepted until', 'ttdt-portal' )
			) }
			<FilesControl
				label={ __( 'Files of the draft', 'ttdt-portal' ) }
				ids={ editor.ids( 'ttdt_draft_files' ) }
				onChange={ ( ids ) => editor.set( 'ttdt_draft_files', ids ) }
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __(
					'Report on the comments received and how they were taken into account',
					'ttdt-portal'
				) }
				help={ __(
					'Published with the draft once written.',
					'ttdt-portal'
				) }
				value={ editor.text( 'ttdt_draft_report' ) }
				onChange={ ( value: string ) =>
					editor.set( 'ttdt_draft_report', value )
				}
			/>
		</div>
	);
}
