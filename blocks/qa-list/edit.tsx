/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import metadata from './block.json';
import ServerRenderedEdit, {
	PerPageControl,
	type EditProps,
} from '../shared/server-rendered-edit';

export type Attributes = { perPage: number };

/**
 * Shows the published questions and answers as visitors see them.
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
		<ServerRenderedEdit
			name={ metadata.name }
			attributes={ attributes }
			title={ __( 'Settings', 'ttdt-portal' ) }
		>
			<PerPageControl
				label={ __( 'Questions per page', 'ttdt-portal' ) }
				value={ attributes.perPage }
				fallback={ 10 }
				onChange={ ( perPage ) => setAttributes( { perPage } ) }
			/>
		</ServerRenderedEdit>
	);
}
