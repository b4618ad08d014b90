<?php
/**
 * Daily reminders of feedback deadlines, and the overdue list for the head of the board.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Board\BoardPosition;
use Ttdt\Board\BoardMeta;
use Ttdt\Support\CronLock;
use Ttdt\Support\WriteSide;
use Ttdt\Support\PageView;
use Ttdt\Units\UnitPostType;

/**
 * Once a day (07:00 site time) every item still waiting for an answer whose deadline is
 * within `DUE_SOON_DAYS` or past is reminded to whoever holds it: the leader it was
 * forwarded to, else the unit (whose earlier link stays valid), else the board's handlers.
 * Each reminder is an event (`reminded`), and an item is reminded at most once a day even
 * if the check runs twice. The head of the board receives one list of the overdue items.
 *
 * @since 0.1.0
 */
final class FeedbackReminder implements WriteSide {

	/**
	 * Cron hook.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CRON_HOOK = 'ttdt_feedback_reminders';

	/**
	 * Days before the deadline from which an item is reminded.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const DUE_SOON_DAYS = 2;

	/**
	 * Items handled per run at most (the rest come the next day).
	 *
	 * @var int
	 */
	private const LIMIT = 500;

	/**
	 * Repository.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $items;

	/**
	 * Mails.
	 *
	 * @var DeskMailer
	 */
	private DeskMailer $mailer;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param FeedbackRepository $items  Repository.
	 * @param DeskMailer         $mailer Mails.
	 */
	public function __construct( FeedbackRepository $items, DeskMailer $mailer ) {
		$this->items  = $items;
		$this->mailer = $mailer;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// Kept scheduled by the admin, REST, cron and CLI requests, not by every page view.
		PageView::add_action_unless_page_view( 'init', array( $this, 'schedule' ) );
		add_action( self::CRON_HOOK, array( $this, 'run' ) );
		add_action( 'ttdt_deactivate', array( self::class, 'unschedule' ) );
	}

	/**
	 * Schedules the daily run once.
	 *
	 * @since 0.1.0
	 */
	public function schedule(): void {
		if ( wp_next_scheduled( self::CRON_HOOK ) ) {
			return;
		}
		$next = current_datetime()->setTime( 7, 0 );
		if ( $next->getTimestamp() <= time() ) {
			$next = $next->modify( '+1 day' );
		}
		wp_schedule_event( $next->getTimestamp(), 'daily', self::CRON_HOOK );
	}

	/**
	 * Removes the scheduled run.
	 *
	 * @since 0.1.0
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::CRON_HOOK );
	}

	/**
	 * Sends the day's reminders and the overdue list.
	 *
	 * @since 0.1.0
	 *
	 * @return array{reminded: int[], overdue: int[]} Item IDs.
	 */
	public function run(): array {
		$lock = CronLock::take( self::CRON_HOOK ); // Another node is running it: nothing to do. Released on return.
		if ( null === $lock ) {
			return array(
				'reminded' => array(),
				'overdue'  => array(),
			);
		}
		global $wpdb;

		$now    = gmdate( 'Y-m-d H:i:s' );
		$soon   = gmdate( 'Y-m-d H:i:s', time() + self::DUE_SOON_DAYS * DAY_IN_SECONDS );
		$today  = gmdate( 'Y-m-d H:i:s', current_datetime()->setTime( 0, 0 )->getTimestamp() );
		$items  = FeedbackTables::table( FeedbackTables::ITEMS );
		$events = FeedbackTables::table( FeedbackTables::EVENTS );
		// phpcs:ignore WordPress.DB -- own tables; one query for the day's work.
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT i.* FROM {$items} i
				WHERE i.status IN (%s, %s, %s) AND i.deadline_at IS NOT NULL AND i.deadline_at <= %s
				AND NOT EXISTS (SELECT 1 FROM {$events} e WHERE e.feedback_id = i.id AND e.kind = %s AND e.created_at >= %s)
				ORDER BY i.deadline_at, i.id LIMIT %d",
				FeedbackStatus::NEW,
				FeedbackStatus::CLASSIFIED,
				FeedbackStatus::FORWARDED,
				$soon,
				FeedbackEvent::REMINDED,
				$today,
				self::LIMIT
			),
			ARRAY_A
		);
		$reminded = array();
		$overdue  = array();
		foreach ( $rows ?: array() as $item ) {
			$late = (string) $item['deadline_at'] < $now;
			$to   = $this->recipients( $item );
			if ( $to && $this->mailer->reminder( $item, $to, $late ) ) {
				$this->items->append_event( (int) $item['id'], FeedbackEvent::REMINDED, array( 'user_id' => 0, 'data' => array( 'to' => count( $to ), 'overdue' => $late ) ) );
				$reminded[] = (int) $item['id'];
			}
			if ( $late ) {
				$overdue[] = $item;
			}
		}
		if ( $overdue ) {
			$this->mailer->overdue_list( $overdue, self::heads() );
		}
		return array(
			'reminded' => $reminded,
			'overdue'  => array_map( static fn( array $item ): int => (int) $item['id'], $overdue ),
		);
	}

	/**
	 * Who holds an item: its leader, else its unit, else everyone who handles feedback.
	 *
	 * @param array<string, mixed> $item Item row.
	 * @return string[] E-mail addresses.
	 */
	private function recipients( array $item ): array {
		if ( ! empty( $item['holder_user_id'] ) ) {
			$user = get_userdata( (int) $item['holder_user_id'] );
			if ( $user ) {
				return array( $user->user_email );
			}
		}
		if ( ! empty( $item['unit_id'] ) ) {
			$unit = UnitPostType::find( (int) $item['unit_id'] );
			if ( $unit && is_email( $unit['email'] ) ) {
				return array( $unit['email'] );
			}
		}
		return wp_list_pluck( get_users( array( 'capability' => Capabilities::HANDLE_FEEDBACK, 'fields' => array( 'user_email' ) ) ), 'user_email' );
	}

	/**
	 * The head of the board, or those who approve answers when no head is appointed.
	 *
	 * @return string[] E-mail addresses.
	 */
	private static function heads(): array {
		// phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of board members.
		$heads = get_users( array( 'meta_key' => BoardMeta::POSITION_META, 'meta_value' => BoardPosition::HEAD, 'fields' => array( 'user_email' ) ) );
		if ( ! $heads ) {
			$heads = get_users( array( 'capability' => Capabilities::ANSWER_FEEDBACK, 'fields' => array( 'user_email' ) ) );
		}
		return wp_list_pluck( $heads, 'user_email' );
	}
}
