<?php
/**
 * Tests of the feedback deadlines per type.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Feedback;

use Ttdt\Feedback\FeedbackDeadline;
use Ttdt\Feedback\FeedbackRepository;
use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;

/**
 * Working or calendar days on the portal's calendar, from the settings.
 */
final class FeedbackDeadlineTest extends TestCase {

	/**
	 * Deadline service over the real settings.
	 *
	 * @param array<string, mixed> $settings Settings to store first.
	 * @return FeedbackDeadline
	 */
	private static function deadline( array $settings ): FeedbackDeadline {
		update_option( 'timezone_string', 'Asia/Ho_Chi_Minh' );
		$service = new Settings();
		self::assertIsArray( $service->update( $settings ) );
		return new FeedbackDeadline( $service, new FeedbackRepository() );
	}

	public function test_working_days_skip_the_weekend_and_end_at_midnight_local_time(): void {
		$deadline = self::deadline(
			array(
				'feedback_deadline_days'    => array( 'phan_anh' => 3 ),
				'feedback_deadline_working' => true,
			)
		);

		// Received Thursday 2026-03-05 10:00 in Hà Nội (03:00 UTC): Fri, Mon, Tue are counted.
		$this->assertSame( '2026-03-10 16:59:59', $deadline->for_item( 'phan_anh', '2026-03-05 03:00:00' ) );
	}

	public function test_calendar_days_move_a_deadline_off_the_weekend(): void {
		$deadline = self::deadline(
			array(
				'feedback_deadline_days'    => array( 'hoi_dap' => 2 ),
				'feedback_deadline_working' => false,
			)
		);

		// Thursday + 2 calendar days = Saturday, which moves to Monday 2026-03-09.
		$this->assertSame( '2026-03-09 16:59:59', $deadline->for_item( 'hoi_dap', '2026-03-05 03:00:00' ) );
	}

	public function test_a_receipt_late_in_the_utc_day_counts_from_the_local_day(): void {
		$deadline = self::deadline(
			array(
				'feedback_deadline_days'    => array( 'gop_y' => 1 ),
				'feedback_deadline_working' => true,
			)
		);

		// 2026-03-05 18:00 UTC is Friday 01:00 in Hà Nội: the next working day is Monday.
		$this->assertSame( '2026-03-09 16:59:59', $deadline->for_item( 'gop_y', '2026-03-05 18:00:00' ) );
	}

	public function test_types_without_a_setting_use_the_defaults_and_bad_settings_are_refused(): void {
		$deadline = self::deadline( array( 'feedback_deadline_days' => array() ) );
		$this->assertSame( FeedbackDeadline::DEFAULT_DAYS['kien_nghi'], $deadline->days( 'kien_nghi' ) );

		$result = ( new Settings() )->update( array( 'feedback_deadline_days' => array( 'phan_anh' => 0 ) ) );
		$this->assertInstanceOf( \WP_Error::class, $result );
		$result = ( new Settings() )->update( array( 'feedback_deadline_days' => array( 'unknown' => 5 ) ) );
		$this->assertInstanceOf( \WP_Error::class, $result );
	}
}
