/**
 * External dependencies
 */
import type { ComponentType, ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { SelectControl, TextControl } from '@wordpress/components';
import type { DataFormControlProps, Field } from '@wordpress/dataviews';
import { createContext, useContext, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import VnDateControl from '../vn-date';
// Not named style.scss: wp-scripts would put a shared style.scss only in the first entry's
// style-<entry>.css, so every other screen would miss it.
import './form-controls.scss';

/**
 * The reasons a form's fields were refused, by field id: a form that has them provides them
 * around its `DataForm`, and each control of this file shows its own under the control (in
 * the help its input is described by) and marks its input invalid. DataForm 4.15 has no
 * place for a message, so the controls bring it.
 */
export const FieldErrors = createContext< Record< string, string > >( {} );

/**
 * The help of a control: the reason it was refused, then the field's description.
 *
 * @param description The field's description.
 * @param error       The reason, if any.
 */
export function helpWith( description?: string, error?: string ) {
	if ( ! error ) {
		return description;
	}
	return (
		<>
			<span className="ttdt-field-error">{ error }</span>
			{ description ? ` ${ description }` : null }
		</>
	);
}

/**
 * The error of a field and the props that mark its input.
 *
 * @param id Field id.
 */
export function useFieldError( id: string ) {
	const error = useContext( FieldErrors )[ id ];
	return { error, invalid: error ? { 'aria-invalid': true } : {} };
}

/**
 * The errors left once fields change: a changed value is no longer the one refused.
 *
 * @param errors  Errors by field id.
 * @param changes What DataForm's `onChange` reported.
 */
export function withoutErrorsOf(
	errors: Record< string, string >,
	changes: object
): Record< string, string > {
	return Object.fromEntries(
		Object.entries( errors ).filter( ( [ id ] ) => ! ( id in changes ) )
	);
}

/** A field that can say why `isValid` refused its value. */
export type CheckedField< Item > = Field< Item > & {
	/** What to do when `isValid` refuses the value: one sentence. */
	invalidMessage?: string;
};

/**
 * The fields of a form that refuse the item, with the message of each; what
 * `isItemValid` answers, field by field.
 *
 * @param item   The values.
 * @param fields The fields.
 * @param ids    The ids the form shows.
 */
export function invalidFields< Item >(
	item: Item,
	fields: CheckedField< Item >[],
	ids: string[]
): Record< string, string > {
	return Object.fromEntries(
		fields
			.filter(
				( field ) =>
					ids.includes( field.id ) &&
					field.isValid &&
					! field.isValid( item, { elements: field.elements } )
			)
			.map( ( field ) => [ field.id, field.invalidMessage ?? '' ] )
	);
}

/** Props of a control that edits one value of its own shape (an amount, a list of days). */
export type ValueControlProps< Value > = {
	label: string;
	help?: ReactNode;
	value: Value;
	onChange: ( value: Value ) => void;
	/** Whether the server refused the value (a control that can mark it does). */
	invalid?: boolean;
};

/** Options of {@link valueEdit}. */
export type ValueEditOptions< Value > = {
	/** The value the control takes, from the field's (as is by default). */
	read?: ( value: unknown ) => Value;
	/** Whether the help shows only with a refusal (the control has its own help otherwise). */
	helpOnErrors?: boolean;
};

/**
 * The DataForm control of a field from a control of its value: the field's label, its
 * description with the reason it was refused as help, its value, and its changes reported
 * under its id.
 *
 * @param Control              The value's control.
 * @param options              Options.
 * @param options.read         The value the control takes, from the field's (as is by default).
 * @param options.helpOnErrors Whether the help shows only with a refusal (the control has
 *                             its own help otherwise).
 */
export function valueEdit< Item, Value >(
	Control: ComponentType< ValueControlProps< Value > >,
	{
		read = ( value: unknown ) => value as Value,
		helpOnErrors = false,
	}: ValueEditOptions< Value > = {}
) {
	return function ValueEdit( {
		data,
		field,
		onChange,
	}: DataFormControlProps< Item > ) {
		const { error } = useFieldError( field.id );
		return (
			<Control
				label={ field.label }
				help={
					! helpOnErrors || error
						? helpWith( field.description, error )
						: undefined
				}
				invalid={ !! error }
				value={ read( field.getValue( { item: data } ) ) }
				onChange={ ( value ) =>
					onChange( { [ field.id ]: value } as Partial< Item > )
				}
			/>
		);
	};
}

/**
 * DataForm control of a line of text of an input type; its description and error as help.
 *
 * @param type Input type.
 */
function textEdit( type: 'text' | 'email' | 'tel' ) {
	return function TextEdit< Item >( {
		data,
		field,
		onChange,
	}: DataFormControlProps< Item > ) {
		const { error, invalid } = useFieldError( field.id );
		return (
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ field.label }
				help={ helpWith( field.description, error ) }
				type={ type }
				value={ String( field.getValue( { item: data } ) ?? '' ) }
				onChange={ ( next: string ) =>
					onChange( { [ field.id ]: next } as Partial< Item > )
				}
				{ ...invalid }
			/>
		);
	};
}

export const TextEdit = textEdit( 'text' );
export const EmailEdit = textEdit( 'email' );
export const TelEdit = textEdit( 'tel' );

/**
 * DataForm control of a whole number; what is typed is kept as is until it is one.
 *
 * @param props          Control props.
 * @param props.data     Form values.
 * @param props.field    Field.
 * @param props.onChange Change handler.
 */
export function IntegerEdit< Item >( {
	data,
	field,
	onChange,
}: DataFormControlProps< Item > ) {
	const { error, invalid } = useFieldError( field.id );
	return (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ field.label }
			help={ helpWith( field.description, error ) }
			type="number"
			value={ String( field.getValue( { item: data } ) ?? '' ) }
			onChange={ ( next: string ) =>
				onChange( {
					[ field.id ]:
						next && /^-?\d+$/.test( next ) ? Number( next ) : next,
				} as Partial< Item > )
			}
			{ ...invalid }
		/>
	);
}

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
	const { error, invalid } = useFieldError( field.id );
	return (
		<SelectControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ field.label }
			help={ helpWith( field.description, error ) }
			{ ...invalid }
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
