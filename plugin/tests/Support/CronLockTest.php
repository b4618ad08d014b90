<?php
/**
 * Tests of the database lock around scheduled work.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

use Ttdt\Board\BoardRoster;
use Ttdt\Feedback\DeskMailer;
use Ttdt\Feedback\FeedbackPersonalData;
use Ttdt\Feedback\FeedbackPrivacy;
use Ttdt\Feedback\FeedbackReminder;
use Ttdt\Feedback\FeedbackRepository;
use Ttdt\Feedback\FeedbackStatus;
use Ttdt\Quota\QuotaReminder;
use Ttdt\Quota\WeeklyQuota;
use Ttdt\Settings\Settings;
use Ttdt\Support\CronLock;
use Ttdt\Workflow\ItemDeadline;
use Ttdt\Workflow\OverdueReminder;
use Ttdt\Workflow\WorkflowMailer;
use Ttdt\Workflow\WorkflowMeta;

/**
 * Two PHP nodes run the same cron event: "node A" is a lock taken by the test, "node B" the
 * handler. While A holds the lock, B returns at once without mail or write; once A releases
 * it (or dies and its lock expires), B does the work, once.
 */
final class CronLockTest extends TestCase {

	public function test_one_holder_at_a_time_and_an_expired_lock_is_taken_over_once(): void {
		$a = CronLock::take( 'ttdt_test_lock' );
		$this->assertNotNull( $a );
		$this->assertNull( CronLock::take( 'ttdt_test_lock' ), 'a second holder waits' );
		$a->release();
		$b = CronLock::take( 'ttdt_test_lock' );
		$this->assertNotNull( $b, 'free again once released' );
		$b->release();

		// A node that died holding the lock: taken ten minutes ago for five.
		$dead = CronLock::take( 'ttdt_test_lock', 5 * MINUTE_IN_SECONDS, time() - 10 * MINUTE_IN_SECONDS );
		$this->assertNotNull( $dead );
		$dead->keep(); // It never releases.
		$successor = CronLock::take( 'ttdt_test_lock' );
		$this->assertNotNull( $successor, 'an expired lock is taken over' );
		$this->assertNull( CronLock::take( 'ttdt_test_lock' ), 'by one node only' );
		$dead->release();
		$this->assertNull( CronLock::take( 'ttdt_test_lock' ), 'the dead holder cannot free its successor\'s lock' );
		unset( $successor ); // Released when it goes out of scope.
		$this->assertNotNull( CronLock::take( 'ttdt_test_lock' ) );
	}

	public function test_the_overdue_reminder_waits_for_the_node_holding_the_lock(): void {
		self::create_user( 'ttdt_moderator' );
		$late = self::create_post( array( 'post_status' => 'pending' ) )->ID;
		update_post_meta( $late, WorkflowMeta::RECEIVED_AT, current_datetime()->modify( '-12 days' )->format( 'Y-m-d' ) );
		$deadlines = new ItemDeadline( new Settings() );
		$reminder  = new OverdueReminder( $deadlines, new WorkflowMailer( $deadlines ) );
		$before    = count( $this->mail );

		$node_a = CronLock::take( OverdueReminder::CRON_HOOK );
		$this->assertSame( array(), $reminder->run(), 'node B returns at once' );
		$this->assertCount( $before, $this->mail, 'no mail while node A holds the lock' );
		$this->assertSame( '', get_post_meta( $late, WorkflowMeta::OVERDUE_NOTIFIED, true ), 'nothing written' );

		$node_a->release();
		$this->assertSame( array( $late ), $reminder->run() );
		$this->assertCount( $before + 1, $this->mail, 'one mail once the lock is free' );
		$this->assertSame( array(), $reminder->run(), 'and none on a run after' );
		$this->assertCount( $before + 1, $this->mail );

		// Node A died holding the lock: it expired, so the check is not blocked for ever.
		update_post_meta( $late, WorkflowMeta::RECEIVED_AT, current_datetime()->modify( '-20 days' )->format( 'Y-m-d' ) );
		CronLock::take( OverdueReminder::CRON_HOOK, MINUTE_IN_SECONDS, time() - HOUR_IN_SECONDS )->keep();
		$this->assertSame( array( $late ), $reminder->run(), 'an expired lock is taken over' );
		$this->assertCount( $before + 2, $this->mail );
	}

	public function test_the_feedback_reminder_waits_for_the_node_holding_the_lock(): void {
		$items  = new FeedbackRepository();
		$leader = self::create_user( 'ttdt_moderator' );
		$stored = $items->insert(
			array(
				'type'         => 'hoi_dap',
				'subject'      => 'Quá hạn',
				'content'      => 'Nội dung.',
				'name'         => 'Người thử',
				'email'        => 'nguoi-thu@example.org',
				'consent_text' => 'Đồng ý.',
				'deadline_at'  => gmdate( 'Y-m-d H:i:s', time() - DAY_IN_SECONDS ),
			)
		);
		$this->assertIsArray( $stored );
		$items->update( $stored['id'], array( 'holder_user_id' => $leader->ID, 'status' => FeedbackStatus::FORWARDED ) );
		$service = new FeedbackReminder( $items, new DeskMailer( new Settings() ) );
		$before  = count( $this->mail );

		$node_a = CronLock::take( FeedbackReminder::CRON_HOOK );
		$this->assertSame( array(), $service->run()['reminded'] );
		$this->assertCount( $before, $this->mail, 'no mail while node A holds the lock' );

		$node_a->release();
		$this->assertSame( array( $stored['id'] ), $service->run()['reminded'] );
		$this->assertGreaterThan( $before, count( $this->mail ) );
	}

	public function test_the_weekly_quota_run_and_the_retention_wait_for_the_node_holding_the_lock(): void {
		delete_option( QuotaReminder::LAST_WEEK_OPTION );
		$quota  = new QuotaReminder( new WeeklyQuota( new Settings(), new BoardRoster() ) );
		$node_a = CronLock::take( QuotaReminder::HOOK );
		$quota->run_scheduled();
		$this->assertFalse( get_option( QuotaReminder::LAST_WEEK_OPTION ), 'the week is not marked by node B' );
		$node_a->release();
		$quota->run_scheduled();
		$this->assertNotFalse( get_option( QuotaReminder::LAST_WEEK_OPTION ) );

		$repository = new FeedbackRepository();
		$old        = $repository->insert(
			array(
				'type'         => 'hoi_dap',
				'subject'      => 'Cũ',
				'content'      => 'Nội dung.',
				'name'         => 'Lê Thị Hoa',
				'email'        => 'hoa@example.org',
				'consent_text' => 'Đồng ý.',
				'received_at'  => gmdate( 'Y-m-d H:i:s', strtotime( '-25 months' ) ),
			)
		);
		$this->assertIsArray( $old );
		$privacy = new FeedbackPrivacy( $repository, new FeedbackPersonalData( $repository ), new Settings() );
		$node_a  = CronLock::take( FeedbackPrivacy::CRON_HOOK );
		$this->assertSame( 0, $privacy->run_retention() );
		$this->assertSame( 'hoa@example.org', $repository->find( $old['id'] )['email'], 'nothing erased by node B' );
		$node_a->release();
		$this->assertGreaterThanOrEqual( 1, $privacy->run_retention() );
		$this->assertNull( $repository->find( $old['id'] )['email'] );
	}
}
