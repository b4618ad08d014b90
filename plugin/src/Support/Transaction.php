<?php
/**
 * Database transactions around the plugin's multi-row writes.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

use Throwable;
use WP_Error;

/**
 * An approval is several rows (the approval meta, the history, the audit entry, the status):
 * written one by one, a database that dies halfway would keep an item approved without its
 * audit entry, or published without its approval. Run inside `Transaction::run()`, they are
 * stored together or not at all.
 *
 * - Outermost level: `SET autocommit = 0` … `COMMIT`. Not `START TRANSACTION`: after a deadlock
 *   the server rolls the transaction back, and with autocommit off the statements that follow
 *   stay uncommitted too (they are rolled back with the rest) instead of committing one by one.
 * - Nested levels, and code that already runs with autocommit off (the PHP tests' own
 *   transaction): savepoints.
 * - A failed query (wpdb records every one in `$EZSQL_ERROR`) rolls the work back and turns its
 *   result into a 503 error, so a caller never answers "done" for what was not stored.
 * - While a transaction is open, wpdb does not reconnect after losing the server: a new
 *   connection would run the rest of the work outside the transaction (half stored). The
 *   request stops with wpdb's database error instead, and the server rolls the work back.
 *
 * Only on MySQL/MariaDB (mysqli); elsewhere (Playground's SQLite) the work runs as it is.
 *
 * @since 0.1.0
 */
final class Transaction {

	/**
	 * Open levels, innermost last: the savepoint name (null for the outermost transaction),
	 * the number of database errors when it began and wpdb's reconnect setting.
	 *
	 * @var array<int, array{savepoint: string|null, errors: int, retries: int}>
	 */
	private static array $levels = array();

	/**
	 * Runs work in a transaction: commits it when it returns anything but a `WP_Error` and no
	 * query failed, rolls it back otherwise (and on an exception, which is thrown again).
	 *
	 * @since 0.1.0
	 *
	 * @param callable $work The writes.
	 * @return mixed What the work returned, or a `WP_Error` (status 503) when a query failed.
	 */
	public static function run( callable $work ) {
		if ( ! self::supported() ) {
			return $work();
		}
		self::begin();
		try {
			$result = $work();
		} catch ( Throwable $e ) {
			self::end( false );
			throw $e;
		}
		if ( is_wp_error( $result ) ) {
			self::end( false );
			return $result;
		}
		return self::end( true ) ? $result : self::database_error();
	}

	/**
	 * Whether transactions are used on this site.
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	public static function supported(): bool {
		global $wpdb;
		return $wpdb->dbh instanceof \mysqli;
	}

	/**
	 * Whether a transaction of this class is open.
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	public static function is_open(): bool {
		return (bool) self::$levels;
	}

	/**
	 * Number of open levels.
	 *
	 * @since 0.1.0
	 *
	 * @return int
	 */
	public static function depth(): int {
		return count( self::$levels );
	}

	/**
	 * Opens a level. Pair every call with `end()`.
	 *
	 * @since 0.1.0
	 */
	public static function begin(): void {
		global $wpdb;

		$savepoint = null;
		if ( self::$levels || '0' === (string) self::sql( 'SELECT @@autocommit', true ) ) {
			$savepoint = 'ttdt_tx_' . count( self::$levels );
			self::sql( 'SAVEPOINT ' . $savepoint );
		} else {
			self::sql( 'SET autocommit = 0' );
		}
		self::$levels[] = array(
			'savepoint' => $savepoint,
			'errors'    => self::error_count(),
			'retries'   => (int) $wpdb->reconnect_retries,
		);
		$wpdb->reconnect_retries = 0;
	}

	/**
	 * Closes the innermost level: commits it if asked and no query failed since it began,
	 * else rolls it back.
	 *
	 * @since 0.1.0
	 *
	 * @param bool $keep Whether the work succeeded.
	 * @return bool Whether it was committed.
	 */
	public static function end( bool $keep ): bool {
		global $wpdb;

		$level = array_pop( self::$levels );
		if ( null === $level ) {
			return false;
		}
		$wpdb->reconnect_retries = $level['retries'];
		$keep                    = $keep && self::error_count() === $level['errors'];
		$name                    = $level['savepoint'];
		if ( null !== $name ) {
			$done = self::sql( ( $keep ? 'RELEASE SAVEPOINT ' : 'ROLLBACK TO SAVEPOINT ' ) . $name );
			return $keep && false !== $done;
		}
		$done = self::sql( $keep ? 'COMMIT' : 'ROLLBACK' );
		self::sql( 'SET autocommit = 1' );
		return $keep && false !== $done;
	}

	/**
	 * The error for work that the database did not store.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_Error
	 */
	public static function database_error(): WP_Error {
		return new WP_Error(
			'ttdt_not_stored',
			__( 'The database did not answer, so nothing of this change was saved. Wait a moment, then try again.', 'ttdt-portal' ),
			array( 'status' => 503 )
		);
	}

	/**
	 * Runs a transaction control statement (no values in it: savepoint names are made here).
	 *
	 * @param string $statement SQL.
	 * @param bool   $read      Whether to return the single value it reads.
	 * @return mixed
	 */
	private static function sql( string $statement, bool $read = false ) {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- transaction control: nothing to cache, no values.
		return $read ? $wpdb->get_var( $statement ) : $wpdb->query( $statement );
	}

	/**
	 * Database errors of this request so far.
	 *
	 * @return int
	 */
	private static function error_count(): int {
		return is_array( $GLOBALS['EZSQL_ERROR'] ?? null ) ? count( $GLOBALS['EZSQL_ERROR'] ) : 0;
	}
}
