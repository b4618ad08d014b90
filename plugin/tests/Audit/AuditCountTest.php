<?php
/**
 * Tests of the audit list on a large log: a capped total and index-only reads.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Audit;

use Ttdt\Audit\AuditController;
use Ttdt\Audit\AuditLog;
use Ttdt\Audit\AuditQuery;
use Ttdt\Audit\AuditTable;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * A log of a million entries must list its first page, filtered or not, in milliseconds: the
 * total is counted exactly only up to {@see AuditLog::COUNT_CAP}, and every filter, its count
 * and its next page by cursor are read through an index, never by scanning the table.
 */
final class AuditCountTest extends TestCase {

	/**
	 * Appends entries in one statement (MariaDB's sequence engine), like the benchmark: one
	 * per minute going back from now, by users 1–5, in four actions over 5,000 objects.
	 *
	 * @param int    $rows   How many.
	 * @param string $action Action of every entry, or '' for the benchmark's four.
	 */
	private static function seed( int $rows, string $action = '' ): void {
		global $wpdb;

		$table  = $wpdb->prefix . AuditTable::NAME;
		$action = '' === $action
			? "ELT(1 + seq % 4, 'post.publish', 'post.update', 'user.login', 'term.create')"
			: $wpdb->prepare( '%s', $action );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- test data in the plugin's own table.
		$inserted = $wpdb->query(
			"INSERT INTO {$table} (occurred_at, user_id, user_login, ip, action, object_type, object_id, summary)
			SELECT UTC_TIMESTAMP() - INTERVAL seq MINUTE, 1 + seq % 5, 'admin', '127.0.0.1', {$action},
				ELT(1 + seq % 4, 'post', 'post', 'user', 'term'), seq % 5000, CONCAT('Bản ghi thử số ', seq)
			FROM seq_1_to_" . (int) $rows
		);
		self::assertSame( $rows, $inserted, 'The sequence engine of MariaDB is needed to seed the log.' );
	}

	/**
	 * A query of the log with these filters.
	 *
	 * @param array<string, int|string> $filters AuditQuery properties.
	 * @return AuditQuery
	 */
	private static function query( array $filters ): AuditQuery {
		$query = new AuditQuery();
		foreach ( $filters as $name => $value ) {
			$query->{$name} = $value;
		}
		return $query;
	}

	public function test_the_count_is_exact_up_to_the_cap_and_one_more_above_it(): void {
		self::seed( 12, 'test.cap' );
		$query = self::query( array( 'action' => 'test.cap' ) );

		$this->assertSame( 12, AuditLog::count( $query, 100 ) );
		$this->assertSame( 12, AuditLog::count( $query, 12 ) );
		$this->assertSame( 12, AuditLog::count( $query, 11 ), 'One over the cap reads as cap + 1.' );
		$this->assertSame( 6, AuditLog::count( $query, 5 ), 'Far over the cap still reads as cap + 1.' );
		$this->assertSame( 0, AuditLog::count( self::query( array( 'action' => 'test.none' ) ), 5 ) );
	}

	public function test_the_list_reports_an_exact_total_below_the_cap_and_at_least_above_it(): void {
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		self::seed( AuditLog::COUNT_CAP + 40, 'test.many' );
		self::seed( 3, 'test.few' );

		$many = new WP_REST_Request( 'GET', '/ttdt/v1/audit' );
		$many->set_query_params( array( 'action' => 'test.many' ) );
		$response = rest_do_request( $many );
		$headers  = $response->get_headers();
		$this->assertSame( 200, $response->get_status() );
		$this->assertCount( 50, $response->get_data() );
		$this->assertSame( (string) ( AuditLog::COUNT_CAP + 1 ), $headers['X-WP-Total'] );
		$this->assertSame( (string) (int) ceil( ( AuditLog::COUNT_CAP + 1 ) / 50 ), $headers['X-WP-TotalPages'] );
		$this->assertSame( '1', $headers[ AuditController::CAPPED_HEADER ] ?? null );
		$this->assertStringContainsString( 'before_id=', $headers['Link'] ?? '', 'Paging goes on by cursor past the cap.' );

		$few = new WP_REST_Request( 'GET', '/ttdt/v1/audit' );
		$few->set_query_params( array( 'action' => 'test.few' ) );
		$response = rest_do_request( $few );
		$headers  = $response->get_headers();
		$this->assertCount( 3, $response->get_data() );
		$this->assertSame( '3', $headers['X-WP-Total'] );
		$this->assertSame( '1', $headers['X-WP-TotalPages'] );
		$this->assertArrayNotHasKey( AuditController::CAPPED_HEADER, $headers );
	}

