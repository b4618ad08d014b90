<?php
/**
 * Tests of the daily overdue reminder.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Workflow;

use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;
use Ttdt\Workflow\ItemDeadline;
use Ttdt\Workflow\OverdueReminder;
use Ttdt\Workflow\WorkflowMailer;
use Ttdt\Workflow\WorkflowMeta;

/**
 * The reminder pages through the whole review queue: an overdue item behind more than a page
 * of items still in time is announced too, and only once per deadline.
 */
final class OverdueReminderTest extends TestCase {

	/**
	 * An item in review received on the day given, written straight to the tables: the fixture
	 * needs hundreds of them, and the reminder only reads them.
	 *
	 * @param string $received `Y-m-d`.
	 * @param string $date     Post date (the queue is read oldest first).
	 * @return int Post ID.
	 */
	private static function in_review( string $received, string $date ): int {
		global $wpdb;
		$wpdb->insert(
			$wpdb->posts,
			array(
				'post_title'        => 'Tin chờ duyệt',
				'post_content'      => '',
				'post_excerpt'      => '',
				'to_ping'           => '',
				'pinged'            => '',
				'post_content_filtered' => '',
				'post_status'       => 'pending',
				'post_type'         => 'post',
				'post_date'         => $date,
				'post_date_gmt'     => get_gmt_from_date( $date ),
				'post_modified'     => $date,
				'post_modified_gmt' => get_gmt_from_date( $date ),
			)
		);
		$id = (int) $wpdb->insert_id;
		$wpdb->insert(
			$wpdb->postmeta,
			array(
				'post_id'    => $id,
				'meta_key'   => WorkflowMeta::RECEIVED_AT, // phpcs:ignore WordPress.DB.SlowDBQuery -- a fixture row.
				'meta_value' => $received, // phpcs:ignore WordPress.DB.SlowDBQuery -- a fixture row.
			)
		);
		return $id;
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

	public function test_an_overdue_item_behind_a_full_page_of_waiting_items_is_announced_once(): void {
		self::create_user( 'ttdt_moderator' );
		$mail = self::capture_mail();
		// More than a page (200) of items in time, all older than the overdue one.
		for ( $n = 0; $n < 201; $n++ ) {
			self::in_review( self::day( 0 ), sprintf( '2020-01-01 00:%02d:%02d', intdiv( $n, 60 ), $n % 60 ) );
		}
		$late = self::in_review( self::day( -12 ), current_time( 'mysql' ) );

		$deadlines = new ItemDeadline( new Settings() );
		$reminder  = new OverdueReminder( $deadlines, new WorkflowMailer( $deadlines ) );
		$before    = count( $mail );

		$this->assertSame( array( $late ), $reminder->run() );
		$this->assertGreaterThan( $before, count( $mail ), 'The moderators are mailed.' );
		$this->assertSame( $deadlines->of( $late ), get_post_meta( $late, WorkflowMeta::OVERDUE_NOTIFIED, true ) );
		$this->assertSame( array(), $reminder->run(), 'The same deadline is not announced twice.' );
	}
}
