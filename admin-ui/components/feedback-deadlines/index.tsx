/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { TextControl, ToggleControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { FEEDBACK_PATH } from '../../data/feedback';
import { useChoices } from '../../data/schema-labels';

type Props = {
	label: string;
	help?: ReactNode;
	value: Record< string, number >;
	onChange: ( value: Record< string, number > ) => void;
};

/**
 * Days to answer each type of feedback, one number per type named by the server.
 *
 * @param props          Props.
 * @param props.label    Label.
 * @param props.help     Help.
 * @param props.value    Days per type.
 * @param props.onChange Change handler.
 */
export function FeedbackDeadlinesControl( {
	label,
	help,
	value,
	onChange,
}: Props ) {
	const types = useChoices( FEEDBACK_PATH )?.type ?? [];
	return (
		<fieldset className="ttdt-feedback-deadlines">
			<legend>{ label }</legend>
			{ help && <p className="description">{ help }</p> }
			{ types.map( ( type ) => (
				<TextControl
					key={ type.value }
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					type="number"
					label={ type.label }
					min={ 1 }
					max={ 90 }
					value={ String( value?.[ type.value ] ?? '' ) }
					onChange={ ( next: string ) =>
						onChange( {
							...( value ?? {} ),
							[ type.value ]: Number( next ) || 1,
						} )
					}
				/>
			) ) }
		</fieldset>
	);
}

/**
 * Working days or calendar days, as a switch.
 *
 * @param props          Props.
 * @param props.label    Label.
 * @param props.help     Help.
 * @param props.value    Whether working days.
 * @param props.onChange Change handler.
 */
export function WorkingDaysControl( {
	label,
	help,
	value,
	onChange,
}: {
	label: string;
	help?: ReactNode;
	value: boolean;
	onChange: ( value: boolean ) => void;
} ) {
	return (
		<ToggleControl
			__nextHasNoMarginBottom
			label={ label }
			help={
				help ??
				__(
					'Off: calendar days, a deadline on a day off moves to the next working day.',
					'ttdt-portal'
				)
			}
			checked={ !! value }
			onChange={ onChange }
		/>
	);
}
