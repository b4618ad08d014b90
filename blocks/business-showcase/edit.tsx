/**
 * WordPress dependencies
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, RangeControl, SelectControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import ServerSideRender from '@wordpress/server-side-render';

/**
 * Internal dependencies
 */
import metadata from './block.json';

export type Attributes = {
	perPage: number;
	kind: '' | 'business' | 'product';
};

type EditProps = {
	attributes: Attributes;
	setAttributes: ( next: Partial< Attributes > ) => void;
};

/**
 * The showcase is rendered by the server; the editor shows that same output.
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
					<SelectControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Show', 'ttdt-portal' ) }
						value={ attributes.kind }
						options={ [
							{
								label: __(
									'Businesses and products',
									'ttdt-portal'
								),
								value: '',
							},
							{
								label: __( 'Businesses only', 'ttdt-portal' ),
								value: 'business',
							},
							{
								label: __(
									'Typical products only',
									'ttdt-portal'
								),
								value: 'product',
							},
						] }
						onChange={ ( kind: string ) =>
							setAttributes( {
								kind: kind as Attributes[ 'kind' ],
							} )
						}
					/>
					<RangeControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Entries shown', 'ttdt-portal' ) }
						value={ attributes.perPage }
						min={ 1 }
						max={ 50 }
						onChange={ ( perPage?: number ) =>
							setAttributes( { perPage: perPage ?? 12 } )
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
