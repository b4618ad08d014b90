<?php
/**
 * The figures of each commune's site, for the province.
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

use DateInterval;
use Ttdt\Archive\ArchiveStore;
use Ttdt\Board\BoardMeta;
use Ttdt\Board\BoardPosition;
use Ttdt\Calendar\Deadline;
use Ttdt\Calendar\WorkCalendar;
use Ttdt\Content\ItemTypes;
use Ttdt\Feedback\FeedbackStatus;
use Ttdt\Feedback\FeedbackTables;
use Ttdt\Quota\QuotaWeek;
use Ttdt\Royalty\LedgerTotals;
use Ttdt\Royalty\RoyaltyRules;
use Ttdt\Settings\Settings;
use Ttdt\Workflow\ItemDeadline;
use Ttdt\Workflow\WorkflowMeta;

/**
 * One row per site, read from the site's own tables while switched to it, with a fixed number
 * of queries per site whatever its size: counts and sums, never lists of items. The one list —
 * items in review that may be past their deadline — is capped at {@see self::CANDIDATES}:
 * a deadline depends on the site's calendar (holidays, working days), so it is checked in PHP,
 * but only for items received long enough ago for their deadline to have passed at all.
 *
 * @since 0.1.0
 */
final class NetworkOverview {

	/**
	 * Most items in review checked per site for a passed deadline.
	 *
	 * @var int
	 */
	private const CANDIDATES = 200;

	/**
	 * Most sites in one overview.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const MAX_SITES = 1000;

	/**
	 * Deadline calculators and their answers by receipt date, per set of calendar settings.
	 *
	 * @var array<string, array{deadline: Deadline, dates: array<string, string>}>
	 */
	private array $calendars = array();

	/**
	 * Every site's row, in site ID order.
	 *
	 * @since 0.1.0
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public function rows(): array {
		$rows = array();
		$ids  = get_sites(
			array(
				'fields'   => 'ids',
				'number'   => self::MAX_SITES,
				'orderby'  => 'id',
				'deleted'  => 0,
				'archived' => 0,
			)
		);
		foreach ( $ids as $id ) {
			switch_to_blog( (int) $id );
			try {
				$rows[] = $this->row( (int) $id );
			} finally {
				restore_current_blog();
			}
		}
		return $rows;
	}

	/**
	 * The current site's row.
	 *
	 * @since 0.1.0
	 *
	 * @param int $site_id The current site's ID.
	 * @return array<string, mixed>
	 */
	public function row( int $site_id ): array {
		$settings  = new Settings();
		$values    = $settings->all();
		$members   = $this->members();
		$year      = (int) current_datetime()->format( 'Y' );
		$counts    = $this->counts( $year );
		$published = $counts['published'];
		$quota     = (int) $values['weekly_quota'] * $members;
		$archive   = $this->last_archive();
		$row       = array(
			'id'               => $site_id,
			'name'             => (string) get_option( 'blogname' ),
			'url'              => home_url( '/' ),
			'unit_name'        => (string) $values['unit_name'],
			'published_week'   => $published,
			'quota_week'       => $quota,
			'board_members'    => $members,
			'pending_overdue'  => $this->pending_overdue( $settings ),
			'feedback_overdue' => $counts['feedback'],
			'royalty_spent'    => $counts['spent'],
			'royalty_budget'   => (int) ( RoyaltyRules::for_year( $year )['budget'] ?? 0 ),
			'archive_at'       => $archive['created_at'],
			'archive_status'   => $archive['status'],
		);

		$row['needs_attention'] = $published < $quota || $row['pending_overdue'] > 0 || $row['feedback_overdue'] > 0
			|| in_array( $row['archive_status'], array( 'none', 'invalid' ), true );
		return $row;
	}

	/**
	 * Board members of the site (the quota is per member).
	 *
	 * @return int
	 */
	private function members(): int {
		$query = new \WP_User_Query(
			array(
				'meta_key'    => BoardMeta::POSITION_META, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of users.
				'meta_value'  => BoardPosition::all(), // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of users.
				'meta_compare' => 'IN',
				'fields'      => 'ID',
				'number'      => 1,
				'count_total' => true,
			)
		);
		return (int) $query->get_total();
	}

