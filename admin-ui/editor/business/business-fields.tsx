/**
 * WordPress dependencies
 */
import {
	SelectControl,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { MetaEditor } from '../documents/use-item-meta';

/**
 * What a visitor needs to contact the business: kind of entry, address, telephone, e-mail,
 * website and typical products. All public.
 *
 * @param props        Props.
 * @param props.editor The entry's meta.
 */
export default function BusinessFields( { editor }: { editor: MetaEditor } ) {
	const line = (
		key: string,
		label: string,
		type: 'text' | 'tel' | 'email' | 'url' = 'text'
	) => (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ label }
			type={ type }
			value={ editor.text( key ) }
			onChange={ ( value: string ) => editor.set( key, value ) }
		/>
	);
	return (
		<div className="ttdt-documents">
			<p className="ttdt-documents__help">
				{ __(
					'The logo is set in the Logo panel, the introduction is the content of the entry.',
					'ttdt-portal'
				) }
			</p>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'The entry presents', 'ttdt-portal' ) }
				value={
					editor.text( 'ttdt_biz_kind' ) === 'product'
						? 'product'
						: 'business'
				}
				options={ [
					{
						value: 'business',
						label: __( 'A business', 'ttdt-portal' ),
					},
					{
						value: 'product',
						label: __( 'A typical product', 'ttdt-portal' ),
					},
				] }
				onChange={ ( value ) => editor.set( 'ttdt_biz_kind', value ) }
			/>
			{ line( 'ttdt_biz_address', __( 'Address', 'ttdt-portal' ) ) }
			{ line(
				'ttdt_biz_phone',
				__( 'Telephone', 'ttdt-portal' ),
				'tel'
			) }
			{ line( 'ttdt_biz_email', __( 'E-mail', 'ttdt-portal' ), 'email' ) }
			{ line(
				'ttdt_biz_website',
				__( 'Website', 'ttdt-portal' ),
				'url'
			) }
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Typical products', 'ttdt-portal' ) }
				help={ __( 'One product per line.', 'ttdt-portal' ) }
				value={ editor.text( 'ttdt_biz_products' ) }
				onChange={ ( value: string ) =>
					editor.set( 'ttdt_biz_products', value )
				}
			/>
		</div>
	);
}
