<?php
/**
 * Daily reminder of items waiting for approval past their deadline.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemTypes;
use Ttdt\Support\CronLock;
use Ttdt\Support\WriteSide;
use Ttdt\Support\PageView;
use WP_Post;

/**
 * Once a day (07:00 site time) the moderators and the head of the board get one e-mail listing
 * the items that became overdue since the last reminder; each item is announced once per
 * deadline. Moderators can also run the check by hand from the review queue.
 *
 * @since 0.1.0
 */
final class OverdueReminder implements WriteSide {

	/**
	 * Cron hook.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CRON_HOOK = 'ttdt_workflow_overdue_check';

	/**
	 * Items looked at per query. Every waiting item is looked at, page after page: the
	 * reminder must not fall silent on the items a backlog pushed past the first page.
	 *
	 * @var int
	 */
	private const BATCH = 200;

	/**
	 * Deadlines.
	 *
	 * @var ItemDeadline
	 */
	private ItemDeadline $deadlines;

	/**
	 * Mailer.
	 *
	 * @var WorkflowMailer
	 */
	private WorkflowMailer $mailer;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ItemDeadline   $deadlines Deadlines.
	 * @param WorkflowMailer $mailer    Mailer.
	 */
	public function __construct( ItemDeadline $deadlines, WorkflowMailer $mailer ) {
		$this->deadlines = $deadlines;
		$this->mailer    = $mailer;
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
	 * Schedules the daily check once.
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
	 * When the check runs next, ISO 8601 in site time, or null when it is not scheduled.
	 *
	 * @since 0.1.0
	 *
	 * @return string|null
	 */
	public static function next_run(): ?string {
		$next = wp_next_scheduled( self::CRON_HOOK );
		return $next ? wp_date( DATE_ATOM, $next ) : null;
	}

	/**
	 * Removes the scheduled check.
	 *
	 * @since 0.1.0
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::CRON_HOOK );
	}

	/**
	 * Sends the reminder for items that became overdue since they were last announced.
	 *
	 * @since 0.1.0
	 *
	 * @return int[] IDs of the items announced.
	 */
	public function run(): array {
		$lock = CronLock::take( self::CRON_HOOK ); // Another node is running it: nothing to do. Released on return.
		if ( null === $lock ) {
			return array();
		}
		$items = array();
		for ( $page = 1; ; $page++ ) {
			$ids = $this->waiting( $page );
			// One meta query per page instead of one per item; the posts themselves (their
			// content may be large) are loaded only for the items announced.
			update_meta_cache( 'post', $ids );
			foreach ( $ids as $id ) {
				$deadline = $this->deadlines->of( $id );
				if ( ! ItemDeadline::has_passed( $deadline ) || get_post_meta( $id, WorkflowMeta::OVERDUE_NOTIFIED, true ) === $deadline ) {
					continue;
				}
				$post = get_post( $id );
				if ( $post instanceof WP_Post ) {
					$items[] = array(
						'post'     => $post,
						'deadline' => (string) $deadline,
					);
				}
			}
			if ( count( $ids ) < self::BATCH ) {
				break;
			}
		}
		if ( ! $items ) {
			return array();
		}

		$this->mailer->overdue( $items );
		foreach ( $items as $item ) {
			update_post_meta( $item['post']->ID, WorkflowMeta::OVERDUE_NOTIFIED, $item['deadline'] );
		}
		return array_map( static fn( array $item ): int => $item['post']->ID, $items );
	}

	/**
	 * One page of the items submitted and not yet approved, oldest first (the order is total,
	 * so pages neither overlap nor skip an item).
	 *
	 * @param int $page Page, from 1.
	 * @return int[]
	 */
	private function waiting( int $page ): array {
		return array_map(
			'intval',
			get_posts(
				array(
					'post_type'        => ItemTypes::all(),
					'post_status'      => 'pending',
					'posts_per_page'   => self::BATCH,
					'paged'            => $page,
					'fields'           => 'ids',
					'no_found_rows'    => true,
					'orderby'          => array(
						'date' => 'ASC',
						'ID'   => 'ASC',
					),
					'suppress_filters' => true,
					'meta_query'       => array( // phpcs:ignore WordPress.DB.SlowDBQuery -- only items in review.
						array(
							'key'     => WorkflowMeta::APPROVED_BY,
							'compare' => 'NOT EXISTS',
						),
					),
				)
			)
		);
	}
}
