/**
 * WordPress dependencies
 */
import { MediaUpload, MediaUploadCheck } from '@wordpress/block-editor';
import { BaseControl, Button } from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

type Props = {
	label: string;
	ids: number[];
	onChange: ( ids: number[] ) => void;
};

type Attachment = { id: number; title?: { raw?: string; rendered?: string } };

/**
 * Attached files chosen from the media library (PDF, DOCX, scans), listed by name, each
 * removable. Whether an ID is really a file is checked by the server on save.
 *
 * @param props          Props.
 * @param props.label    Field label.
 * @param props.ids      Attachment IDs.
 * @param props.onChange Receives the new IDs.
 */
export default function FilesControl( { label, ids, onChange }: Props ) {
	const files = useSelect(
		( select ) =>
			ids.length
				? ( select( coreStore ).getEntityRecords(
						'postType',
						'attachment',
						{
							include: ids,
							per_page: ids.length,
						}
					) as Attachment[] | null )
				: [],
		[ ids ]
	);
	const nameOf = ( id: number ) => {
		const file = files?.find( ( record ) => record.id === id );
		return file?.title?.raw || file?.title?.rendered || `#${ id }`;
	};
	return (
		<BaseControl
			__nextHasNoMarginBottom
			label={ label }
			id={ `ttdt-files-${ label }` }
		>
			<ul className="ttdt-documents__list">
				{ ids.map( ( id ) => (
					<li key={ id }>
						<span>{ nameOf( id ) }</span>
						<Button
							variant="link"
							isDestructive
							onClick={ () =>
								onChange(
									ids.filter( ( other ) => other !== id )
								)
							}
						>
							{ __( 'Remove', 'ttdt-portal' ) }
						</Button>
					</li>
				) ) }
			</ul>
			<MediaUploadCheck>
				<MediaUpload
					multiple
					value={ ids }
					onSelect={ ( chosen: Array< { id: number } > ) =>
						onChange(
							Array.from(
								new Set( [
									...ids,
									...chosen.map( ( file ) => file.id ),
								] )
							)
						)
					}
					render={ ( { open }: { open: () => void } ) => (
						<Button variant="secondary" onClick={ open }>
							{ __(
								'Choose files from the media library',
								'ttdt-portal'
							) }
						</Button>
					) }
				/>
			</MediaUploadCheck>
		</BaseControl>
	);
}
