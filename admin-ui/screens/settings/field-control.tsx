/**
 * WordPress dependencies
 */
import { SelectControl, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Choice } from '../../data/schema-labels';
import type { SettingsField } from './fields';

type Props = {
	field: SettingsField;
	value: unknown;
	onChange: ( value: unknown ) => void;
	/** The choices of a `select`, named by the server. */
	choices?: Choice[];
};

/**
 * A list of whole numbers typed as "-1, 0, 1"; reported only once it parses.
 *
 * @param props          Props.
 * @param props.field    The setting.
 * @param props.value    Current list.
 * @param props.onChange Receives the new list.
 */
function IntegerListControl( { field, value, onChange }: Props ) {
	const [ text, setText ] = useState(
		( ( value as number[] ) ?? [] ).join( ', ' )
	);
	const parse = ( input: string ): number[] | null => {
		const parts = input.split( /[,;\s]+/ ).filter( Boolean );
		return parts.length && parts.every( ( part ) => /^-?\d+$/.test( part ) )
			? parts.map( Number )
			: null;
	};
	return (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ field.label }
			help={
				parse( text )
					? field.help
					: __(
							'Enter whole numbers separated by commas, e.g. -1, 0, 1, 2, 3.',
							'ttdt-portal'
						)
			}
			value={ text }
			onChange={ ( next: string ) => {
				setText( next );
				const list = parse( next );
				if ( list ) {
					onChange( list );
				}
			} }
		/>
	);
}

/**
 * The control of one setting, chosen by its type; settings with a shape of their own bring
 * their own control.
 *
 * @param props          Props.
 * @param props.field    The setting.
 * @param props.value    Its value.
 * @param props.onChange Receives the new value.
 * @param props.choices  Choices of a `select`.
 */
export default function FieldControl( {
	field,
	value,
	onChange,
	choices,
}: Props ) {
	if ( field.control ) {
		const Control = field.control;
		return (
			<Control
				label={ field.label }
				help={ field.help }
				value={ value }
				onChange={ onChange }
			/>
		);
	}
	if ( field.type === 'select' ) {
		return (
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ field.label }
				help={ field.help }
				value={ String( value ?? '' ) }
				options={ choices ?? [] }
				onChange={ ( next: string ) => onChange( next ) }
			/>
		);
	}
	if ( field.type === 'integer-list' ) {
		return (
			<IntegerListControl
				field={ field }
				value={ value }
				onChange={ onChange }
			/>
		);
	}
	return (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ field.label }
			help={ field.help }
			type={ field.type ?? 'text' }
			value={ String( value ?? '' ) }
			onChange={ ( next: string ) =>
				onChange(
					field.type === 'number' && /^-?\d+$/.test( next )
						? Number( next )
						: next
				)
			}
		/>
	);
}
