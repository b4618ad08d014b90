/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { useEntityProp } from '@wordpress/core-data';
import { __, _x } from '@wordpress/i18n';

type EditProps = {
	context: { postId?: number; postType?: string };
};

/**
 * Shows the notice as visitors will see it. In a template it is always shown (dimmed) so the
 * block can be found and moved; on an official item it is hidden, as on the public page.
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
	) as [ { ttdt_is_reference?: boolean } | undefined, unknown, unknown ];
	const isTemplate = ! postId || ! meta || ! ( 'ttdt_is_reference' in meta );
	const blockProps = useBlockProps( {
		style: isTemplate ? { opacity: 0.6 } : undefined,
	} );

	if ( ! isTemplate && ! meta?.ttdt_is_reference ) {
		return <div { ...blockProps } hidden />;
	}
	return (
		<div { ...blockProps } role="note">
			<strong className="ttdt-reference-notice__label">
				{ _x(
					'Reference news',
					'label on unconfirmed items',
					'ttdt-portal'
				) }
			</strong>{ ' ' }
			{ __(
				'This information has not been confirmed by the competent authority and is published for reference only.',
				'ttdt-portal'
			) }
		</div>
	);
}
