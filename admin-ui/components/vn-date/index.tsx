/**
 * WordPress dependencies
 */
import { TextControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { fromVnDate, fromVnDateTime, toVnDate, toVnDateTime } from './format';

export { fromVnDate, fromVnDateTime, toVnDate, toVnDateTime } from './format';

type Props = {
	label: string;
	/** The value as the REST API speaks it (`Y-m-d`, or `Y-m-d\TH:i`), or ''. */
	value: string;
	/**
	 * Called with the value as the REST API speaks it, '' when cleared, or null while the
	 * text is not one; then with the text as typed, for a form that lets the server refuse it.
	 */
	onChange: ( value: string | null, text: string ) => void;
	help?: string;
	disabled?: boolean;
};

type Typed = {
	/** Text → value, '' or null. */
	read: ( text: string ) => string | null;
	/** Value → text. */
	write: ( value: string ) => string;
	placeholder: string;
	invalidHelp: string;
};

/**
 * A text field for a date typed the Vietnamese way, reporting what the REST API speaks. A
 * browser date picker would follow the browser's locale instead (mm/dd in an English one).
 *
 * @param props             Component props, and how the text is read and written.
 * @param props.label
 * @param props.value
 * @param props.onChange
 * @param props.help
 * @param props.disabled
 * @param props.read
 * @param props.write
 * @param props.placeholder
 * @param props.invalidHelp
 */
function TypedDate( props: Props & Typed ) {
	const { label, value, onChange, help, disabled, read, write } = props;
	const [ text, setText ] = useState( write( value ) );
	const invalid = read( text ) === null;

	// Follow changes made from outside (a reset), not the ones this field reported: its value,
	// or its text as typed when the parent keeps a wrong text for the server to refuse.
	useEffect( () => {
		setText( ( current ) =>
			read( current ) === value || current === value
				? current
				: write( value )
		);
	}, [ value, read, write ] );

	return (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ label }
			value={ text }
			placeholder={ props.placeholder }
			help={ invalid ? props.invalidHelp : help }
			className={ invalid ? 'ttdt-vn-date is-invalid' : 'ttdt-vn-date' }
			disabled={ disabled }
			{ ...( invalid ? { 'aria-invalid': true } : {} ) }
			onChange={ ( next: string ) => {
				setText( next );
				onChange( read( next ), next );
			} }
		/>
	);
}

const writeDateTime = ( value: string ) => toVnDateTime( value, false );

/**
 * A date field typed as dd/mm/yyyy (the way Vietnamese documents write dates), reporting
 * `Y-m-d` to its parent.
 *
 * @param props Component props.
 */
export default function VnDateControl( props: Props ) {
	return (
		<TypedDate
			{ ...props }
			read={ fromVnDate }
			write={ toVnDate }
			placeholder={ __( 'dd/mm/yyyy', 'ttdt-portal' ) }
			invalidHelp={ __(
				'Enter a real date as dd/mm/yyyy, e.g. 15/03/2024.',
				'ttdt-portal'
			) }
		/>
	);
}

/**
 * A date and time field typed as dd/mm/yyyy HH:mm (site time), reporting `Y-m-d\TH:i`.
 *
 * @param props Component props.
 */
export function VnDateTimeControl( props: Props ) {
	return (
		<TypedDate
			{ ...props }
			read={ fromVnDateTime }
			write={ writeDateTime }
			placeholder={ __( 'dd/mm/yyyy hh:mm', 'ttdt-portal' ) }
			invalidHelp={ __(
				'Enter a real date and time as dd/mm/yyyy hh:mm, e.g. 15/03/2024 08:30.',
				'ttdt-portal'
			) }
		/>
	);
}
