<?php
/**
 * Statistics of the feedback handled: counts, response times, answers within the deadline.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Units\UnitPostType;

/**
 * Every figure is aggregated in SQL on the feedback table (prepared, one query each): the
 * table grows by the thousand and PHP should never walk it. Months are the site's local
 * months; response time is from receipt to the answer being sent, in hours. The median and
 * the 90th percentile use MariaDB's `PERCENTILE_CONT` (10.3.3+).
 *
 * @since 0.1.0
 */
final class FeedbackStats {

	/**
	 * The figures for items received in a period.
	 *
	 * @since 0.1.0
	 *
	 * @param string $from First day, `Y-m-d` (site time).
	 * @param string $to   Last day, `Y-m-d` (site time).
	 * @return array{
	 *     total: int,
	 *     by_status: array<int, array{key: string, count: int}>,
	 *     by_type: array<int, array{key: string, count: int}>,
	 *     by_unit: array<int, array{key: string, label: string, count: int}>,
	 *     by_month: array<int, array{key: string, count: int, answered: int}>,
	 *     answered: int,
	 *     median_hours: float|null,
	 *     p90_hours: float|null,
	 *     within_deadline: float|null
	 * }
	 */
	public function report( string $from, string $to ): array {
		global $wpdb;

		$table  = FeedbackTables::table( FeedbackTables::ITEMS );
		$offset = (int) round( (float) get_option( 'gmt_offset' ) * HOUR_IN_SECONDS );
		// The period in UTC: from the start of the first local day to the end of the last.
		$start = gmdate( 'Y-m-d H:i:s', (int) strtotime( $from . ' 00:00:00 UTC' ) - $offset );
		$end   = gmdate( 'Y-m-d H:i:s', (int) strtotime( $to . ' 23:59:59 UTC' ) - $offset );
		$where = $wpdb->prepare( 'received_at BETWEEN %s AND %s', $start, $end );

		// Table names and $where are built above from constants and prepare(); the column
		// names below come from a fixed list.
		$group     = static function ( string $column ) use ( $wpdb, $table, $where ): array {
			$rows = $wpdb->get_results( "SELECT {$column} AS k, COUNT(*) AS n FROM {$table} WHERE {$where} GROUP BY {$column} ORDER BY n DESC, k", ARRAY_A ); // phpcs:ignore WordPress.DB -- own table, prepared $where, column from a fixed list.
			return array_map(
				static fn( array $row ): array => array(
					'key'   => (string) $row['k'],
					'count' => (int) $row['n'],
				),
				$rows ?: array()
			);
		};
		$by_status = $group( 'status' );
		$by_type   = $group( 'type' );
		$by_unit   = array_map(
			static function ( array $row ): array {
				$unit = '' !== $row['key'] ? UnitPostType::find( (int) $row['key'] ) : null;
				return $row + array( 'label' => $unit ? $unit['name'] : '' );
			},
			$group( 'unit_id' )
		);
		$month_sql = $wpdb->prepare( "SELECT DATE_FORMAT(DATE_ADD(received_at, INTERVAL %d SECOND), '%%Y-%%m') AS k, COUNT(*) AS n, SUM(answered_at IS NOT NULL) AS a FROM %i WHERE ", $offset, $table ) . $where . ' GROUP BY k ORDER BY k';
		$months    = $wpdb->get_results( $month_sql, ARRAY_A ); // phpcs:ignore WordPress.DB -- own table, prepared above.
		// No aggregate beside the window functions: COUNT(*) would fold the rows into one first.
		$times_sql = $wpdb->prepare( 'SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY h) OVER () AS median, PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY h) OVER () AS p90 FROM (SELECT TIMESTAMPDIFF(MINUTE, received_at, answered_at) / 60 AS h FROM %i WHERE ', $table ) . $where . ' AND answered_at IS NOT NULL) AS t LIMIT 1';
		$times     = $wpdb->get_row( $times_sql, ARRAY_A ); // phpcs:ignore WordPress.DB -- own table, prepared above.
		$count_sql = $wpdb->prepare( 'SELECT COUNT(*) AS total, SUM(answered_at IS NOT NULL) AS answered, AVG(CASE WHEN answered_at IS NOT NULL AND deadline_at IS NOT NULL THEN answered_at <= deadline_at END) AS in_time FROM %i WHERE ', $table ) . $where;
		$counts    = $wpdb->get_row( $count_sql, ARRAY_A ); // phpcs:ignore WordPress.DB -- own table, prepared above.
		$total     = (int) ( $counts['total'] ?? 0 );
		$answered  = (int) ( $counts['answered'] ?? 0 );
		$in_time   = $counts['in_time'] ?? null;

		return array(
			'total'           => $total,
			'by_status'       => $by_status,
			'by_type'         => $by_type,
			'by_unit'         => $by_unit,
			'by_month'        => array_map(
				static fn( array $row ): array => array(
					'key'      => (string) $row['k'],
					'count'    => (int) $row['n'],
					'answered' => (int) $row['a'],
				),
				$months ?: array()
			),
			'answered'        => $answered,
			'median_hours'    => $answered && null !== ( $times['median'] ?? null ) ? round( (float) $times['median'], 1 ) : null,
			'p90_hours'       => $answered && null !== ( $times['p90'] ?? null ) ? round( (float) $times['p90'], 1 ) : null,
			'within_deadline' => null === $in_time ? null : round( (float) $in_time, 4 ),
		);
	}
}
