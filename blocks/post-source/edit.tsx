/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { useEntityProp } from '@wordpress/core-data';
import { Fragment } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

type EditProps = {
	context: { postId?: number; postType?: string };
};

type ProvenanceMeta = {
	ttdt_source?: string;
	ttdt_writer?: string;
	ttdt_is_reader_contribution?: boolean;
};

/**
 * Shows the item's own source and writer while editing it; in a template (no item yet) it
 * shows where they will appear.
 *
 * @param props                  Block edit props.
 * @param props.context          Block context: the item being shown.
 * @param props.context.postId   ID of the item, absent in a template.
 * @param props.context.postType Post type of the item.
 */
export default function Edit( { context: { postId, postType } }: EditProps ) {
	const [ meta ] = useEntityProp(
		'postType',
		postType ?? 'post',
		'meta',
		postId
	) as [ ProvenanceMeta | undefined, unknown, unknown ];
	const hasItem = !! postId && !! meta && 'ttdt_source' in meta;
	const placeholder = __( '(filled in from each item)', 'ttdt-portal' );
	const writer = hasItem ? meta?.ttdt_writer : placeholder;
	const source = hasItem ? meta?.ttdt_source : placeholder;

	// The lines as `render.php` prints them: label, value, a line break between lines.
	const lines = [
		hasItem && meta?.ttdt_is_reader_contribution && (
			<span className="ttdt-post-source__kind">
				{ __( "Reader's contribution", 'ttdt-portal' ) }
			</span>
		),
		!! writer && (
			<>
				{ __( 'Written by:', 'ttdt-portal' ) }{ ' ' }
				<span className="ttdt-post-source__writer">{ writer }</span>
			</>
		),
		!! source && (
			<>
				{ __( 'News source:', 'ttdt-portal' ) }{ ' ' }
				<span className="ttdt-post-source__source">{ source }</span>
			</>
		),
	].filter( Boolean );

	return (
		<div { ...useBlockProps() }>
			{ lines.map( ( line, index ) => (
				<Fragment key={ index }>
					{ index > 0 && <br /> }
					{ line }
				</Fragment>
			) ) }
		</div>
	);
}
