/**
 * WordPress dependencies
 */
import { SelectControl } from '@wordpress/components';
import type { DataFormControlProps } from '@wordpress/dataviews';
import { useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import VnDateControl from '../vn-date';

/**
 * What a date field holds while the text typed is not a real date: the form's `isValid`
 * rejects it, so it can never be saved.
 */
export const INVALID_DATE = 'invalid';

/** `Y-m-d` or empty: what the REST schemas of the plugin's dates accept. */
const YMD = /^(\d{4}-\d{2}-\d{2})?$/;

/**
 * Whether a date field holds a value the server accepts.
 *
 * @param value Field value.
 */
export function isDateValue( value: unknown ): boolean {
	return typeof value === 'string' && YMD.test( value );
}

/**
 * DataForm control of a date typed the Vietnamese way (dd/mm/yyyy) and stored as `Y-m-d`.
 *
 * @param props          Control props.
 * @param props.data     Form values.
 * @param props.field    Field.
 * @param props.onChange Change handler.
 */
export function VnDateEdit< Item >( {
	data,
	field,
	onChange,
}: DataFormControlProps< Item > ) {
	const value = field.getValue( { item: data } );
	// The last real date: the control keeps what is typed while it is not one.
	const [ shown, setShown ] = useState< string >(
		isDateValue( value ) ? ( value as string ) : ''
	);
	return (
		<VnDateControl
			label={ field.label }
			value={ isDateValue( value ) ? ( value as string ) : shown }
			onChange={ ( next ) => {
				if ( next !== null ) {
					setShown( next );
				}
				onChange( {
					[ field.id ]: next ?? INVALID_DATE,
				} as Partial< Item > );
			} }
		/>
	);
}

/**
 * DataForm control of a choice among the field's `elements` exactly (DataForm's own select
 * adds an empty "Select item" first, which would double a choice whose value is '').
 *
 * @param props          Control props.
 * @param props.data     Form values.
 * @param props.field    Field.
 * @param props.onChange Change handler.
 */
export function ChoiceEdit< Item >( {
	data,
	field,
	onChange,
}: DataFormControlProps< Item > ) {
	return (
		<SelectControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ field.label }
			help={ field.description }
			value={ String( field.getValue( { item: data } ) ?? '' ) }
			options={ ( field.elements ?? [] ).map( ( element ) => ( {
				value: String( element.value ),
				label: element.label,
			} ) ) }
			onChange={ ( next: string ) =>
				onChange( { [ field.id ]: next } as Partial< Item > )
			}
		/>
	);
}
