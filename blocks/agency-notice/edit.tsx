/**
 * WordPress dependencies
 */
import { ToggleControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import metadata from './block.json';
import ServerRenderedEdit, {
	type EditProps,
} from '../shared/server-rendered-edit';

export type Attributes = {
	showContact: boolean;
};

/**
 * The notice is rendered by the server from the portal settings; the editor shows that same
 * output so what editors see is what citizens get.
 *
 * @param props               Block edit props.
 * @param props.attributes    Block attributes.
 * @param props.setAttributes Attribute setter.
 */
export default function Edit( {
	attributes,
	setAttributes,
}: EditProps< Attributes > ) {
	return (
		<ServerRenderedEdit name={ metadata.name } attributes={ attributes }>
			<ToggleControl
				__nextHasNoMarginBottom
				label={ __( 'Show address and contact', 'ttdt-portal' ) }
				checked={ attributes.showContact }
				onChange={ ( showContact: boolean ) =>
					setAttributes( { showContact } )
				}
			/>
		</ServerRenderedEdit>
	);
}
