<?php
/**
 * Tests of the time left before an item's approval deadline.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Workflow;

use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;
use Ttdt\Workflow\ItemDeadline;

/**
 * What the editor prints as "còn 2 ngày làm việc" / "quá hạn 1 ngày" comes from here.
 */
final class ItemDeadlineTest extends TestCase {

	/**
	 * The deadline service with the day-counting mode given.
	 *
	 * @param string $mode `calendar` or `working`.
	 * @return ItemDeadline
	 */
	private static function deadlines( string $mode ): ItemDeadline {
		$settings = new Settings();
		$settings->update( array( 'approval_day_mode' => $mode ) );
		return new ItemDeadline( $settings );
	}

	/**
	 * A day counted from today in the site's time.
	 *
	 * @param int $days Days from today (negative: before).
	 * @return string `Y-m-d`.
	 */
	private static function day( int $days ): string {
		return current_datetime()->modify( sprintf( '%+d days', $days ) )->format( 'Y-m-d' );
	}

	/**
	 * Calendar days: the days after today up to and including the deadline.
	 */
	public function test_calendar_days_left(): void {
		$deadlines = self::deadlines( 'calendar' );
		$this->assertSame(
			array(
				'days'    => 5,
				'unit'    => 'calendar',
				'overdue' => false,
			),
			$deadlines->time_left( self::day( 5 ) )
		);
		$this->assertSame( 0, $deadlines->time_left( self::day( 0 ) )['days'], 'A deadline today leaves 0 days, not overdue.' );
		$this->assertFalse( $deadlines->time_left( self::day( 0 ) )['overdue'] );
	}

	/**
	 * Working days skip the weekend: a week ahead holds at most five of them.
	 */
	public function test_working_days_skip_days_off(): void {
		$left = self::deadlines( 'working' )->time_left( self::day( 7 ) );
		$this->assertSame( 'working', $left['unit'] );
		$this->assertFalse( $left['overdue'] );
		$this->assertGreaterThanOrEqual( 1, $left['days'] );
		$this->assertLessThanOrEqual( 5, $left['days'] );
	}

	/**
	 * Once the deadline has passed: the calendar days since it, whatever the mode.
	 */
	public function test_overdue_counts_days_since_the_deadline(): void {
		foreach ( array( 'calendar', 'working' ) as $mode ) {
			$this->assertSame(
				array(
					'days'    => 2,
					'unit'    => 'calendar',
					'overdue' => true,
				),
				self::deadlines( $mode )->time_left( self::day( -2 ) ),
				$mode
			);
		}
	}
}
