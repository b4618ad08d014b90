<?php
/**
 * Tests of the working-day calendar.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Calendar;

use DateTimeImmutable;
use Ttdt\Calendar\PublicHolidays;
use Ttdt\Calendar\WorkCalendar;
use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;

/**
 * The swap days are those of the government's notice for Tết 2025: Monday 27 January off,
 * made up on Saturday 8 February.
 */
final class WorkCalendarTest extends TestCase {

	/**
	 * The 2025 calendar with its swap days.
	 *
	 * @return WorkCalendar
	 */
	private static function calendar_2025(): WorkCalendar {
		return new WorkCalendar(
			new PublicHolidays(),
			array(
				array(
					'date' => '2025-01-27',
					'type' => 'off',
					'note' => 'Nghỉ bù Tết',
				),
				array(
					'date' => '2025-02-08',
					'type' => 'work',
				),
			)
		);
	}

	/**
	 * Days and why they are off (null: a working day).
	 *
	 * @return array<string, array{string, string|null}>
	 */
	public static function days(): array {
		return array(
			'an ordinary Monday'                  => array( '2025-03-03', null ),
			'Saturday'                            => array( '2025-03-08', 'weekend' ),
			'Sunday'                              => array( '2025-03-09', 'weekend' ),
			'first day of Tết'                    => array( '2025-01-29', 'holiday' ),
			'Tết on a Saturday stays a holiday'   => array( '2025-02-01', 'holiday' ),
			'day in lieu'                         => array( '2025-02-03', 'compensatory' ),
			'a Monday the government gave off'    => array( '2025-01-27', 'swap' ),
			'a Saturday worked to make up for it' => array( '2025-02-08', null ),
			'Hùng Kings day'                      => array( '2025-04-07', 'holiday' ),
		);
	}

	/**
	 * @dataProvider days
	 *
	 * @param string      $date Day.
	 * @param string|null $kind Expected kind of day off.
	 */
	public function test_day_off( string $date, ?string $kind ): void {
		$off = self::calendar_2025()->day_off( new DateTimeImmutable( $date . ' 15:30' ) );
		$this->assertSame( $kind, $off['kind'] ?? null );
		if ( null !== $off ) {
			$this->assertNotSame( '', $off['name'] );
		}
	}

	public function test_a_swap_day_carries_its_note(): void {
		$this->assertSame( 'Nghỉ bù Tết', self::calendar_2025()->day_off( new DateTimeImmutable( '2025-01-27' ) )['name'] );
	}

	public function test_days_off_in_a_year_list_holidays_and_swaps_by_date(): void {
		$list = self::calendar_2025()->days_off_in( 2025 );
		$this->assertSame( array_column( $list, 'date' ), self::sorted( array_column( $list, 'date' ) ) );

		$kinds = array_column( $list, 'kind', 'date' );
		$this->assertSame( 'swap', $kinds['2025-01-27'] );
		$this->assertSame( 'swap_work', $kinds['2025-02-08'] );
		$this->assertSame( 'holiday', $kinds['2025-09-02'] );
		$this->assertCount( 14, $list );
		// A swap day of another year does not leak into this one.
		$this->assertSame( array(), array_filter( array_column( $list, 'date' ), static fn( string $date ): bool => ! str_starts_with( $date, '2025-' ) ) );
	}

	public function test_from_settings_reads_the_tet_days_national_day_and_swaps(): void {
		update_option(
			Settings::OPTION,
			array(
				'tet_days'           => array( -2, -1, 0, 1, 2 ),
				'national_day_extra' => 'after',
				'swap_days'          => array(
					array(
						'date' => '2026-01-02',
						'type' => 'off',
						'note' => '',
					),
				),
			)
		);
		$calendar = WorkCalendar::from_settings( new Settings() );

		$this->assertSame( 'holiday', $calendar->day_off( new DateTimeImmutable( '2026-02-15' ) )['kind'] );
		$this->assertSame( 'holiday', $calendar->day_off( new DateTimeImmutable( '2026-09-03' ) )['kind'] );
		$this->assertNull( $calendar->day_off( new DateTimeImmutable( '2026-09-01' ) ) );
		$this->assertSame( 'swap', $calendar->day_off( new DateTimeImmutable( '2026-01-02' ) )['kind'] );
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
