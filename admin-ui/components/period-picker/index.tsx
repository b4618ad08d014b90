/**
 * WordPress dependencies
 */
import { SelectControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { periodsOf } from './periods';

export { periodName, periodsOf, quarterOf } from './periods';

type Props = {
	/** The year select's label ("Năm ngân sách", "Năm"). */
	yearLabel: string;
	/** The years offered, newest first. */
	years: number[];
	year: number;
	/** `2026`, `2026-H1`, `2026-Q1` or `2026-03`. */
	period: string;
	/** Whether the half-years are offered. */
	halves?: boolean;
	/** A new year chooses that whole year as the period. */
	onChange: ( year: number, period: string ) => void;
};

/**
 * A year and a period of it, as two selects laid out by the screen's own filter row (the
 * royalty and the activity report screens). Picking a year picks that whole year.
 *
 * @param props           Component props.
 * @param props.yearLabel The year select's label.
 * @param props.years     The years offered.
 * @param props.year      The year chosen.
 * @param props.period    The period chosen.
 * @param props.halves    Whether the half-years are offered.
 * @param props.onChange  Called with the year and the period.
 */
export default function PeriodPicker( {
	yearLabel,
	years,
	year,
	period,
	halves = false,
	onChange,
}: Props ) {
	return (
		<>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ yearLabel }
				value={ String( year ) }
				options={ years.map( ( y ) => ( {
					value: String( y ),
					label: String( y ),
				} ) ) }
				onChange={ ( value ) => onChange( Number( value ), value ) }
			/>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Period', 'ttdt-portal' ) }
				value={ period }
				options={ periodsOf( year, halves ) }
				onChange={ ( value ) => onChange( year, value ) }
			/>
		</>
	);
}
