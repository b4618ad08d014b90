<?php
/**
 * The archive jobs: their rows, their progress and the lease of the runner working each.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

/**
 * A job is `queued` until a runner first takes it, `running` while steps remain, then
 * `done` or `failed`. A runner leases the job for {@see self::LEASE} seconds with one
 * conditional UPDATE, renews the lease with every stored step, and only the holder of the
 * lease may write the job: a second runner (a loopback and a cron event at once, or a poll)
 * finds it taken and leaves it. A runner that dies stops renewing; when its lease has run
 * out another one takes the job and goes on from the last stored state.
 *
 * @since 0.1.0
 */
final class ArchiveJobs {

	/**
	 * Seconds a lease lasts without being renewed.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const LEASE = 90;

	/**
	 * Creates a queued job.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $kind    `export`, `verify` or `restore`.
	 * @param string               $package Package ID (empty for an export not yet named).
	 * @param array<string, mixed> $state   First state.
	 * @return int Job ID.
	 */
	public function create( string $kind, string $package, array $state ): int {
		global $wpdb;

		$now = gmdate( 'Y-m-d H:i:s' );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$wpdb->insert(
			ArchiveJobTable::name(),
			array(
				'kind'       => $kind,
				'package'    => $package,
				'status'     => 'queued',
				'state'      => (string) wp_json_encode( $state, JSON_UNESCAPED_UNICODE ),
				'label'      => (string) ( $state['label'] ?? '' ),
				'done'       => (int) ( $state['done'] ?? 0 ),
				'total'      => (int) ( $state['total'] ?? 0 ),
				'error'      => '',
				'created_by' => get_current_user_id(),
				'created_at' => $now,
				'updated_at' => $now,
			)
		);
		return (int) $wpdb->insert_id;
	}

	/**
	 * One job, or null.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Job ID.
	 * @return array<string, mixed>|null
	 */
	public function get( int $id ): ?array {
		global $wpdb;

		$table = ArchiveJobTable::name();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table; a job's state changes under the cache.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return $row ? self::decode( $row ) : null;
	}

	/**
	 * The latest jobs, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @param int $limit How many.
	 * @return array<int, array<string, mixed>>
	 */
	public function recent( int $limit = 20 ): array {
		global $wpdb;

		$table = ArchiveJobTable::name();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$rows = (array) $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} ORDER BY id DESC LIMIT %d", $limit ), ARRAY_A );
		return array_map( array( self::class, 'decode' ), $rows );
	}

	/**
	 * Takes the lease of a job that is not finished and that no live runner holds.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $id  Job ID.
	 * @param int|null $now Unix time (tests pass a later one to see a lease run out).
	 * @return string|null The lease token, or null when the job is finished or taken.
	 */
	public function claim( int $id, ?int $now = null ): ?string {
		global $wpdb;

		$now   = $now ?? time();
		$token = bin2hex( random_bytes( 16 ) );
		$table = ArchiveJobTable::name();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- one atomic conditional update on the plugin's own table is the lock.
		$taken = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET lock_token = %s, lock_until = %s, status = 'running' WHERE id = %d AND status IN ('queued', 'running') AND ( lock_token = '' OR lock_until IS NULL OR lock_until < %s )", $token, gmdate( 'Y-m-d H:i:s', $now + self::LEASE ), $id, gmdate( 'Y-m-d H:i:s', $now ) ) );
		return 1 === $taken ? $token : null;
	}

	/**
	 * Stores the state after a step and renews the lease; only the lease holder may.
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $id    Job ID.
	 * @param string               $token Lease token.
	 * @param array<string, mixed> $state State.
	 * @param string               $status `running`, `done` or `failed`.
	 * @param string               $error  Why it failed.
	 * @return bool Whether the lease was still held (false: stop working the job).
	 */
	public function save( int $id, string $token, array $state, string $status = 'running', string $error = '' ): bool {
		global $wpdb;

		$finished = 'running' !== $status;
		$fields   = array(
			'state'      => (string) wp_json_encode( $state, JSON_UNESCAPED_UNICODE ),
			'status'     => $status,
			'label'      => mb_substr( (string) ( $state['label'] ?? '' ), 0, 190 ),
			'done'       => (int) ( $state['done'] ?? 0 ),
			'total'      => (int) ( $state['total'] ?? 0 ),
			'error'      => $error,
			'package'    => (string) ( $state['package'] ?? '' ),
			'lock_token' => $finished ? '' : $token,
			'lock_until' => gmdate( 'Y-m-d H:i:s', time() + self::LEASE ),
			'updated_at' => gmdate( 'Y-m-d H:i:s' ),
		);
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table, written by the lease holder only.
		return 1 === $wpdb->update(
			ArchiveJobTable::name(),
			$fields,
			array(
				'id'         => $id,
				'lock_token' => $token,
			)
		);
	}

	/**
	 * Renews the lease during a long step (packing a large zip), so no
	 * other runner takes a job whose runner is alive.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $id    Job ID.
	 * @param string $token Lease token.
	 */
	public function renew( int $id, string $token ): void {
		global $wpdb;

		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table, written by the lease holder only.
		$wpdb->update(
			ArchiveJobTable::name(),
			array(
				'lock_until' => gmdate( 'Y-m-d H:i:s', time() + self::LEASE ),
				'updated_at' => gmdate( 'Y-m-d H:i:s' ),
			),
			array(
				'id'         => $id,
				'lock_token' => $token,
			)
		);
	}

	/**
	 * Gives the lease back so the next runner need not wait for it to run out.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $id    Job ID.
	 * @param string $token Lease token.
	 */
	public function release( int $id, string $token ): void {
		global $wpdb;

		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$wpdb->update(
			ArchiveJobTable::name(),
			array(
				'lock_token' => '',
				'lock_until' => null,
			),
			array(
				'id'         => $id,
				'lock_token' => $token,
			)
		);
	}

	/**
	 * A row with its state decoded.
	 *
	 * @param array<string, mixed> $row Row.
	 * @return array<string, mixed>
	 */
	private static function decode( array $row ): array {
		$state        = json_decode( (string) $row['state'], true );
		$row['state'] = is_array( $state ) ? $state : array();
		foreach ( array( 'id', 'done', 'total', 'created_by' ) as $key ) {
			$row[ $key ] = (int) $row[ $key ];
		}
		return $row;
	}
}