	public function test_every_filter_its_count_and_its_next_page_are_read_from_an_index(): void {
		global $wpdb;

		$table = $wpdb->prefix . AuditTable::NAME;
		/*
		 * The optimizer plans from table statistics, which rows inserted in the test's open
		 * transaction do not update (ANALYZE TABLE would commit it): a 30,000-row log still
		 * looks empty and any plan is a full scan. A temporary copy of the table, with the
		 * same indexes, shadows it in this session and keeps its statistics as it fills.
		 */
		$create = (string) $wpdb->get_var( "SHOW CREATE TABLE {$table}", 1 ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- test.
		$this->assertStringContainsString( 'KEY `user_action_time`', $create, 'The table is at the current version.' );
		$wpdb->query( preg_replace( '/^CREATE TABLE/', 'CREATE TEMPORARY TABLE', $create ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- test.
		try {
			$this->assert_filters_use_indexes( $table );
		} finally {
			$wpdb->query( "DROP TEMPORARY TABLE {$table}" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- test.
		}
	}

	/**
	 * Seeds the log, then EXPLAINs every query of each filter: first page, count, next page.
	 *
	 * @param string $table Table name.
	 */
	private function assert_filters_use_indexes( string $table ): void {
		global $wpdb;

		self::seed( 30000 );
		$cursor = (int) $wpdb->get_var( "SELECT id FROM {$table} ORDER BY id DESC LIMIT 1000, 1" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- test.
		$day    = wp_date( 'Y-m-d', time() - 3 * DAY_IN_SECONDS );
		$cases  = array(
			'no filter'          => array(),
			'user'               => array( 'user_id' => 3 ),
			'action'             => array( 'action' => 'user.login' ),
			'user and action'    => array(
				'user_id' => 3,
				'action'  => 'user.login',
			),
			'object type'        => array( 'object_type' => 'user' ),
			'object'             => array(
				'object_type' => 'post',
				'object_id'   => 7,
			),
			'object ID alone'    => array( 'object_id' => 7 ),
			'dates'              => array(
				'date_from' => $day,
				'date_to'   => $day,
			),
			'user and dates'     => array(
				'user_id'   => 2,
				'date_from' => $day,
			),
			'action and dates'   => array(
				'action'  => 'post.publish',
				'date_to' => $day,
			),
		);

		foreach ( $cases as $name => $filters ) {
			$queries = array();
			$record  = static function ( string $sql ) use ( &$queries, $table ): string {
				if ( 0 === stripos( ltrim( $sql ), 'SELECT' ) && false !== strpos( $sql, $table ) ) {
					$queries[] = $sql;
				}
				return $sql;
			};
			add_filter( 'query', $record );
			AuditLog::find( self::query( $filters ) );
			AuditLog::count( self::query( $filters ) );
			AuditLog::find( self::query( $filters + array( 'before_id' => $cursor ) ) );
			remove_filter( 'query', $record );

			$this->assertGreaterThanOrEqual( 3, count( $queries ), $name );
			foreach ( $queries as $sql ) {
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- EXPLAIN of the plugin's own prepared query.
				foreach ( (array) $wpdb->get_results( 'EXPLAIN ' . $sql, ARRAY_A ) as $step ) {
					if ( $table !== $step['table'] ) {
						continue; // The derived table of the capped count is at most cap + 1 rows.
					}
					$this->assertNotSame( 'ALL', $step['type'], "{$name}: full scan of the log in {$sql}" );
					$this->assertNotEmpty( $step['key'], "{$name}: no index used in {$sql}" );
				}
			}
		}
	}
}
