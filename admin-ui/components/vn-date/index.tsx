/**
 * WordPress dependencies
 */
import { TextControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { fromVnDate, toVnDate } from './format';

export { fromVnDate, toVnDate, toVnDateTime } from './format';

type Props = {
	label: string;
	/** The date as `Y-m-d`, or ''. */
	value: string;
	/** Called with `Y-m-d`, '' when cleared, or null while the text is not a date. */
	onChange: ( value: string | null ) => void;
	help?: string;
};

/**
 * A date field typed as dd/mm/yyyy (the way Vietnamese documents write dates), reporting
 * `Y-m-d` to its parent. A browser date picker would follow the browser's locale instead.
 *
 * @param props          Component props.
 * @param props.label    Field label.
 * @param props.value    Current value, `Y-m-d`.
 * @param props.onChange Receives the new value.
 * @param props.help     Help text under the field.
 */
export default function VnDateControl( {
	label,
	value,
	onChange,
	help,
}: Props ) {
	const [ text, setText ] = useState( toVnDate( value ) );
	const invalid = fromVnDate( text ) === null;

	// Follow changes made from outside (a reset), not the ones this field reported.
	useEffect( () => {
		setText( ( current ) =>
			fromVnDate( current ) === value ? current : toVnDate( value )
		);
	}, [ value ] );

	return (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ label }
			value={ text }
			placeholder={ __( 'dd/mm/yyyy', 'ttdt-portal' ) }
			help={
				invalid
					? __(
							'Enter a real date as dd/mm/yyyy, e.g. 15/03/2024.',
							'ttdt-portal'
						)
					: help
			}
			className={ invalid ? 'ttdt-vn-date is-invalid' : 'ttdt-vn-date' }
			onChange={ ( next: string ) => {
				setText( next );
				onChange( fromVnDate( next ) );
			} }
		/>
	);
}
