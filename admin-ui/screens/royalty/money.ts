/**
 * External dependencies
 */
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';

/**
 * An amount as Vietnamese documents print it: `2.000.000 đ`.
 *
 * @param amount Amount in đồng.
 */
export function formatMoney( amount: number ): string {
	const digits = String( Math.abs( Math.trunc( amount ) ) ).replace(
		/\B(?=(\d{3})+(?!\d))/g,
		'.'
	);
	return `${ amount < 0 ? '-' : '' }${ digits } đ`;
}

const config = new ReadingConfig();
config.unit = [ 'đồng' ];

/**
 * The words of an amount, e.g. "một triệu không trăm lẻ năm nghìn đồng". The printed
 * statement reads them in PHP (`Ttdt\Royalty\AmountInWords`); a test keeps both alike.
 *
 * @param amount Amount in đồng.
 */
export function amountInWords( amount: number ): string {
	return doReadNumber( String( Math.trunc( amount ) ), config );
}

/**
 * A period as people say it: "Tháng 03/2026", "Quý 1/2026", "Năm 2026".
 *
 * @param period        `2026-03`, `2026-Q1` or `2026`.
 * @param names         Translated templates for a month, a quarter and a year.
 * @param names.month
 * @param names.quarter
 * @param names.year
 */
export function periodLabel(
	period: string,
	names: { month: string; quarter: string; year: string }
): string {
	const year = period.slice( 0, 4 );
	if ( period.length === 4 ) {
		return names.year.replace( '%s', year );
	}
	if ( period[ 5 ] === 'Q' ) {
		return names.quarter
			.replace( '%1$s', period[ 6 ] )
			.replace( '%2$s', year );
	}
	return names.month
		.replace( '%1$s', period.slice( 5 ) )
		.replace( '%2$s', year );
}
