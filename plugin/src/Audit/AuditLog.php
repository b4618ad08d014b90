<?php
/**
 * Writes and reads audit entries.
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

/**
 * Append and read, nothing else: there is deliberately no method that changes or removes an
 * entry, so no screen, REST route or extension of the plugin can rewrite history.
 *
 * @since 0.1.0
 */
final class AuditLog {

	/**
	 * How far the total of a list is counted exactly. Counting every matching entry of a log
	 * of a million rows costs a second on MariaDB; counting up to this many reads at most
	 * this many index entries, and a screen has no use for more than "over ten thousand".
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const COUNT_CAP = 10000;

	/**
	 * Records one event: the short form for other features (e.g. a change of a receipt),
	 * by the current user.
	 *
	 * @since 0.1.0
	 *
	 * @param string                    $action      `<area>.<verb>`, e.g. `workflow.receipt`.
	 * @param string                    $object_type Kind of object: `post`, `user`, a taxonomy…
	 * @param int                       $object_id   Object ID, 0 when it has none.
	 * @param string                    $summary     Object's name at the time.
	 * @param array<string, mixed>|null $before      Changed fields before.
	 * @param array<string, mixed>|null $after       The same fields after.
	 * @return int The new entry's ID, 0 when it could not be written (then reported).
	 */
	public static function record( string $action, string $object_type, int $object_id, string $summary, ?array $before = null, ?array $after = null ): int {
		return self::append( new AuditEntry( $action, $object_type, $object_id, $summary, $before, $after ) );
	}

	/**
	 * Appends one entry. Over-long texts are cut (never the whole entry dropped); an entry
	 * the database still refuses is reported to the PHP error log and to Site Health.
	 *
	 * @since 0.1.0
	 *
	 * @param AuditEntry $entry The event.
	 * @return int The new entry's ID, 0 when the database refused it.
	 */
	public static function append( AuditEntry $entry ): int {
		global $wpdb;

		$entry->resolve_actor();
		$table = $wpdb->prefix . AuditTable::NAME;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$inserted = $wpdb->insert(
			$table,
			array(
				'occurred_at'  => gmdate( 'Y-m-d H:i:s' ),
				'user_id'      => $entry->user_id,
				'user_login'   => AuditText::cut( $entry->user_login, 60 ),
				'ip'           => AuditText::cut( $entry->ip, 45 ),
				'action'       => AuditText::cut( $entry->action, 64 ),
				'object_type'  => AuditText::cut( $entry->object_type, 32 ),
				'object_id'    => $entry->object_id,
				'summary'      => AuditText::cut( $entry->summary, AuditText::SUMMARY_MAX ),
				'before_value' => self::encode( AuditText::bound( $entry->before ) ),
				'after_value'  => self::encode( AuditText::bound( $entry->after ) ),
			),
			array( '%s', '%d', '%s', '%s', '%s', '%s', '%d', '%s', '%s', '%s' )
		);
		if ( ! $inserted ) {
			AuditHealth::note_failure( $entry, (string) $wpdb->last_error );
			return 0;
		}
		return (int) $wpdb->insert_id;
	}

	/**
	 * One page of entries, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @param AuditQuery $query Filters and page.
	 * @return object[] Rows of the table.
	 */
	public static function find( AuditQuery $query ): array {
		$rows = self::run( $query );
		return is_array( $rows ) ? $rows : array();
	}

	/**
	 * Number of entries matching the filters (the cursor is ignored), counted exactly up to a
	 * cap: above it the answer is `$cap + 1`, meaning "more than `$cap`". The count runs over
	 * a `LIMIT $cap + 1` subquery, so it never reads more than that many index entries.
	 *
	 * @since 0.1.0
	 *
	 * @param AuditQuery $query Filters.
	 * @param int        $cap   Largest total counted exactly.
	 * @return int The total, or `$cap + 1` when there are more.
	 */
	public static function count( AuditQuery $query, int $cap = self::COUNT_CAP ): int {
		global $wpdb;

		$table = $wpdb->prefix . AuditTable::NAME;
		$where = self::where( $query );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table; $where is built from prepare()d fragments.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM ( SELECT 1 FROM {$table} WHERE {$where} LIMIT %d ) AS capped", max( 1, $cap ) + 1 ) );
	}

