/**
 * WordPress dependencies
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, ToggleControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import ServerSideRender from '@wordpress/server-side-render';

/**
 * Internal dependencies
 */
import metadata from './block.json';

export type Attributes = {
	showContact: boolean;
};

type EditProps = {
	attributes: Attributes;
	setAttributes: ( next: Partial< Attributes > ) => void;
};

/**
 * The notice is rendered by the server from the portal settings; the editor shows that same
 * output so what editors see is what citizens get.
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
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __(
							'Show address and contact',
							'ttdt-portal'
						) }
						checked={ attributes.showContact }
						onChange={ ( showContact: boolean ) =>
							setAttributes( { showContact } )
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
