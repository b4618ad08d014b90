/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * A period as people say it: "quý 1/2026", "6 tháng đầu năm 2026", "tháng 03/2026", "năm 2026".
 *
 * @param period `2026`, `2026-H1`, `2026-Q1` or `2026-03`.
 */
export function periodName( period: string ): string {
	const year = period.slice( 0, 4 );
	if ( period.length === 4 ) {
		/* translators: %s: year. */
		return sprintf( __( 'year %s', 'ttdt-portal' ), year );
	}
	if ( period[ 5 ] === 'H' ) {
		return period[ 6 ] === '1'
			? /* translators: %s: year. */
				sprintf( __( 'first half of %s', 'ttdt-portal' ), year )
			: /* translators: %s: year. */
				sprintf( __( 'second half of %s', 'ttdt-portal' ), year );
	}
	if ( period[ 5 ] === 'Q' ) {
		return sprintf(
			/* translators: 1: quarter number, 2: year. */
			__( 'quarter %1$s/%2$s', 'ttdt-portal' ),
			period[ 6 ],
			year
		);
	}
	return sprintf(
		/* translators: 1: month, 2: year. */
		__( 'month %1$s/%2$s', 'ttdt-portal' ),
		period.slice( 5 ),
		year
	);
}

/**
 * The periods of a year, as choices: the year, its halves (when asked), quarters and months.
 *
 * @param year   Year.
 * @param halves Whether the two half-years are offered.
 */
export function periodsOf( year: number, halves = false ) {
	return [
		String( year ),
		...( halves ? [ `${ year }-H1`, `${ year }-H2` ] : [] ),
		...[ 1, 2, 3, 4 ].map( ( q ) => `${ year }-Q${ q }` ),
		...Array.from(
			{ length: 12 },
			( _, m ) => `${ year }-${ String( m + 1 ).padStart( 2, '0' ) }`
		),
	].map( ( value ) => ( { value, label: periodName( value ) } ) );
}

/**
 * The quarter a date is in, e.g. `2026-Q4`.
 *
 * @param date The date.
 */
export function quarterOf( date: Date ): string {
	return `${ date.getFullYear() }-Q${ Math.floor( date.getMonth() / 3 ) + 1 }`;
}