	/**
	 * Distinct values of a filterable column, each read from the index that starts with it.
	 *
	 * @since 0.1.0
	 *
	 * @param string $column `user_id`, `action` or `object_type`.
	 * @return string[]
	 */
	public static function distinct( string $column ): array {
		global $wpdb;

		$table = $wpdb->prefix . AuditTable::NAME;
		switch ( $column ) {
			case 'user_id':
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
				return (array) $wpdb->get_col( "SELECT DISTINCT user_id FROM {$table}" );
			case 'action':
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
				return (array) $wpdb->get_col( "SELECT DISTINCT action FROM {$table}" );
			case 'object_type':
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
				return (array) $wpdb->get_col( "SELECT DISTINCT object_type FROM {$table}" );
		}
		return array();
	}

	/**
	 * The WHERE clause of the filters, assembled from prepare()d fragments so that every value
	 * reaches the database as a placeholder. Each filter, alone or with the others, is served
	 * by an index of {@see AuditTable}.
	 *
	 * @param AuditQuery $query Filters.
	 * @return string
	 */
	private static function where( AuditQuery $query ): string {
		global $wpdb;

		$where = '1=1';
		if ( $query->user_id > 0 ) {
			$where .= $wpdb->prepare( ' AND user_id = %d', $query->user_id );
		}
		if ( '' !== $query->action ) {
			$where .= $wpdb->prepare( ' AND action = %s', $query->action );
		}
		if ( '' !== $query->object_type ) {
			$where .= $wpdb->prepare( ' AND object_type = %s', $query->object_type );
		}
		if ( $query->object_id > 0 ) {
			$where .= $wpdb->prepare( ' AND object_id = %d', $query->object_id );
		}
		if ( '' !== $query->utc_from() ) {
			$where .= $wpdb->prepare( ' AND occurred_at >= %s', $query->utc_from() );
		}
		if ( '' !== $query->utc_until() ) {
			$where .= $wpdb->prepare( ' AND occurred_at < %s', $query->utc_until() );
		}
		return $where;
	}

	/**
	 * Runs the query of a page.
	 *
	 * Pages after the first should pass a cursor (the last entry's ID): the keyset condition
	 * (`occurred_at`, `id`) below it then reads only the rows it returns, unlike OFFSET.
	 *
	 * @param AuditQuery $query Filters and page.
	 * @return mixed Rows.
	 */
	private static function run( AuditQuery $query ) {
		global $wpdb;

		$table  = $wpdb->prefix . AuditTable::NAME;
		$where  = self::where( $query );
		$limit  = max( 1, $query->per_page );
		$offset = ( max( 1, $query->page ) - 1 ) * $limit;
		if ( $query->before_id > 0 ) {
			$offset = 0;
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
			$time   = $wpdb->get_var( $wpdb->prepare( "SELECT occurred_at FROM {$table} WHERE id = %d", $query->before_id ) );
			$where .= null === $time
				? $wpdb->prepare( ' AND id < %d', $query->before_id )
				: $wpdb->prepare( ' AND ( occurred_at < %s OR ( occurred_at = %s AND id < %d ) )', $time, $time, $query->before_id );
		}

		// Values inside $where were prepare()d, their `%` already escaped, so preparing again is safe.
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		return $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE {$where} ORDER BY occurred_at DESC, id DESC LIMIT %d, %d", $offset, $limit ) );
	}

	/**
	 * JSON of a before/after value, or null for none.
	 *
	 * @param mixed $value Value.
	 * @return string|null
	 */
	private static function encode( $value ): ?string {
		if ( null === $value ) {
			return null;
		}
		$json = wp_json_encode( $value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		return false === $json ? null : $json;
	}
}
