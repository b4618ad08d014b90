/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { MediaUpload, MediaUploadCheck } from '@wordpress/block-editor';
import {
	BaseControl,
	Button,
	CheckboxControl,
	TextControl,
} from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import type { MetaEditor } from '../documents/use-item-meta';

/** What the server says of the stored confirmation (`ttdt_confirmation`, edit context). */
type Confirmation = {
	name: string;
	can_check: boolean;
	can_download: boolean;
};

/** Types a signed confirmation comes in: a PDF or a photo of the paper. */
const TYPES = [ 'application/pdf', 'image/jpeg', 'image/png' ];

/**
 * Saves a file the browser received as a download.
 *
 * @param blob The file.
 * @param name File name.
 */
function saveAs( blob: Blob, name: string ): void {
	const url = URL.createObjectURL( blob );
	const link = document.createElement( 'a' );
	link.href = url;
	link.download = name;
	link.click();
	URL.revokeObjectURL( url );
}

/**
 * The business's written confirmation, the moderator's check and the fee: never public. The
 * file moves into the plugin's private folder when the entry is saved, so it is downloaded
 * through the plugin's route (with the user's rights), never by its address.
 *
 * @param props        Props.
 * @param props.editor The entry's meta.
 */
export default function ConfirmationControl( {
	editor,
}: {
	editor: MetaEditor;
} ) {
	const { postId, stored, info } = useSelect( ( select ) => {
		const post = select( editorStore );
		const meta = post.getCurrentPostAttribute( 'meta' ) as
			Record< string, unknown > | undefined;
		return {
			postId: post.getCurrentPostId() as number,
			stored: Number( meta?.ttdt_biz_confirmation ?? 0 ),
			info: post.getCurrentPostAttribute( 'ttdt_confirmation' ) as
				Confirmation | undefined,
		};
	}, [] );
	const { createErrorNotice } = useDispatch( noticesStore );
	const [ busy, setBusy ] = useState( false );
	const file = Number( editor.meta.ttdt_biz_confirmation ?? 0 );
	const checked =
		file > 0 &&
		Number( editor.meta.ttdt_biz_confirmation_checked ) === file;
	const saved = file > 0 && file === stored;

	const download = async () => {
		setBusy( true );
		try {
			const response = ( await apiFetch( {
				path: `/ttdt/v1/businesses/${ postId }/confirmation`,
				parse: false,
			} ) ) as Response;
			saveAs( await response.blob(), info?.name || 'xac-nhan' );
		} catch ( error ) {
			createErrorNotice(
				( error as { message?: string } ).message ??
					__(
						'The confirmation could not be downloaded. Please try again.',
						'ttdt-portal'
					),
				{ type: 'snackbar' }
			);
		} finally {
			setBusy( false );
		}
	};

	let status = __( 'No confirmation is attached yet.', 'ttdt-portal' );
	if ( file && ! saved ) {
		status = __(
			'Save the entry: the file is then moved where only the writer and the moderators can open it.',
			'ttdt-portal'
		);
	} else if ( file ) {
		status = info?.name || `#${ file }`;
	}

	return (
		<div className="ttdt-documents">
			<BaseControl
				__nextHasNoMarginBottom
				id="ttdt-business-confirmation"
				label={ __(
					'Written confirmation of the business',
					'ttdt-portal'
				) }
				help={ __(
					'Required before publishing: the content signed by the business. It is never public.',
					'ttdt-portal'
				) }
			>
				<p className="ttdt-documents__help">{ status }</p>
				<div className="ttdt-documents__actions">
					<MediaUploadCheck>
						<MediaUpload
							allowedTypes={ TYPES }
							value={ file || undefined }
							onSelect={ ( chosen: { id: number } ) =>
								editor.set( 'ttdt_biz_confirmation', chosen.id )
							}
							render={ ( { open }: { open: () => void } ) => (
								<Button variant="secondary" onClick={ open }>
									{ file
										? __(
												'Replace the file',
												'ttdt-portal'
											)
										: __(
												'Upload the file',
												'ttdt-portal'
											) }
								</Button>
							) }
						/>
					</MediaUploadCheck>
					{ saved && info?.can_download && (
						<Button
							variant="tertiary"
							onClick={ download }
							isBusy={ busy }
							disabled={ busy }
							accessibleWhenDisabled
						>
							{ __( 'Download', 'ttdt-portal' ) }
						</Button>
					) }
				</div>
			</BaseControl>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __(
					'I have checked this confirmation against the business',
					'ttdt-portal'
				) }
				help={
					info?.can_check
						? __(
								'A replaced file needs a new check.',
								'ttdt-portal'
							)
						: __(
								'Only a moderator who did not write this entry can check the confirmation.',
								'ttdt-portal'
							)
				}
				checked={ checked }
				disabled={ ! file || ! info?.can_check }
				onChange={ ( value: boolean ) =>
					editor.set(
						'ttdt_biz_confirmation_checked',
						value ? file : 0
					)
				}
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Fee (đồng)', 'ttdt-portal' ) }
				help={ __( '0 when no fee is charged.', 'ttdt-portal' ) }
				type="number"
				min={ 0 }
				value={ String( Number( editor.meta.ttdt_biz_fee ?? 0 ) ) }
				onChange={ ( value: string ) =>
					editor.set(
						'ttdt_biz_fee',
						Math.max( 0, Math.floor( Number( value ) || 0 ) )
					)
				}
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Fee receipt', 'ttdt-portal' ) }
				help={ __( 'Receipt number and date.', 'ttdt-portal' ) }
				value={ editor.text( 'ttdt_biz_fee_receipt' ) }
				onChange={ ( value: string ) =>
					editor.set( 'ttdt_biz_fee_receipt', value )
				}
			/>
		</div>
	);
}
