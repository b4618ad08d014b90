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
