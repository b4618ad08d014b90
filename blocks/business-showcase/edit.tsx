/**
 * WordPress dependencies
 */
import { SelectControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import metadata from './block.json';
import ServerRenderedEdit, {
	PerPageControl,
	type EditProps,
} from '../shared/server-rendered-edit';

export type Attributes = {
	perPage: number;
	kind: '' | 'business' | 'product';
};

/**
 * The showcase is rendered by the server; the editor shows that same output.
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
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Show', 'ttdt-portal' ) }
				value={ attributes.kind }
				options={ [
					{
						label: __( 'Businesses and products', 'ttdt-portal' ),
						value: '',
					},
					{
						label: __( 'Businesses only', 'ttdt-portal' ),
						value: 'business',
					},
					{
						label: __( 'Typical products only', 'ttdt-portal' ),
						value: 'product',
					},
				] }
				onChange={ ( kind: string ) =>
					setAttributes( {
						kind: kind as Attributes[ 'kind' ],
					} )
				}
			/>
			<PerPageControl
				label={ __( 'Entries shown', 'ttdt-portal' ) }
				value={ attributes.perPage }
				fallback={ 12 }
				onChange={ ( perPage ) => setAttributes( { perPage } ) }
			/>
		</ServerRenderedEdit>
	);
}
