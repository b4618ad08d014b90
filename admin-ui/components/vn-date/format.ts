/**
 * Dates as Vietnamese offices write them: dd/mm/yyyy. The REST API speaks `Y-m-d`; these
 * helpers convert at the edge of the UI so nothing else has to.
 */

/**
 * `2024-03-15` → `15/03/2024`; anything else → ''.
 *
 * @param ymd Date as `Y-m-d`.
 */
export function toVnDate( ymd: string | undefined | null ): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec( ymd ?? '' );
	return match ? `${ match[ 3 ] }/${ match[ 2 ] }/${ match[ 1 ] }` : '';
}

/**
 * `15/03/2024` (also `15/3/2024`, `15.03.2024`, `15-03-2024`) → `2024-03-15`; '' for an
 * empty input; null when the text is not a real calendar date.
 *
 * @param text What the user typed.
 */
export function fromVnDate( text: string ): string | null {
	const trimmed = text.trim();
	if ( trimmed === '' ) {
		return '';
	}
	const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec( trimmed );
	if ( ! match ) {
		return null;
	}
	const [ day, month, year ] = match.slice( 1 ).map( Number );
	const date = new Date( Date.UTC( year, month - 1, day ) );
	if (
		date.getUTCFullYear() !== year ||
		date.getUTCMonth() !== month - 1 ||
		date.getUTCDate() !== day
	) {
		return null;
	}
	const pad = ( value: number ) => String( value ).padStart( 2, '0' );
	return `${ year }-${ pad( month ) }-${ pad( day ) }`;
}

/**
 * A site-time `Y-m-d\TH:i:s` (or `Y-m-d\TH:i`) → `15/03/2024 08:05:09`, or `15/03/2024 08:05`
 * without the seconds; anything else → ''. No time-zone arithmetic: the server already gives
 * site time (a UTC value, e.g. PHP's `mysql_to_rfc3339()` of a GMT column, must be turned
 * into site time by the server first, as `get_date_from_gmt()` does).
 *
 * @param local   Date and time as `Y-m-d\TH:i:s` or `Y-m-d\TH:i`.
 * @param seconds Whether to write the seconds, when there are any.
 */
export function toVnDateTime(
	local: string | undefined | null,
	seconds = true
): string {
	const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?/.exec(
		local ?? ''
	);
	if ( ! match ) {
		return '';
	}
	const time = seconds && match[ 3 ] ? match[ 2 ] + match[ 3 ] : match[ 2 ];
	return `${ toVnDate( match[ 1 ] ) } ${ time }`;
}

/**
 * `15/03/2024 08:05` (the date as {@link fromVnDate} reads it, then the time as HH:mm or
 * H:mm) → `2024-03-15T08:05`; '' for an empty input; null when it is not a real date and time.
 *
 * @param text What the user typed.
 */
export function fromVnDateTime( text: string ): string | null {
	const trimmed = text.trim();
	if ( trimmed === '' ) {
		return '';
	}
	const match = /^(\S+)\s+(\d{1,2})[:h](\d{2})$/.exec( trimmed );
	const date = match ? fromVnDate( match[ 1 ] ) : null;
	if ( ! match || ! date || +match[ 2 ] > 23 || +match[ 3 ] > 59 ) {
		return null;
	}
	return `${ date }T${ match[ 2 ].padStart( 2, '0' ) }:${ match[ 3 ] }`;
}
