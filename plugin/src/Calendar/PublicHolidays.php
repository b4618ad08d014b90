<?php
/**
 * Vietnam's public holidays of a year, computed.
 *
 * @package Ttdt
 */

namespace Ttdt\Calendar;

defined( 'ABSPATH' ) || exit;

/**
 * The paid public holidays of the Labour Code 2019 (Art. 112.1), which public servants also
 * keep, plus the days off that make up for a holiday falling on a weekend (Art. 111.3):
 *
 * - 1 January (Tết Dương lịch);
 * - five days of Tết Nguyên đán — which five the Prime Minister decides each year, so the set is
 *   a setting (by default the last day of the old lunar year and the first four of the new);
 * - 10th day of the 3rd lunar month (Giỗ Tổ Hùng Vương);
 * - 30 April (Ngày Chiến thắng) and 1 May (Quốc tế Lao động);
 * - 2 September (Quốc khánh) and one day next to it (1 or 3 September, a setting).
 *
 * The days the government swaps each year (nghỉ bù, làm bù) are entered by an administrator and
 * applied on top of this by `WorkCalendar`.
 *
 * @since 0.1.0
 */
final class PublicHolidays {

	/**
	 * Default Tết days, as offsets from the first day of the lunar year.
	 *
	 * @since 0.1.0
	 * @var int[]
	 */
	public const DEFAULT_TET_DAYS = array( -1, 0, 1, 2, 3 );

	/**
	 * Tết days, as offsets from the first day of the lunar year.
	 *
	 * @var int[]
	 */
	private array $tet_days;

	/**
	 * The day added to National Day: `before` (1 September) or `after` (3 September).
	 *
	 * @var string
	 */
	private string $national_day_extra;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param int[]  $tet_days           Tết days as offsets from the lunar new year.
	 * @param string $national_day_extra `before` or `after`.
	 */
	public function __construct( array $tet_days = self::DEFAULT_TET_DAYS, string $national_day_extra = 'before' ) {
		$this->tet_days           = array_values( array_unique( array_map( 'intval', $tet_days ) ) );
		$this->national_day_extra = 'after' === $national_day_extra ? 'after' : 'before';
	}

	/**
	 * Holidays and compensatory days off of a Gregorian year.
	 *
	 * @since 0.1.0
	 *
	 * @param int $year Gregorian year.
	 * @return array<string, array{name: string, kind: string}> `Y-m-d` => name and kind
	 *                                                           (`holiday` or `compensatory`), by date.
	 */
	public function for_year( int $year ): array {
		$days = array();
		$add  = static function ( int $y, int $m, int $d, string $name ) use ( &$days ): void {
			$days[ sprintf( '%04d-%02d-%02d', $y, $m, $d ) ] = array(
				'name' => $name,
				'kind' => 'holiday',
			);
		};

		$add( $year, 1, 1, __( 'New Year\'s Day', 'ttdt-portal' ) );

		$new_year = LunarCalendar::new_year( $year );
		$first    = LunarCalendar::julian_day( $new_year['year'], $new_year['month'], $new_year['day'] );
		foreach ( $this->tet_days as $offset ) {
			$date = LunarCalendar::from_julian_day( $first + $offset );
			$add( $date['year'], $date['month'], $date['day'], __( 'Lunar New Year (Tết Nguyên đán)', 'ttdt-portal' ) );
		}

		$hung_kings = LunarCalendar::to_solar( $year, 3, 10 );
		if ( $hung_kings ) {
			$add( $hung_kings['year'], $hung_kings['month'], $hung_kings['day'], __( 'Hung Kings Commemoration Day', 'ttdt-portal' ) );
		}

		$add( $year, 4, 30, __( 'Reunification Day', 'ttdt-portal' ) );
		$add( $year, 5, 1, __( 'International Workers\' Day', 'ttdt-portal' ) );
		$add( $year, 9, 2, __( 'National Day', 'ttdt-portal' ) );
		$add( $year, 9, 'after' === $this->national_day_extra ? 3 : 1, __( 'National Day', 'ttdt-portal' ) );

		ksort( $days );
		return $this->with_compensatory_days( $days );
	}

	/**
	 * Adds, for each holiday on a Saturday or Sunday, a day off on the next working day.
	 *
	 * @param array<string, array{name: string, kind: string}> $days Holidays by date, sorted.
	 * @return array<string, array{name: string, kind: string}>
	 */
	private function with_compensatory_days( array $days ): array {
		$utc = new \DateTimeZone( 'UTC' );
		foreach ( $days as $date => $day ) {
			$when = new \DateTimeImmutable( $date, $utc );
			if ( (int) $when->format( 'N' ) < 6 ) {
				continue;
			}
			do {
				$when = $when->modify( '+1 day' );
			} while ( (int) $when->format( 'N' ) >= 6 || isset( $days[ $when->format( 'Y-m-d' ) ] ) );

			$days[ $when->format( 'Y-m-d' ) ] = array(
				'name' => sprintf(
					/* translators: %s: name of the holiday that fell on a weekend. */
					__( 'Day off in lieu of %s', 'ttdt-portal' ),
					$day['name']
				),
				'kind' => 'compensatory',
			);
		}
		ksort( $days );
		return $days;
	}
}
