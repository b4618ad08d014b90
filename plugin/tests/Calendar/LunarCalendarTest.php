<?php
/**
 * Tests of the Vietnamese lunar calendar.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Calendar;

use Ttdt\Calendar\LunarCalendar;
use Ttdt\Tests\Support\TestCase;

/**
 * Reference dates are the ones of the calendar Vietnam publishes (UTC+7), including the years
 * in which it differs from China's (UTC+8): the tests would catch a switch of time zone.
 */
final class LunarCalendarTest extends TestCase {

	/**
	 * Tết Nguyên đán (1/1 lunar) of known years.
	 *
	 * @return array<string, array{int, string}>
	 */
	public static function tet_dates(): array {
		return array(
			'1985 (China: 20 February)' => array( 1985, '1985-01-21' ),
			'2007 (China: 18 February)' => array( 2007, '2007-02-17' ),
			'2020'                      => array( 2020, '2020-01-25' ),
			'2023'                      => array( 2023, '2023-01-22' ),
			'2024'                      => array( 2024, '2024-02-10' ),
			'2025'                      => array( 2025, '2025-01-29' ),
			'2026'                      => array( 2026, '2026-02-17' ),
		);
	}

	/**
	 * @dataProvider tet_dates
	 *
	 * @param int    $year     Lunar year.
	 * @param string $expected Gregorian date of its first day.
	 */
	public function test_new_year_falls_on_the_published_date( int $year, string $expected ): void {
		$this->assertSame( $expected, self::ymd( LunarCalendar::new_year( $year ) ) );

		list( $y, $m, $d ) = array_map( 'intval', explode( '-', $expected ) );
		$this->assertSame(
			array(
				'day'   => 1,
				'month' => 1,
				'year'  => $year,
				'leap'  => false,
			),
			LunarCalendar::to_lunar( $y, $m, $d )
		);
	}

	/**
	 * Leap months: the year, the month repeated, the first day of the regular and of the leap month.
	 *
	 * @return array<string, array{int, int, string, string}>
	 */
	public static function leap_months(): array {
		return array(
			'2017: leap 6th month' => array( 2017, 6, '2017-06-24', '2017-07-23' ),
			'2020: leap 4th month' => array( 2020, 4, '2020-04-23', '2020-05-23' ),
			'2023: leap 2nd month' => array( 2023, 2, '2023-02-20', '2023-03-22' ),
			'2025: leap 6th month' => array( 2025, 6, '2025-06-25', '2025-07-25' ),
		);
	}

	/**
	 * @dataProvider leap_months
	 *
	 * @param int    $year    Lunar year.
	 * @param int    $month   The repeated month.
	 * @param string $regular First day of the regular month.
	 * @param string $leap    First day of the leap month.
	 */
	public function test_leap_month_follows_the_regular_one( int $year, int $month, string $regular, string $leap ): void {
		$this->assertSame( $regular, self::ymd( LunarCalendar::to_solar( $year, $month, 1 ) ) );
		$this->assertSame( $leap, self::ymd( LunarCalendar::to_solar( $year, $month, 1, true ) ) );

		list( $y, $m, $d ) = array_map( 'intval', explode( '-', $leap ) );
		$this->assertSame(
			array(
				'day'   => 1,
				'month' => $month,
				'year'  => $year,
				'leap'  => true,
			),
			LunarCalendar::to_lunar( $y, $m, $d )
		);
		// The day before the leap month ends the regular month of the same number.
		$before = LunarCalendar::from_julian_day( LunarCalendar::julian_day( $y, $m, $d ) - 1 );
		$last   = LunarCalendar::to_lunar( $before['year'], $before['month'], $before['day'] );
		$this->assertSame( array( $month, false ), array( $last['month'], $last['leap'] ) );
		$this->assertContains( $last['day'], array( 29, 30 ) );
	}

	public function test_a_leap_month_that_does_not_exist_is_null(): void {
		// 2024 has twelve months; 2023's leap month is the 2nd, not the 3rd.
		$this->assertNull( LunarCalendar::to_solar( 2024, 4, 1, true ) );
		$this->assertNull( LunarCalendar::to_solar( 2023, 3, 1, true ) );
	}

