<?php
/**
 * Tests of the public holidays and the days off in lieu.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Calendar;

use Ttdt\Calendar\PublicHolidays;
use Ttdt\Tests\Support\TestCase;

/**
 * Expected days are worked out by hand from the Labour Code (Art. 112) and the calendars of
 * 2023 and 2025.
 */
final class PublicHolidaysTest extends TestCase {

	public function test_2025_holidays_with_the_default_tet_days(): void {
		$days = ( new PublicHolidays() )->for_year( 2025 );

		$this->assertSame(
			array(
				'2025-01-01' => 'holiday',
				// Tết: the last day of the year of the Dragon (28/1) and the first four of the Snake.
				'2025-01-28' => 'holiday',
				'2025-01-29' => 'holiday',
				'2025-01-30' => 'holiday',
				'2025-01-31' => 'holiday',
				'2025-02-01' => 'holiday',
				// 1 February is a Saturday: the next working day is off in lieu.
				'2025-02-03' => 'compensatory',
				'2025-04-07' => 'holiday',
				'2025-04-30' => 'holiday',
				'2025-05-01' => 'holiday',
				'2025-09-01' => 'holiday',
				'2025-09-02' => 'holiday',
			),
			array_map( static fn( array $day ): string => $day['kind'], $days )
		);
		$this->assertStringContainsString( $days['2025-02-01']['name'], $days['2025-02-03']['name'] );
	}

	public function test_holidays_on_a_weekend_each_get_their_own_day_in_lieu(): void {
		$days = ( new PublicHolidays() )->for_year( 2023 );
		$kind = array_map( static fn( array $day ): string => $day['kind'], $days );

		// 1 January 2023 is a Sunday.
		$this->assertSame( 'compensatory', $kind['2023-01-02'] );
		// Tết falls on Saturday 21 and Sunday 22 January: two days in lieu after the five days.
		$this->assertSame( 'holiday', $kind['2023-01-25'] );
		$this->assertSame( 'compensatory', $kind['2023-01-26'] );
		$this->assertSame( 'compensatory', $kind['2023-01-27'] );
		// Hùng Kings (Saturday 29/4), 30/4 (Sunday) and 1/5 (Monday): 2 and 3 May in lieu.
		$this->assertSame( 'holiday', $kind['2023-04-29'] );
		$this->assertSame( 'holiday', $kind['2023-05-01'] );
		$this->assertSame( 'compensatory', $kind['2023-05-02'] );
		$this->assertSame( 'compensatory', $kind['2023-05-03'] );
		// National Day on a Saturday: Monday 4 September in lieu.
		$this->assertSame( 'compensatory', $kind['2023-09-04'] );
		$this->assertCount( 6, array_keys( $kind, 'compensatory', true ) );
		$this->assertSame( array_keys( $days ), self::sorted( array_keys( $days ) ) );
	}

	public function test_the_tet_days_and_the_national_day_extra_are_settings(): void {
		$days = ( new PublicHolidays( array( -2, -1, 0, 1, 2 ), 'after' ) )->for_year( 2026 );

		// Tết 2026 is 17 February: two days before it to two days after.
		foreach ( array( '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19' ) as $date ) {
			$this->assertSame( 'holiday', $days[ $date ]['kind'], $date );
		}
		// 15 February is a Sunday: the first working day after the five, 20 February, is off.
		$this->assertSame( 'compensatory', $days['2026-02-20']['kind'] );
		$this->assertArrayNotHasKey( '2026-02-14', $days );
		$this->assertArrayHasKey( '2026-09-03', $days );
		$this->assertArrayNotHasKey( '2026-09-01', $days );
	}

	public function test_a_tet_day_before_new_year_can_fall_in_the_previous_gregorian_year(): void {
		// 1/1 lunar of 2023 is 22 January: offsets stay within January. Offsets far back
		// (-25) reach December of the previous year and are listed under that date.
		$days = ( new PublicHolidays( array( -25 ) ) )->for_year( 2023 );
		$this->assertArrayHasKey( '2022-12-28', $days );
	}

	/**
	 * Sorted copy.
	 *
	 * @param string[] $dates Dates.
	 * @return string[]
	 */
	private static function sorted( array $dates ): array {
		sort( $dates );
		return $dates;
	}
}
