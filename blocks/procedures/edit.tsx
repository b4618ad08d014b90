/**
 * WordPress dependencies
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, RangeControl, ToggleControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import ServerSideRender from '@wordpress/server-side-render';

/**
 * Internal dependencies
 */
import metadata from './block.json';

export type Attributes = {
	perPage: number;
	showFilters: boolean;
};

type EditProps = {
	attributes: Attributes;
	setAttributes: ( next: Partial< Attributes > ) => void;
};

/**
 * The list is rendered by the server; the editor shows that same output.
 *
 * @param props               Block edit props.
 * @param props.attributes    Block attributes.
 * @param props.setAttributes Attribute setter.
 */
export default function Edit( { attributes, setAttributes }: EditProps ) {
	return (
		<div { ...useBlockProps() }>
			<InspectorControls>
				<PanelBody title={ __( 'Display', 'ttdt-portal' ) }>
					<RangeControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Items per page', 'ttdt-portal' ) }
						value={ attributes.perPage }
						min={ 1 }
						max={ 50 }
						onChange={ ( perPage?: number ) =>
							setAttributes( { perPage: perPage ?? 10 } )
						}
					/>
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __( 'Show search and filters', 'ttdt-portal' ) }
						checked={ attributes.showFilters }
						onChange={ ( showFilters: boolean ) =>
							setAttributes( { showFilters } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<ServerSideRender
				block={ metadata.name }
				attributes={ attributes }
				skipBlockSupportAttributes
			/>
		</div>
	);
}
