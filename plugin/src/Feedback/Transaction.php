<?php
/**
 * One database transaction around a piece of work.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

/**
 * Runs a callback so that all it writes is kept or none of it is.
 *
 * `START TRANSACTION` inside an open transaction would silently commit the outer one
 * (MariaDB and MySQL commit implicitly), so when a transaction is already open — a caller's,
 * or the PHP test suite's — the work runs under a savepoint instead.
 *
 * @since 0.1.0
 */
final class Transaction {

	/**
	 * Runs `$work`; commits when it returns anything but a `WP_Error` or `false` and no
	 * database error occurred, rolls back otherwise (and when it throws).
	 *
	 * @since 0.1.0
	 *
	 * @param callable(): mixed $work The writes.
	 * @return mixed What `$work` returned, or a `WP_Error` when the database refused a write.
	 * @throws \Throwable What `$work` threw, after rolling back.
	 */
	public static function run( callable $work ) {
		global $wpdb;

		$nested = self::in_transaction();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- transaction control, no API exists.
		$wpdb->query( $nested ? 'SAVEPOINT ttdt_feedback' : 'START TRANSACTION' );
		$errors_before = (string) $wpdb->last_error;
		try {
			$result = $work();
		} catch ( \Throwable $e ) {
			self::rollback( $nested );
			throw $e;
		}
		$failed = false === $result || is_wp_error( $result ) || ( '' !== (string) $wpdb->last_error && $wpdb->last_error !== $errors_before );
		if ( $failed ) {
			self::rollback( $nested );
			if ( ! is_wp_error( $result ) ) {
				return new \WP_Error( 'ttdt_feedback_db', __( 'Your feedback could not be saved. Nothing was stored; please send it again in a few minutes.', 'ttdt-portal' ), array( 'status' => 503 ) );
			}
			return $result;
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- transaction control, no API exists.
		$wpdb->query( $nested ? 'RELEASE SAVEPOINT ttdt_feedback' : 'COMMIT' );
		return $result;
	}

	/**
	 * Undoes the work.
	 *
	 * @param bool $nested Whether a savepoint was used.
	 */
	private static function rollback( bool $nested ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- transaction control, no API exists.
		$wpdb->query( $nested ? 'ROLLBACK TO SAVEPOINT ttdt_feedback' : 'ROLLBACK' );
	}

	/**
	 * Whether the connection is inside a transaction (MariaDB's `@@in_transaction`; MySQL,
	 * which lacks it, is taken to be outside one, as WordPress never opens one itself).
	 *
	 * @return bool
	 */
	private static function in_transaction(): bool {
		global $wpdb;

		$suppress = $wpdb->suppress_errors( true );
		$value    = $wpdb->get_var( 'SELECT @@in_transaction' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a server variable.
		$wpdb->suppress_errors( $suppress );
		$wpdb->last_error = '';
		return '1' === (string) $value;
	}
}
