<?php
/**
 * Tests of the approval deadline.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Calendar;

use Ttdt\Calendar\Deadline;
use Ttdt\Calendar\PublicHolidays;
use Ttdt\Calendar\WorkCalendar;
use Ttdt\Tests\Support\TestCase;

/**
 * Art. 8.1's three days, counted from the day after receipt, around Tết and 30/4 of 2025.
 */
final class DeadlineTest extends TestCase {

	/**
	 * Received, days, mode, swap days of 2025 or none, expected deadline, days off noted.
	 *
	 * @return array<string, array{string, int, string, bool, string, int}>
	 */
	public static function cases(): array {
		return array(
			'working days across Tết'                 => array( '2025-01-24', 3, 'working', false, '2025-02-05', 9 ),
			'working days across Tết with the swaps'  => array( '2025-01-24', 3, 'working', true, '2025-02-06', 10 ),
			'calendar days ending on a Monday'        => array( '2025-01-24', 3, 'calendar', false, '2025-01-27', 0 ),
			'calendar days ending in Tết move past it' => array( '2025-01-25', 3, 'calendar', false, '2025-02-04', 7 ),
			'calendar days ending on a Sunday'        => array( '2025-04-24', 3, 'calendar', false, '2025-04-28', 1 ),
			'working days before 30/4'                => array( '2025-04-24', 3, 'working', false, '2025-04-29', 2 ),
			'working days across 30/4 and 1/5'        => array( '2025-04-28', 3, 'working', false, '2025-05-05', 4 ),
			'zero days count as one'                  => array( '2025-03-03', 0, 'working', false, '2025-03-04', 0 ),
			'the day of receipt is not counted'       => array( '2025-03-03', 1, 'calendar', false, '2025-03-04', 0 ),
		);
	}

	/**
	 * @dataProvider cases
	 *
	 * @param string $received Receipt date.
	 * @param int    $days     Days.
	 * @param string $mode     Counting mode.
	 * @param bool   $swaps    Whether the 2025 swap days apply.
	 * @param string $expected Deadline.
	 * @param int    $noted    Number of days off listed.
	 */
	public function test_deadline( string $received, int $days, string $mode, bool $swaps, string $expected, int $noted ): void {
		$calendar = new WorkCalendar(
			new PublicHolidays(),
			$swaps ? array(
				array(
					'date' => '2025-01-27',
					'type' => 'off',
				),
				array(
					'date' => '2025-02-08',
					'type' => 'work',
				),
			) : array()
		);
		$result = ( new Deadline( $calendar ) )->calculate( $received, $days, $mode );

		$this->assertSame( $expected, $result['deadline'] );
		$this->assertCount( $noted, $result['days_off'] );
		foreach ( $result['days_off'] as $off ) {
			$this->assertGreaterThan( $received, $off['date'] );
			$this->assertLessThan( $expected, $off['date'] );
			$this->assertNotNull( $calendar->day_off( new \DateTimeImmutable( $off['date'] ) ) );
		}
	}

	public function test_a_calendar_of_only_days_off_stops_instead_of_looping(): void {
		$swaps = array();
		for ( $day = 1; $day <= 90; $day++ ) {
			$swaps[] = array(
				'date' => gmdate( 'Y-m-d', gmmktime( 0, 0, 0, 3, $day, 2025 ) ),
				'type' => 'off',
			);
		}
		$result = ( new Deadline( new WorkCalendar( new PublicHolidays(), $swaps ) ) )->calculate( '2025-02-28', 3, 'working' );

		$this->assertLessThanOrEqual( 62, count( $result['days_off'] ) );
		$this->assertLessThan( '2025-06-01', $result['deadline'] );
	}
}
