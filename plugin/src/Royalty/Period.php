<?php
/**
 * A payment period: a month, a quarter or a year.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

/**
 * Written `2026-03` (month), `2026-Q1` (quarter) or `2026` (year); the ledger stores the month
 * of each line, so a period is a range of months.
 *
 * @since 0.1.0
 */
final class Period {

	/**
	 * Pattern of a period, for REST schemas.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$';

	/**
	 * The first and last month of a period.
	 *
	 * @since 0.1.0
	 *
	 * @param string $period Period.
	 * @return array{0: string, 1: string}|null Null when it is not a period.
	 */
	public static function months( string $period ): ?array {
		if ( ! preg_match( '/' . self::PATTERN . '/', $period ) ) {
			return null;
		}
		$year = substr( $period, 0, 4 );
		if ( 4 === strlen( $period ) ) {
			return array( $year . '-01', $year . '-12' );
		}
		if ( 'Q' === $period[5] ) {
			$last = 3 * (int) $period[6];
			return array( sprintf( '%s-%02d', $year, $last - 2 ), sprintf( '%s-%02d', $year, $last ) );
		}
		return array( $period, $period );
	}

	/**
	 * The month of a date.
	 *
	 * @since 0.1.0
	 *
	 * @param string $date `Y-m-d…`.
	 * @return string `Y-m`.
	 */
	public static function of_date( string $date ): string {
		return substr( $date, 0, 7 );
	}
}
