/**
 * WordPress dependencies
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, RangeControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import ServerSideRender from '@wordpress/server-side-render';

export type Attributes = { perPage: number };

/**
 * The list as the public sees it, rendered by the server, and how many drafts a page shows.
 *
 * @param props               Props.
 * @param props.attributes    Attributes.
 * @param props.setAttributes Setter.
 */
export default function Edit( {
	attributes,
	setAttributes,
}: {
	attributes: Attributes;
	setAttributes: ( next: Partial< Attributes > ) => void;
} ) {
	return (
		<div { ...useBlockProps() }>
			<InspectorControls>
				<PanelBody title={ __( 'Display', 'ttdt-portal' ) }>
					<RangeControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Drafts per page', 'ttdt-portal' ) }
						min={ 1 }
						max={ 50 }
						value={ attributes.perPage }
						onChange={ ( value ) =>
							setAttributes( { perPage: value ?? 10 } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<ServerSideRender block="ttdt/drafts" attributes={ attributes } />
		</div>
	);
}
