<?php
/**
 * The weekly reminder to board members who are behind their quota (Art. 8.1).
 *
 * @package Ttdt
 */

namespace Ttdt\Quota;

defined( 'ABSPATH' ) || exit;

use DateInterval;
use DateTimeImmutable;
use Ttdt\Support\CronLock;
use Ttdt\Support\WriteSide;
use Ttdt\Support\PageView;

/**
 * Runs on Thursday at 08:00 site time and reminds those who have fewer items published in
 * the *current* week than the quota: mid-week there are still four days to catch up, while a
 * reminder about last week could only record a failure. Administrators can also send it by
 * hand from the quota screen.
 *
 * @since 0.1.0
 */
final class QuotaReminder implements WriteSide {

	/**
	 * Cron hook of the weekly run.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const HOOK = 'ttdt_quota_reminder';

	/**
	 * Option: Monday (`Y-m-d`) of the week the scheduled reminder last went out, so a cron
	 * run repeated in the same week sends nothing twice.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const LAST_WEEK_OPTION = 'ttdt_quota_reminder_week';

	/**
	 * ISO day of the week of the run (4 = Thursday).
	 *
	 * @var int
	 */
	private const RUN_DAY = 4;

	/**
	 * Hour of the run, site time.
	 *
	 * @var int
	 */
	private const RUN_HOUR = 8;

	/**
	 * Quota counter.
	 *
	 * @var WeeklyQuota
	 */
	private WeeklyQuota $quota;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param WeeklyQuota $quota Quota counter.
	 */
	public function __construct( WeeklyQuota $quota ) {
		$this->quota = $quota;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// Kept scheduled by the admin, REST, cron and CLI requests, not by every page view.
		PageView::add_action_unless_page_view( 'init', array( self::class, 'maybe_schedule' ) );
		add_action( self::HOOK, array( $this, 'run_scheduled' ) );
		add_action( 'ttdt_deactivate', array( self::class, 'unschedule' ) );
	}

	/**
	 * Schedules the weekly run unless it is scheduled already.
	 *
	 * @since 0.1.0
	 */
	public static function maybe_schedule(): void {
		if ( false === wp_next_scheduled( self::HOOK ) ) {
			wp_schedule_event( self::next_run( current_datetime() )->getTimestamp(), 'weekly', self::HOOK );
		}
	}

	/**
	 * Removes the weekly run (on deactivation).
	 *
	 * @since 0.1.0
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::HOOK );
	}

	/**
	 * The next Thursday 08:00 in the site's time zone, after a moment.
	 *
	 * @since 0.1.0
	 *
	 * @param DateTimeImmutable $now Now, site time.
	 * @return DateTimeImmutable
	 */
	public static function next_run( DateTimeImmutable $now ): DateTimeImmutable {
		$run = QuotaWeek::start( $now )
			->add( new DateInterval( 'P' . ( self::RUN_DAY - 1 ) . 'D' ) )
			->setTime( self::RUN_HOUR, 0 );
		return $run > $now ? $run : $run->add( new DateInterval( 'P7D' ) );
	}

	/**
	 * The scheduled run: once per week at most.
	 *
	 * @since 0.1.0
	 */
	public function run_scheduled(): void {
		// Checked and marked under the lock: two nodes running the event at once would both
		// find the week unmarked.
		$lock = CronLock::take( self::HOOK );
		if ( null === $lock ) {
			return;
		}
		$now    = current_datetime();
		$monday = QuotaWeek::start( $now )->format( 'Y-m-d' );
		if ( get_option( self::LAST_WEEK_OPTION ) === $monday ) {
			return;
		}
		update_option( self::LAST_WEEK_OPTION, $monday, false );
		$this->send( $now );
	}

	/**
	 * E-mails every member in office who is behind this week.
	 *
	 * @since 0.1.0
	 *
	 * @param DateTimeImmutable|null $now Now, site time; defaults to the clock.
	 * @return array<int, array{id: int, name: string, published: int, sent: bool}> One entry per member reminded.
	 */
	public function send( ?DateTimeImmutable $now = null ): array {
		$now    = $now ?? current_datetime();
		$report = $this->quota->report( 1, $now );
		$quota  = (int) $report['quota'];
		$monday = QuotaWeek::start( $now );
		$result = array();
		if ( $quota < 1 ) {
			return $result;
		}
		foreach ( $report['members'] as $member ) {
			if ( ! $member['in_office'] || ! $member['behind'] ) {
				continue;
			}
			$user = get_userdata( $member['id'] );
			if ( ! $user ) {
				continue;
			}
			$result[] = array(
				'id'        => $member['id'],
				'name'      => $member['name'],
				'published' => $member['this_week'],
				'sent'      => ReminderMail::send( $user, $member['this_week'], $quota, $monday ),
			);
		}

		/**
		 * Fires after the quota reminders went out.
		 *
		 * @since 0.1.0
		 *
		 * @param array<int, array<string, mixed>> $result One entry per member reminded.
		 * @param string                           $monday First day of the week, `Y-m-d`.
		 */
		do_action( 'ttdt_quota_reminders_sent', $result, $monday->format( 'Y-m-d' ) );
		return $result;
	}
}
