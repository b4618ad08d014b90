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
 * The list as the public sees it, rendered by the server, and how many drafts a page shows.
 *
 * @param props               Props.
 * @param props.attributes    Attributes.
 * @param props.setAttributes Setter.
 */
export default function Edit( {
	attributes,
	setAttributes,
}: EditProps< Attributes > ) {
	return (
		<ServerRenderedEdit name={ metadata.name } attributes={ attributes }>
			<PerPageControl
				label={ __( 'Drafts per page', 'ttdt-portal' ) }
				value={ attributes.perPage }
				fallback={ 10 }
				onChange={ ( perPage ) => setAttributes( { perPage } ) }
			/>
		</ServerRenderedEdit>
	);
}