	public function test_a_leap_year_has_thirteen_months_and_an_ordinary_year_twelve(): void {
		$this->assertSame( 13, self::months_between( LunarCalendar::new_year( 2025 ), LunarCalendar::new_year( 2026 ) ) );
		$this->assertSame( 12, self::months_between( LunarCalendar::new_year( 2024 ), LunarCalendar::new_year( 2025 ) ) );
	}

	/**
	 * Festivals set on lunar dates, as published.
	 *
	 * @return array<string, array{int, int, int, string}>
	 */
	public static function festivals(): array {
		return array(
			'Giỗ Tổ Hùng Vương 2023' => array( 2023, 3, 10, '2023-04-29' ),
			'Giỗ Tổ Hùng Vương 2024' => array( 2024, 3, 10, '2024-04-18' ),
			'Giỗ Tổ Hùng Vương 2025' => array( 2025, 3, 10, '2025-04-07' ),
			'Giỗ Tổ Hùng Vương 2026' => array( 2026, 3, 10, '2026-04-26' ),
			'Tết Trung thu 2024'     => array( 2024, 8, 15, '2024-09-17' ),
			'Rằm tháng Giêng 2025'   => array( 2025, 1, 15, '2025-02-12' ),
		);
	}

	/**
	 * @dataProvider festivals
	 *
	 * @param int    $year     Lunar year.
	 * @param int    $month    Lunar month.
	 * @param int    $day      Lunar day.
	 * @param string $expected Gregorian date.
	 */
	public function test_lunar_dates_convert_to_the_published_day( int $year, int $month, int $day, string $expected ): void {
		$this->assertSame( $expected, self::ymd( LunarCalendar::to_solar( $year, $month, $day ) ) );
	}

	public function test_every_day_of_nine_years_converts_there_and_back(): void {
		$first = LunarCalendar::julian_day( 2019, 1, 1 );
		$last  = LunarCalendar::julian_day( 2027, 12, 31 );
		$seen  = 0;
		for ( $jd = $first; $jd <= $last; $jd++ ) {
			$solar = LunarCalendar::from_julian_day( $jd );
			$lunar = LunarCalendar::to_lunar( $solar['year'], $solar['month'], $solar['day'] );
			$back  = LunarCalendar::to_solar( $lunar['year'], $lunar['month'], $lunar['day'], $lunar['leap'] );
			if ( $back !== $solar ) {
				$this->fail( sprintf( '%s → %d/%d%s/%d → %s', self::ymd( $solar ), $lunar['day'], $lunar['month'], $lunar['leap'] ? 'N' : '', $lunar['year'], self::ymd( $back ) ) );
			}
			$this->assertGreaterThanOrEqual( 1, $lunar['day'] );
			$this->assertLessThanOrEqual( 30, $lunar['day'] );
			++$seen;
		}
		$this->assertSame( 3287, $seen );
	}

	public function test_julian_day_numbers(): void {
		$this->assertSame( 2451545, LunarCalendar::julian_day( 2000, 1, 1 ) );
		$this->assertSame( 2299161, LunarCalendar::julian_day( 1582, 10, 15 ) );
		// The day before the Gregorian reform is 4 October 1582 in the Julian calendar.
		$this->assertSame( 2299160, LunarCalendar::julian_day( 1582, 10, 4 ) );
		$this->assertSame(
			array(
				'year'  => 2024,
				'month' => 2,
				'day'   => 29,
			),
			LunarCalendar::from_julian_day( LunarCalendar::julian_day( 2024, 2, 29 ) )
		);
	}

	/**
	 * `Y-m-d` of a date array.
	 *
	 * @param array{year: int, month: int, day: int}|null $date Date.
	 * @return string
	 */
	private static function ymd( ?array $date ): string {
		return null === $date ? 'null' : sprintf( '%04d-%02d-%02d', $date['year'], $date['month'], $date['day'] );
	}

	/**
	 * Lunar months between two new years.
	 *
	 * @param array{year: int, month: int, day: int} $from First new year.
	 * @param array{year: int, month: int, day: int} $to   Next new year.
	 * @return int
	 */
	private static function months_between( array $from, array $to ): int {
		$days = LunarCalendar::julian_day( $to['year'], $to['month'], $to['day'] ) - LunarCalendar::julian_day( $from['year'], $from['month'], $from['day'] );
		return (int) round( $days / 29.530588853 );
	}
}
