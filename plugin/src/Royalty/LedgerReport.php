<?php
/**
 * Reads the ledger: pages of lines, yearly figures, statements. Aggregates in SQL.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

/**
 * Every figure of the dashboard and the statements is a `GROUP BY` over the running totals of
 * {@see LedgerTotals} (a few hundred rows a year), never over the year's lines; the page of
 * lines reads {@see LedgerTable}.
 *
 * @since 0.1.0
 */
final class LedgerReport {

	/**
	 * One page of lines, newest first, and the number of lines.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $filter   Filter.
	 * @param int                  $page     Page, from 1.
	 * @param int                  $per_page Lines per page.
	 * @return array{0: array<int, array<string, mixed>>, 1: int}
	 */
	public static function page( array $filter, int $page, int $per_page ): array {
		global $wpdb;
		$table = $wpdb->prefix . LedgerTable::NAME;
		$where = '1=1';
		if ( ! empty( $filter['months'] ) ) {
			// Periods never span years (a month, a quarter or a year): one fiscal year is an
			// index lookup (`=`), which keeps the rows in the index's payee order for GROUP BY.
			$where .= $wpdb->prepare( ' AND fiscal_year = %d AND period BETWEEN %s AND %s', (int) substr( $filter['months'][0], 0, 4 ), $filter['months'][0], $filter['months'][1] );
		}
		if ( isset( $filter['payee_user_id'] ) ) {
			$where .= $wpdb->prepare( ' AND payee_user_id = %d', (int) $filter['payee_user_id'] );
		}
		if ( ! empty( $filter['status'] ) ) {
			$where .= $wpdb->prepare( ' AND status = %s', (string) $filter['status'] );
		}
		if ( ! empty( $filter['kind'] ) ) {
			$where .= $wpdb->prepare( ' AND kind = %s', (string) $filter['kind'] );
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$total = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table} WHERE {$where}" );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table; the clause is prepared above.
		$rows  = (array) $wpdb->get_results( "SELECT * FROM {$table} WHERE {$where} ORDER BY period DESC, id DESC LIMIT " . (int) ( ( max( 1, $page ) - 1 ) * $per_page ) . ', ' . (int) $per_page, ARRAY_A );
		return array( $rows, $total );
	}

	/**
	 * The figures of a year's dashboard.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $year          Fiscal year.
	 * @param int|null $payee_user_id One person, or null for all.
	 * @return array<string, mixed>
	 */
	public static function summary( int $year, ?int $payee_user_id ): array {
		global $wpdb;
		$table = $wpdb->prefix . LedgerTotals::NAME;
		$where = $wpdb->prepare( 'fiscal_year = %d', $year );
		if ( null !== $payee_user_id ) {
			$where .= $wpdb->prepare( ' AND payee_user_id = %d', $payee_user_id );
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table; the clause is prepared above.
		$months = (array) $wpdb->get_results( "SELECT period, kind, status, genre, SUM(amount) AS total FROM {$table} WHERE {$where} GROUP BY period, kind, status, genre", ARRAY_A );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table; the clause is prepared above.
		$top    = (array) $wpdb->get_results( "SELECT payee_name, payee_user_id, SUM(amount) AS total, SUM(items) AS items FROM {$table} WHERE {$where} GROUP BY payee_name, payee_user_id ORDER BY total DESC LIMIT 10", ARRAY_A );

		$by_month = array();
		for ( $m = 1; $m <= 12; $m++ ) {
			$by_month[ sprintf( '%d-%02d', $year, $m ) ] = array(
				'period'    => sprintf( '%d-%02d', $year, $m ),
				'royalties' => 0,
				'fees'      => 0,
				'other'     => 0,
				'unpaid'    => 0,
			);
		}
		$spent  = 0;
		$unpaid = 0;
		$genres = array();
		foreach ( $months as $row ) {
			$total = (int) $row['total'];
			if ( '' !== $row['genre'] ) {
				$genres[ $row['genre'] ] = ( $genres[ $row['genre'] ] ?? 0 ) + $total;
			}
			$key   = 'royalty' === $row['kind'] ? 'royalties' : ( 0 === strpos( $row['kind'], 'fee_' ) ? 'fees' : 'other' );
			if ( isset( $by_month[ $row['period'] ] ) ) {
				$by_month[ $row['period'] ][ $key ] += $total;
				if ( 'paid' !== $row['status'] ) {
					$by_month[ $row['period'] ]['unpaid'] += $total;
				}
			}
			$spent += $total;
			$unpaid += 'paid' !== $row['status'] ? $total : 0;
		}
		arsort( $genres );
		$rules  = RoyaltyRules::for_year( $year );
		$labels = array_column( $rules['genres'], 'label', 'key' );
		return array(
			'year'     => $year,
			'budget'   => (int) $rules['budget'],
			'spent'    => $spent,
			'unpaid'   => $unpaid,
			'months'   => array_values( $by_month ),
			'genres'   => array_map(
				static fn( $genre, $total ) => array(
					'genre' => (string) $genre,
					'label' => $labels[ $genre ] ?? (string) $genre,
					'total' => $total,
				),
				array_keys( $genres ),
				$genres
			),
			'top'      => array_map(
				static fn( $row ) => array(
					'name'    => $row['payee_name'],
					'user_id' => (int) $row['payee_user_id'],
					'total'   => (int) $row['total'],
					'items'   => (int) $row['items'],
				),
				$top
			),
		);
	}

	/**
	 * A statement: per payee, the number of lines and the total of a period.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $filter Filter (with `months`).
	 * @return array<int, array{name: string, user_id: int, lines: int, royalties: int, fees: int, other: int, total: int}>
	 */
	public static function statement( array $filter ): array {
		global $wpdb;
		$table = $wpdb->prefix . LedgerTotals::NAME;
		$where = '1=1';
		if ( ! empty( $filter['months'] ) ) {
			// Periods never span years (a month, a quarter or a year): the fiscal year narrows
			// the range of the totals' key.
			$where .= $wpdb->prepare( ' AND fiscal_year = %d AND period BETWEEN %s AND %s', (int) substr( $filter['months'][0], 0, 4 ), $filter['months'][0], $filter['months'][1] );
		}
		if ( isset( $filter['payee_user_id'] ) ) {
			$where .= $wpdb->prepare( ' AND payee_user_id = %d', (int) $filter['payee_user_id'] );
		}
		if ( ! empty( $filter['status'] ) ) {
			$where .= $wpdb->prepare( ' AND status = %s', (string) $filter['status'] );
		}
		if ( ! empty( $filter['kind'] ) ) {
			$where .= $wpdb->prepare( ' AND kind = %s', (string) $filter['kind'] );
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table; the clause is prepared above.
		$rows = (array) $wpdb->get_results( "SELECT payee_name, payee_user_id, SUM(line_count) AS line_count, SUM(IF(kind = 'royalty', amount, 0)) AS royalties, SUM(IF(kind LIKE 'fee\\_%', amount, 0)) AS fees, SUM(amount) AS total FROM {$table} WHERE {$where} GROUP BY payee_name, payee_user_id ORDER BY payee_name", ARRAY_A );
		return array_map(
			static fn( $row ) => array(
				'name'      => (string) $row['payee_name'],
				'user_id'   => (int) $row['payee_user_id'],
				'lines'     => (int) $row['line_count'],
				'royalties' => (int) $row['royalties'],
				'fees'      => (int) $row['fees'],
				'other'     => (int) $row['total'] - (int) $row['royalties'] - (int) $row['fees'],
				'total'     => (int) $row['total'],
			),
			$rows
		);
	}
}
