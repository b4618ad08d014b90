<?php
/**
 * Citizens' feedback received, answered and overdue in a period, by type and unit (Art. 9).
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

use Ttdt\Feedback\FeedbackTables;
use Ttdt\Feedback\FeedbackType;

/**
 * Read from the feedback table in one grouped query per breakdown:
 *
 * - received: `received_at` in the period;
 * - answered: `answered_at` in the period (whenever it was received);
 * - overdue: `deadline_at` in the period and already past, with no answer by then.
 *
 * @since 0.1.0
 */
final class FeedbackActivity {

	/**
	 * The figures of a period.
	 *
	 * @since 0.1.0
	 *
	 * @param ReportPeriod $period The period.
	 * @return array{totals: array{received: int, answered: int, overdue: int}, by_type: array<int, array<string, mixed>>, by_unit: array<int, array<string, mixed>>}
	 */
	public function report( ReportPeriod $period ): array {
		global $wpdb;

		$now    = min( gmdate( 'Y-m-d H:i:s' ), $period->utc_end() );
		$sums   = $wpdb->prepare(
			'SUM(f.received_at BETWEEN %s AND %s) AS received,
			SUM(COALESCE(f.answered_at BETWEEN %s AND %s, 0)) AS answered,
			SUM(COALESCE(f.deadline_at BETWEEN %s AND %s AND (f.answered_at IS NULL OR f.answered_at > f.deadline_at), 0)) AS overdue',
			$period->utc_start(),
			$period->utc_end(),
			$period->utc_start(),
			$period->utc_end(),
			$period->utc_start(),
			$now
		);
		$where  = $wpdb->prepare(
			'WHERE f.received_at BETWEEN %s AND %s OR f.answered_at BETWEEN %s AND %s OR f.deadline_at BETWEEN %s AND %s',
			$period->utc_start(),
			$period->utc_end(),
			$period->utc_start(),
			$period->utc_end(),
			$period->utc_start(),
			$period->utc_end()
		);
		$table  = FeedbackTables::table( FeedbackTables::ITEMS );
		$totals = (array) $wpdb->get_row( "SELECT {$sums} FROM {$table} f {$where}", ARRAY_A ); // phpcs:ignore WordPress.DB -- own table, prepared above.
		$types  = (array) $wpdb->get_results( "SELECT f.type AS k, {$sums} FROM {$table} f {$where} GROUP BY f.type ORDER BY received DESC, k", ARRAY_A ); // phpcs:ignore WordPress.DB -- as above.
		$units  = (array) $wpdb->get_results( // phpcs:ignore WordPress.DB -- as above; the units are posts.
			"SELECT COALESCE(f.unit_id, 0) AS k, MAX(u.post_title) AS label, {$sums} FROM {$table} f LEFT JOIN {$wpdb->posts} u ON u.ID = f.unit_id {$where} GROUP BY k ORDER BY received DESC, k",
			ARRAY_A
		);

		return array(
			'totals'  => self::numbers( $totals ),
			'by_type' => array_map(
				static fn( array $row ): array => array(
					'key'   => (string) $row['k'],
					'label' => FeedbackType::label( (string) $row['k'] ),
				) + self::numbers( $row ),
				$types
			),
			'by_unit' => array_map(
				static fn( array $row ): array => array(
					'key'   => (string) $row['k'],
					'label' => (string) $row['label'],
				) + self::numbers( $row ),
				$units
			),
		);
	}

	/**
	 * The three figures of a row as integers.
	 *
	 * @param array<string, mixed> $row Row.
	 * @return array{received: int, answered: int, overdue: int}
	 */
	private static function numbers( array $row ): array {
		return array(
			'received' => (int) ( $row['received'] ?? 0 ),
			'answered' => (int) ( $row['answered'] ?? 0 ),
			'overdue'  => (int) ( $row['overdue'] ?? 0 ),
		);
	}
}
