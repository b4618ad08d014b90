<?php
/**
 * A restore's map of the package's IDs to the site's new ones.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

/**
 * A restore runs in slices, each in one transaction ({@see RestoreWriter}); the job's state
 * is stored after the slice commits, so a runner that dies between the two runs the slice
 * again. What a slice wrote is in this map, written in the same transaction as the rows
 * themselves: a slice run again finds its records here and skips them, so nothing is written
 * twice. Later slices read the map to rewrite parents, links and references (a post's new ID
 * is not known until it is in). Kinds: `user`, `media`, `item`, `revision`, a record file's
 * name (`audit-log`…), `finish`. The rows of one restore are deleted when it ends.
 *
 * @since 0.1.0
 */
final class RestoreMap {

	/**
	 * Kinds whose IDs are post IDs.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const POSTS = array( 'media', 'item', 'revision' );

	/**
	 * The restore's key (one per job).
	 *
	 * @var string
	 */
	private string $run;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param string $run The restore's key, 16 characters.
	 */
	public function __construct( string $run ) {
		$this->run = $run;
	}

	/**
	 * The table's name with the prefix.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function table(): string {
		global $wpdb;
		return $wpdb->prefix . ArchiveJobTable::MAP;
	}

	/**
	 * New IDs of old ones, in one query.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $kinds Kinds to look in.
	 * @param int[]    $ids   Old IDs.
	 * @return array<int, int> Old ID => new, for those mapped.
	 */
	public function find( array $kinds, array $ids ): array {
		global $wpdb;

		$ids = array_values( array_unique( array_filter( array_map( 'intval', $ids ) ) ) );
		if ( ! $ids || ! $kinds ) {
			return array();
		}
		$table = self::table();
		$kinds = implode( ',', array_map( static fn( string $kind ): string => $wpdb->prepare( '%s', $kind ), $kinds ) );
		$list  = implode( ',', $ids );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table; kinds prepared above, IDs are integers.
		$rows = (array) $wpdb->get_results( $wpdb->prepare( "SELECT old_id, new_id FROM {$table} WHERE run = %s AND kind IN ({$kinds}) AND old_id IN ({$list})", $this->run ), ARRAY_N );
		return self::pairs( $rows );
	}

	/**
	 * Every mapping of a kind (for small kinds: the accounts).
	 *
	 * @since 0.1.0
	 *
	 * @param string $kind Kind.
	 * @return array<int, int> Old ID => new.
	 */
	public function all( string $kind ): array {
		global $wpdb;

		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$rows = (array) $wpdb->get_results( $wpdb->prepare( "SELECT old_id, new_id FROM {$table} WHERE run = %s AND kind = %s", $this->run, $kind ), ARRAY_N );
		return self::pairs( $rows );
	}

	/**
	 * Adds mappings in one statement.
	 *
	 * @since 0.1.0
	 *
	 * @param string                     $kind Kind.
	 * @param array<int, array<int,int>> $rows Each: [ old ID, new ID, old parent ID ].
	 */
	public function add( string $kind, array $rows ): void {
		$table = array();
		foreach ( $rows as $row ) {
			$table[] = array(
				'run'    => $this->run,
				'kind'   => $kind,
				'old_id' => (int) $row[0],
				'new_id' => (int) $row[1],
				'parent' => (int) ( $row[2] ?? 0 ),
			);
		}
		BulkInsert::rows( self::table(), $table );
	}

	/**
	 * The restore's key.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function run(): string {
		return $this->run;
	}

	/**
	 * The sum of the new IDs of a kind (slice markers keep a count there).
	 *
	 * @since 0.1.0
	 *
	 * @param string $kind Kind.
	 * @return int
	 */
	public function sum( string $kind ): int {
		global $wpdb;

		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT SUM(new_id) FROM {$table} WHERE run = %s AND kind = %s", $this->run, $kind ) );
	}

	/**
	 * How many of a kind are mapped.
	 *
	 * @since 0.1.0
	 *
	 * @param string $kind Kind.
	 * @return int
	 */
	public function count( string $kind ): int {
		global $wpdb;

		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE run = %s AND kind = %s", $this->run, $kind ) );
	}

	/**
	 * Posts not yet relinked, oldest new ID first.
	 *
	 * @since 0.1.0
	 *
	 * @param int $limit How many.
	 * @return array<int, int> New post ID => old parent ID.
	 */
	public function unlinked( int $limit ): array {
		global $wpdb;

		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$rows = (array) $wpdb->get_results( $wpdb->prepare( "SELECT new_id, parent FROM {$table} WHERE run = %s AND linked = 0 AND kind IN ('media', 'item', 'revision') ORDER BY new_id LIMIT %d", $this->run, $limit ), ARRAY_N );
		return self::pairs( $rows );
	}

	/**
	 * Marks posts as relinked.
	 *
	 * @since 0.1.0
	 *
	 * @param int[] $new_ids New post IDs.
	 */
	public function linked( array $new_ids ): void {
		global $wpdb;

		if ( ! $new_ids ) {
			return;
		}
		$table = self::table();
		$list  = implode( ',', array_map( 'intval', $new_ids ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table; IDs are integers.
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET linked = 1 WHERE run = %s AND new_id IN ({$list}) AND kind IN ('media', 'item', 'revision')", $this->run ) );
	}

	/**
	 * Deletes up to `$limit` rows of the restore.
	 *
	 * @since 0.1.0
	 *
	 * @param int $limit How many.
	 * @return int How many were deleted.
	 */
	public function delete( int $limit ): int {
		global $wpdb;

		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE run = %s LIMIT %d", $this->run, $limit ) );
	}

	/**
	 * Two-column rows as first => second.
	 *
	 * @param array<int, array<int, string>> $rows Rows.
	 * @return array<int, int>
	 */
	private static function pairs( array $rows ): array {
		$map = array();
		foreach ( $rows as $row ) {
			$map[ (int) $row[0] ] = (int) $row[1];
		}
		return $map;
	}
}
