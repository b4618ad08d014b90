<?php
/**
 * Counts the items each board member had published per week (Art. 8.1).
 *
 * @package Ttdt
 */

namespace Ttdt\Quota;

defined( 'ABSPATH' ) || exit;

use DateInterval;
use DateTimeImmutable;
use Ttdt\Board\BoardPosition;
use Ttdt\Board\BoardRoster;
use Ttdt\Publishing\PublishGate;
use Ttdt\Settings\Settings;
use WP_User;

/**
 * "Each member of the board must have at least one item published per week": an item counts
 * for its author (`post_author`, the member who wrote or entered it) in the week of its
 * publication date. The publication date is read from `post_date`, which WordPress keeps in
 * the site's local time, so weeks split at local midnight without converting each row.
 *
 * @since 0.1.0
 */
final class WeeklyQuota {

	/**
	 * Settings service.
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * The board roster: whose items count.
	 *
	 * @var BoardRoster
	 */
	private BoardRoster $roster;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings    $settings Settings service.
	 * @param BoardRoster $roster   The board roster.
	 */
	public function __construct( Settings $settings, BoardRoster $roster ) {
		$this->settings = $settings;
		$this->roster   = $roster;
	}

	/**
	 * Items each board member must have published per week; 0 when there is no quota.
	 *
	 * @since 0.1.0
	 *
	 * @return int
	 */
	public function quota(): int {
		return max( 0, (int) $this->settings->get( 'weekly_quota' ) );
	}

	/**
	 * The quota report for the last weeks.
	 *
	 * @since 0.1.0
	 *
	 * @param int                    $weeks Number of weeks, the current one included.
	 * @param DateTimeImmutable|null $now   Now in the site's time zone; defaults to the clock.
	 * @return array<string, mixed> Shaped as {@see QuotaSchema::report()}.
	 */
	public function report( int $weeks, ?DateTimeImmutable $now = null ): array {
		$now     = $now ?? current_datetime();
		$mondays = QuotaWeek::last( $now, max( 1, $weeks ) );
		$quota   = $this->quota();
		$counts  = $this->counts( $mondays[0], end( $mondays )->add( new DateInterval( 'P7D' ) ) );
		$today   = $now->format( 'Y-m-d' );

		$members = array();
		foreach ( $this->roster->members() as $user ) {
			$per_week = array();
			foreach ( $mondays as $monday ) {
				$per_week[] = $counts[ $user->ID ][ $monday->format( 'Y-m-d' ) ] ?? 0;
			}
			$this_week = (int) end( $per_week );
			$position  = $this->roster->position( $user->ID );
			$members[] = array(
				'id'             => $user->ID,
				'name'           => $user->display_name,
				'position'       => $position,
				'position_label' => BoardPosition::label( $position ),
				'in_office'      => $this->in_office( $user, $today ),
				'counts'         => $per_week,
				'this_week'      => $this_week,
				'behind'         => $quota > 0 && $this_week < $quota,
			);
		}

		return array(
			'quota'   => $quota,
			'weeks'   => array_map(
				static fn( DateTimeImmutable $monday ) => array(
					'start' => $monday->format( 'Y-m-d' ),
					'end'   => QuotaWeek::end( $monday )->format( 'Y-m-d' ),
				),
				$mondays
			),
			'members' => $members,
		);
	}

	/**
	 * Whether a member's term covers a day (an empty start or end is open).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_User $user Member.
	 * @param string  $day  Day, `Y-m-d`.
	 * @return bool
	 */
	public function in_office( WP_User $user, string $day ): bool {
		$board = $this->roster->read( $user->ID );
		return '' !== $board['position']
			&& ( '' === $board['term_start'] || $board['term_start'] <= $day )
			&& ( '' === $board['term_end'] || $board['term_end'] >= $day );
	}

	/**
	 * Published items per author and week, in one grouped query.
	 *
	 * `DATE_SUB( DATE( post_date ), INTERVAL WEEKDAY( post_date ) DAY )` is the Monday of the
	 * item's week (WEEKDAY is 0 on Monday). The range on `post_date` lets MySQL use the
	 * `type_status_date` index of the posts table.
	 *
	 * @param DateTimeImmutable $from  First Monday, midnight, site time.
	 * @param DateTimeImmutable $until The Monday after the last week, midnight, site time.
	 * @return array<int, array<string, int>> Author ID => week's Monday (`Y-m-d`) => items.
	 */
	private function counts( DateTimeImmutable $from, DateTimeImmutable $until ): array {
		global $wpdb;

		$types = '';
		foreach ( PublishGate::post_types() as $type ) {
			$types .= ( '' === $types ? '' : ' OR ' ) . $wpdb->prepare( 'post_type = %s', $type );
		}
		if ( '' === $types ) {
			return array();
		}

		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an aggregate no API offers; small result.
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT post_author AS author, DATE_SUB( DATE( post_date ), INTERVAL WEEKDAY( post_date ) DAY ) AS week_start, COUNT(*) AS items
				FROM {$wpdb->posts}
				WHERE ( {$types} ) AND post_status = 'publish' AND post_date >= %s AND post_date < %s
				GROUP BY post_author, week_start",
				$from->format( 'Y-m-d H:i:s' ),
				$until->format( 'Y-m-d H:i:s' )
			)
		);

		$counts = array();
		foreach ( (array) $rows as $row ) {
			// MySQL returns a DATE, SQLite a DATETIME: the first ten characters are the day.
			$counts[ (int) $row->author ][ substr( (string) $row->week_start, 0, 10 ) ] = (int) $row->items;
		}
		return $counts;
	}
}
