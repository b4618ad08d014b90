<?php
/**
 * Which receipt dates are possible.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use WP_Error;

/**
 * The receipt starts the approval clock (Art. 8.1: approved within days of receipt), so the
 * person that clock measures must not be able to move it out: no receipt after now, in the
 * site's time zone. Implausibly old dates are typing slips ("1026" for "2026"), refused too.
 *
 * The earliest accepted date is fixed, not a setting: 1 January 2000. No commune published an
 * e-information page before then (Vietnamese text on the web is TCVN 6909:2001), and a bound
 * relative to today (say, a year) would refuse the genuine receipts of an archive being
 * entered now. A receipt cannot move the clock out by being old, only by being late.
 *
 * @since 0.1.0
 */
final class ReceiptDate {

	/**
	 * Earliest receipt day accepted.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const EARLIEST = '2000-01-01';

	/**
	 * Seconds a receipt time may be ahead of the server's clock: the time an editor sends is
	 * read from the clock of the computer it runs on.
	 *
	 * @var int
	 */
	private const CLOCK_SKEW = 300;

	/**
	 * Why a receipt date or time cannot be recorded, or null when it can. An empty value
	 * (no receipt) is not judged here.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value `Y-m-d` or ISO 8601 time, as given.
	 * @return WP_Error|null
	 */
	public static function problem( $value ): ?WP_Error {
		$raw = trim( (string) $value );
		if ( '' === $raw ) {
			return null;
		}
		$at = Receipt::normalize_time( $raw );
		if ( '' === $at ) {
			return new WP_Error(
				'ttdt_invalid_receipt_date',
				__( 'The receipt date is not a valid date. Enter it as on the manuscript, e.g. 13/02/2026.', 'ttdt-portal' ),
				array( 'status' => 400 )
			);
		}
		$day = substr( $at, 0, 10 );
		if ( $day < self::EARLIEST ) {
			return new WP_Error(
				'ttdt_receipt_date_too_old',
				sprintf(
					/* translators: %s: the date given, dd/mm/yyyy. */
					__( 'The receipt date %s is before the year 2000. Check the year written on the manuscript and enter the date again.', 'ttdt-portal' ),
					self::show( $day )
				),
				array( 'status' => 400 )
			);
		}
		$future = 10 === strlen( $at )
			? $day > current_datetime()->format( 'Y-m-d' )
			: strtotime( $at ) > time() + self::CLOCK_SKEW;
		if ( $future ) {
			return new WP_Error(
				'ttdt_receipt_date_in_future',
				sprintf(
					/* translators: %s: the date given, dd/mm/yyyy. */
					__( 'The receipt date %s is in the future. Enter the day the manuscript reached the board: today at the latest.', 'ttdt-portal' ),
					self::show( $day )
				),
				array( 'status' => 400 )
			);
		}
		return null;
	}

	/**
	 * A day as Vietnamese write it.
	 *
	 * @param string $day `Y-m-d`.
	 * @return string `d/m/Y`.
	 */
	private static function show( string $day ): string {
		list( $y, $m, $d ) = explode( '-', $day );
		return $d . '/' . $m . '/' . $y;
	}
}
