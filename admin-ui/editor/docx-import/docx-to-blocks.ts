/**
 * Turns a Word document into core blocks: mammoth (loaded only when a document is imported)
 * writes semantic HTML, each embedded image is uploaded to the media library on the way, and
 * the block editor's own raw handler makes blocks of the HTML (headings, paragraphs, lists,
 * tables, images). Text ends up as Unicode NFC, legacy encodings converted.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { rawHandler, type BlockInstance } from '@wordpress/blocks';

/**
 * Internal dependencies
 */
import { convertLegacyText } from '../../vietnamese-text';
import { tidyHtml } from './tidy-html';

type Media = { id: number; source_url: string };

export type DocxImport = {
	blocks: BlockInstance[];
	images: number;
	/** Mammoth's warnings (styles it did not recognise and the like). */
	warnings: string[];
};

/**
 * Whether a block has content: Word documents often hold empty paragraphs.
 *
 * @param block A block.
 */
const isContent = ( block: BlockInstance ) =>
	block.name !== 'core/paragraph' ||
	String( block.attributes.content ?? '' ).trim() !== '';

/**
 * Uploads one image to the media library, attached to the post being edited.
 *
 * @param data        Image bytes.
 * @param contentType MIME type.
 * @param name        File name.
 * @param postId      Post to attach to.
 */
async function uploadImage(
	data: ArrayBuffer,
	contentType: string,
	name: string,
	postId: number | undefined
): Promise< Media > {
	const body = new window.FormData();
	body.append(
		'file',
		new window.Blob( [ data ], { type: contentType } ),
		name
	);
	if ( postId ) {
		body.append( 'post', String( postId ) );
	}
	return apiFetch< Media >( { path: '/wp/v2/media', method: 'POST', body } );
}

/**
 * Converts a .docx file.
 *
 * @param file   The Word document.
 * @param postId Post the images are attached to.
 */
export async function docxToBlocks(
	file: File,
	postId?: number
): Promise< DocxImport > {
	const { default: mammoth } = await import(
		/* webpackChunkName: "chunks/mammoth" */ 'mammoth/mammoth.browser'
	);
	const base = file.name.replace( /\.docx$/i, '' ) || 'word';
	let images = 0;
	const result = await mammoth.convertToHtml(
		{ arrayBuffer: await file.arrayBuffer() },
		{
			convertImage: mammoth.images.imgElement( async ( image ) => {
				images++;
				const extension = image.contentType.split( '/' )[ 1 ] ?? 'png';
				const media = await uploadImage(
					await image.readAsArrayBuffer(),
					image.contentType,
					`${ base }-${ images }.${ extension }`,
					postId
				);
				// The class lets the image block link to the attachment.
				return {
					src: media.source_url,
					class: `wp-image-${ media.id }`,
				};
			} ),
		}
	);
	const html = convertLegacyText( tidyHtml( result.value ) ).text;
	return {
		blocks: rawHandler( { HTML: html } ).filter( isContent ),
		images,
		warnings: result.messages.map( ( message ) => message.message ),
	};
}
