<?php
/**
 * The periods a plan covers: a half year or a year (Art. 6.3.1).
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

/**
 * `H1` (January–June), `H2` (July–December) or `year`, with a year: the plan's first and last
 * day, which bound its topics' periods.
 *
 * @since 0.1.0
 */
final class PlanPeriod {

	/**
	 * First half of the year.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FIRST_HALF = 'H1';

	/**
	 * Second half of the year.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SECOND_HALF = 'H2';

	/**
	 * The whole year.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const YEAR = 'year';

	/**
	 * Every period.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function all(): array {
		return array( self::FIRST_HALF, self::SECOND_HALF, self::YEAR );
	}

	/**
	 * Period => its name in the admin's language.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function labels(): array {
		return array(
			self::FIRST_HALF  => __( 'First six months', 'ttdt-portal' ),
			self::SECOND_HALF => __( 'Last six months', 'ttdt-portal' ),
			self::YEAR        => __( 'Whole year', 'ttdt-portal' ),
		);
	}

	/**
	 * First and last day of a period, `Y-m-d`.
	 *
	 * @since 0.1.0
	 *
	 * @param string $period Period.
	 * @param int    $year   Year.
	 * @return array{0: string, 1: string}
	 */
	public static function bounds( string $period, int $year ): array {
		$start = self::SECOND_HALF === $period ? '07-01' : '01-01';
		$end   = self::FIRST_HALF === $period ? '06-30' : '12-31';
		return array( sprintf( '%04d-%s', $year, $start ), sprintf( '%04d-%s', $year, $end ) );
	}

	/**
	 * The period as the printed plan names it (always Vietnamese: the form is Vietnamese).
	 *
	 * @since 0.1.0
	 *
	 * @param string $period Period.
	 * @param int    $year   Year.
	 * @return string
	 */
	public static function vietnamese( string $period, int $year ): string {
		if ( self::FIRST_HALF === $period ) {
			return sprintf( '6 tháng đầu năm %d', $year );
		}
		if ( self::SECOND_HALF === $period ) {
			return sprintf( '6 tháng cuối năm %d', $year );
		}
		return sprintf( 'năm %d', $year );
	}
}