	/**
	 * Three figures in one round trip to the database: items published since Monday (site
	 * time), feedback not answered by its deadline (read by the index on status and deadline),
	 * and royalties and fees booked in the year (the totals table, a few rows a month).
	 *
	 * @param int $year Fiscal year.
	 * @return array{published: int, feedback: int, spent: int}
	 */
	private function counts( int $year ): array {
		global $wpdb;
		$monday = QuotaWeek::last( current_datetime(), 1 )[0];
		$in     = '';
		foreach ( ItemTypes::all() as $type ) {
			$in .= ( '' === $in ? '' : ',' ) . $wpdb->prepare( '%s', $type );
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- counts no API offers cheaply.
		$row = $wpdb->get_row(
			$wpdb->prepare(
				"SELECT
				( SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type IN ({$in}) AND post_status = 'publish' AND post_date >= %s AND post_date < %s ) AS published,
				( SELECT COUNT(*) FROM %i WHERE status IN (%s, %s, %s) AND deadline_at IS NOT NULL AND deadline_at < %s ) AS feedback,
				( SELECT COALESCE( SUM( amount ), 0 ) FROM %i WHERE fiscal_year = %d ) AS spent",
				array_merge(
					array(
						$monday->format( 'Y-m-d H:i:s' ),
						$monday->add( new DateInterval( 'P7D' ) )->format( 'Y-m-d H:i:s' ),
						FeedbackTables::table( FeedbackTables::ITEMS ),
						FeedbackStatus::NEW,
						FeedbackStatus::CLASSIFIED,
						FeedbackStatus::FORWARDED,
						gmdate( 'Y-m-d H:i:s' ),
						LedgerTotals::name(),
						$year,
					)
				)
			),
			ARRAY_A
		);
		return array(
			'published' => (int) ( $row['published'] ?? 0 ),
			'feedback'  => (int) ( $row['feedback'] ?? 0 ),
			'spent'     => (int) ( $row['spent'] ?? 0 ),
		);
	}

	/**
	 * Items in review, not approved, past their approval deadline.
	 *
	 * The deadline of a receipt date depends only on the approval days, the way they are
	 * counted and the calendar (holidays, swapped days): sites that share these (most of a
	 * province, which sets them once) share one calendar and one answer per date.
	 *
	 * @param Settings $settings The site's settings.
	 * @return int
	 */
	private function pending_overdue( Settings $settings ): int {
		global $wpdb;
		$values = $settings->all();
		$days   = max( 1, (int) $values['approval_days'] );
		// A deadline is at least the approval days after the receipt: older receipts only.
		$received_before = current_datetime()->sub( new DateInterval( 'P' . $days . 'D' ) )->format( 'Y-m-d' );
		$in              = '';
		foreach ( ItemTypes::all() as $type ) {
			$in .= ( '' === $in ? '' : ',' ) . $wpdb->prepare( '%s', $type );
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- bounded candidates for the deadline check below.
		$received = $wpdb->get_col(
			$wpdb->prepare(
				"SELECT LEFT( r.meta_value, 10 ) FROM {$wpdb->posts} p
				INNER JOIN {$wpdb->postmeta} r ON r.post_id = p.ID AND r.meta_key = %s
				LEFT JOIN {$wpdb->postmeta} a ON a.post_id = p.ID AND a.meta_key = %s
				WHERE p.post_type IN ({$in}) AND p.post_status = 'pending' AND a.meta_id IS NULL AND LEFT( r.meta_value, 10 ) < %s
				ORDER BY r.meta_value LIMIT %d",
				array( WorkflowMeta::RECEIVED_AT, WorkflowMeta::APPROVED_BY, $received_before, self::CANDIDATES )
			)
		);
		if ( ! $received ) {
			return 0;
		}
		$key = md5( (string) wp_json_encode( array( $days, $values['approval_day_mode'], $values['tet_days'], $values['national_day_extra'], $values['swap_days'] ) ) );
		if ( ! isset( $this->calendars[ $key ] ) ) {
			$this->calendars[ $key ] = array(
				'deadline' => new Deadline( WorkCalendar::from_settings( $settings ) ),
				'dates'    => array(),
			);
		}
		$calendar = &$this->calendars[ $key ];
		$overdue  = 0;
		foreach ( $received as $date ) {
			if ( ! isset( $calendar['dates'][ $date ] ) ) {
				$calendar['dates'][ $date ] = $calendar['deadline']->calculate( (string) $date, $days, (string) $values['approval_day_mode'] )['deadline'];
			}
			$overdue += ItemDeadline::has_passed( $calendar['dates'][ $date ] ) ? 1 : 0;
		}
		return $overdue;
	}

	/**
	 * The newest archive package and its verification.
	 *
	 * @return array{created_at: string, status: string} Status `none` when there is no package.
	 */
	private function last_archive(): array {
		$newest = ( new ArchiveStore() )->all()[0] ?? null;
		if ( null === $newest ) {
			return array(
				'created_at' => '',
				'status'     => 'none',
			);
		}
		return array(
			// Site time, as every date the screens show: the package records UTC.
			'created_at' => get_date_from_gmt( gmdate( 'Y-m-d H:i:s', (int) strtotime( (string) $newest['created_at'] ) ), 'Y-m-d\TH:i:s' ),
			'status'     => (string) ( $newest['verification']['status'] ?? 'unchecked' ),
		);
	}
}
