/**
 * WordPress dependencies
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, SelectControl, ToggleControl } from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';
import ServerSideRender from '@wordpress/server-side-render';

/**
 * Internal dependencies
 */
import metadata from './block.json';

export type Attributes = {
	unit: number;
	showPhotos: boolean;
};

type Unit = { id: number; title: { raw: string } };

type EditProps = {
	attributes: Attributes;
	setAttributes: ( next: Partial< Attributes > ) => void;
};

/**
 * The organisation is rendered by the server; the editor shows that same output. Officials
 * are managed on the plugin's "Officials" screen.
 *
 * @param props               Block edit props.
 * @param props.attributes    Block attributes.
 * @param props.setAttributes Attribute setter.
 */
export default function Edit( { attributes, setAttributes }: EditProps ) {
	// Those who may not read the units (they are not public) get "Every unit" only.
	const units = useSelect(
		( select ) =>
			select( coreStore ).getEntityRecords( 'postType', 'ttdt_unit', {
				per_page: 100,
				context: 'edit',
			} ) as Unit[] | null,
		[]
	);
	return (
		<div { ...useBlockProps() }>
			<InspectorControls>
				<PanelBody title={ __( 'Display', 'ttdt-portal' ) }>
					<SelectControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Units shown', 'ttdt-portal' ) }
						value={ String( attributes.unit ) }
						options={ [
							{
								label: __( 'Every unit', 'ttdt-portal' ),
								value: '0',
							},
							...( units ?? [] ).map( ( unit ) => ( {
								label: unit.title.raw,
								value: String( unit.id ),
							} ) ),
						] }
						onChange={ ( value: string ) =>
							setAttributes( { unit: Number( value ) || 0 } )
						}
					/>
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __( 'Show photos', 'ttdt-portal' ) }
						checked={ attributes.showPhotos }
						onChange={ ( showPhotos: boolean ) =>
							setAttributes( { showPhotos } )
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
