<?php
/**
 * Tests of the daily feedback reminders and the overdue list.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Feedback;

use Ttdt\Board\BoardMeta;
use Ttdt\Feedback\DeskMailer;
use Ttdt\Feedback\FeedbackChannel;
use Ttdt\Feedback\FeedbackEvent;
use Ttdt\Feedback\FeedbackReminder;
use Ttdt\Feedback\FeedbackRepository;
use Ttdt\Feedback\FeedbackStatus;
use Ttdt\Feedback\FeedbackType;
use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;

/**
 * Who holds an item is reminded, once a day; the head gets the overdue items.
 */
final class FeedbackReminderTest extends TestCase {

	/**
	 * Stores an item with a deadline some hours from now.
	 *
	 * @param FeedbackRepository   $items  Repository.
	 * @param int                  $hours  Hours to the deadline (negative: past).
	 * @param array<string, mixed> $fields Columns to set after.
	 * @return int
	 */
	private static function item( FeedbackRepository $items, int $hours, array $fields = array() ): int {
		$stored = $items->insert(
			array(
				'type'         => FeedbackType::REPORT,
				'channel'      => FeedbackChannel::ONLINE,
				'subject'      => "Hạn {$hours} giờ",
				'content'      => 'Nội dung.',
				'name'         => 'Người thử',
				'email'        => 'nguoi-thu@example.org',
				'consent_text' => 'Đồng ý.',
				'deadline_at'  => gmdate( 'Y-m-d H:i:s', time() + $hours * HOUR_IN_SECONDS ),
				'ip_hash'      => str_repeat( 'd', 64 ),
			)
		);
		self::assertIsArray( $stored );
		if ( $fields ) {
			$items->update( $stored['id'], $fields );
		}
		return $stored['id'];
	}

	public function test_holders_are_reminded_once_a_day_and_the_head_gets_the_overdue_list(): void {
		$items   = new FeedbackRepository();
		$leader  = self::create_user( 'ttdt_moderator' );
		$head    = self::create_user( 'ttdt_publisher' );
		update_user_meta( $head->ID, BoardMeta::POSITION_META, 'head' );
		$unit    = self::create_post( array( 'post_type' => 'ttdt_unit', 'post_status' => 'publish', 'post_title' => 'Công an xã' ) );
		update_post_meta( $unit->ID, 'ttdt_unit_email', 'cong-an@example.org' );
		$late    = self::item( $items, -5, array( 'holder_user_id' => $leader->ID, 'status' => FeedbackStatus::FORWARDED ) );
		$soon    = self::item( $items, 20, array( 'unit_id' => $unit->ID, 'status' => FeedbackStatus::FORWARDED ) );
		$far     = self::item( $items, 24 * 10 );
		$done    = self::item( $items, -30, array( 'status' => FeedbackStatus::ANSWERED ) );
		$service = new FeedbackReminder( $items, new DeskMailer( new Settings() ) );

		$first  = $service->run();
		$sent   = count( $this->mail );
		$second = $service->run();

		$this->assertContains( $late, $first['reminded'] );
		$this->assertContains( $soon, $first['reminded'] );
		$this->assertNotContains( $far, $first['reminded'] );
		$this->assertNotContains( $done, $first['reminded'] );
		$this->assertContains( $late, $first['overdue'] );
		$this->assertNotContains( $soon, $first['overdue'] );
		$this->assertSame( array(), $second['reminded'], 'reminded once a day' );
		$this->assertCount( $sent, $this->mail, 'no second round of mail' );

		$to = static fn( array $mail ): array => (array) $mail['to'];
		$for_leader = array_values( array_filter( (array) $this->mail->getArrayCopy(), static fn( $m ) => in_array( $leader->user_email, $to( $m ), true ) ) );
		$this->assertCount( 1, $for_leader );
		$this->assertStringContainsString( 'Hạn -5 giờ', $for_leader[0]['message'] );
		$for_unit = array_filter( (array) $this->mail->getArrayCopy(), static fn( $m ) => in_array( 'cong-an@example.org', $to( $m ), true ) );
		$this->assertCount( 1, $for_unit );
		$for_head = array_values( array_filter( (array) $this->mail->getArrayCopy(), static fn( $m ) => in_array( $head->user_email, $to( $m ), true ) ) );
		$this->assertCount( 1, $for_head );
		$this->assertStringContainsString( 'Hạn -5 giờ', $for_head[0]['message'] );
		$this->assertStringNotContainsString( 'Hạn 20 giờ', $for_head[0]['message'] );
		$kinds = array_column( $items->events( $late ), 'kind' );
		$this->assertContains( FeedbackEvent::REMINDED, $kinds );
	}
}
