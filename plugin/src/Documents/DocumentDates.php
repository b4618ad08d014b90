<?php
/**
 * The dates of each document in a table of their own: the library's order, year filter and
 * standings read them through indexes.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Support\Table;
use WP_Post;
use WP_Query;

/**
 * Postmeta values are `LONGTEXT` without an index: ordering 5,000 documents by their issue date
 * there sorts them on disk, and "not yet in force" reads every effective date of the site
 * (several hundred milliseconds on the bench, for every page of the library). Here the three
 * dates are `DATE` columns under indexes; postmeta stays the record, this table its copy,
 * rewritten after every save and whenever a date changes outside a save.
 *
 * A query asks for the library order with the query variable `ORDER_VAR` (true, or a year to
 * keep that year's documents only).
 *
 * @since 0.1.0
 */
final class DocumentDates extends Table implements Hookable {

	/**
	 * Table name, without the site prefix.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_doc_dates';

	/**
	 * Option holding the installed schema version.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VERSION_OPTION = 'ttdt_doc_dates_version';

	/**
	 * Query variable: order by issue date, newest first (true), within one year (a year).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ORDER_VAR = 'ttdt_library_order';

	/**
	 * Schema version.
	 *
	 * @var int
	 */
	protected const VERSION = 1;

	/**
	 * The meta keys copied, by column.
	 *
	 * @var array<string, string>
	 */
	private const COLUMNS = array(
		'issued'    => DocumentMeta::ISSUED,
		'effective' => DocumentMeta::EFFECTIVE,
		'expires'   => DocumentMeta::EXPIRES,
	);

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'wp_after_insert_post', array( $this, 'post_saved' ), 10, 2 );
		add_action( 'added_post_meta', array( $this, 'meta_changed' ), 10, 3 );
		add_action( 'updated_post_meta', array( $this, 'meta_changed' ), 10, 3 );
		add_action( 'deleted_post_meta', array( $this, 'meta_changed' ), 10, 3 );
		add_action( 'deleted_post', array( self::class, 'forget' ) );
		add_filter( 'posts_clauses', array( $this, 'library_order' ), 10, 2 );
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function definitions(): array {
		$table   = self::table();
		$charset = self::charset();
		return array(
			"CREATE TABLE {$table} (
post_id bigint(20) unsigned NOT NULL,
issued date DEFAULT NULL,
effective date DEFAULT NULL,
expires date DEFAULT NULL,
PRIMARY KEY  (post_id),
KEY issued (issued,post_id),
KEY effective (effective),
KEY expires (expires)
) {$charset};",
		);
	}

	/**
	 * Copies the dates of every document already there.
	 *
	 * @since 0.1.0
	 */
	protected static function installed(): void {
		global $wpdb;

		$table   = self::table();
		$columns = array();
		foreach ( self::COLUMNS as $column => $key ) {
			// A value that is not a whole date is no date (the fields store `YYYY-MM-DD` or '').
			$columns[] = $wpdb->prepare( "(SELECT IF(m.meta_value REGEXP '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', m.meta_value, NULL) FROM {$wpdb->postmeta} m WHERE m.post_id = p.ID AND m.meta_key = %s LIMIT 1)", $key ) . " AS {$column}";
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table; each part is prepared above.
		$wpdb->query( $wpdb->prepare( "REPLACE INTO %i (post_id, issued, effective, expires) SELECT p.ID, " . implode( ', ', $columns ) . " FROM {$wpdb->posts} p WHERE p.post_type = %s", $table, DocumentPostType::NAME ) );
	}

	/**
	 * The table's full name.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function table(): string {
		return self::prefixed( self::NAME );
	}

	/**
	 * Copies a document's dates.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Document.
	 */
	public static function sync( int $post_id ): void {
		global $wpdb;

		$row = array( 'post_id' => $post_id );
		foreach ( self::COLUMNS as $column => $key ) {
			$date           = MetaField::sanitize_date( get_post_meta( $post_id, $key, true ) );
			$row[ $column ] = '' === $date ? null : $date;
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table has no API.
		$wpdb->replace( self::table(), $row, array( '%d', '%s', '%s', '%s' ) );
	}

	/**
	 * Drops the dates of a deleted item.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 */
	public static function forget( $post_id ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table has no API.
		$wpdb->delete( self::table(), array( 'post_id' => (int) $post_id ), array( '%d' ) );
	}

	/**
	 * Copies the dates once a document's save is complete (its meta is stored by then).
	 *
	 * @since 0.1.0
	 *
	 * @param int     $post_id Post ID.
	 * @param WP_Post $post    The post.
	 */
	public function post_saved( $post_id, $post ): void {
		if ( $post instanceof WP_Post && DocumentPostType::NAME === $post->post_type ) {
			self::sync( (int) $post_id );
		}
	}

	/**
	 * Copies the dates when one changes (during a save too: the last write wins, and the save
	 * copies them again at its end).
	 *
	 * @since 0.1.0
	 *
	 * @param int|int[] $meta_ids Meta ID(s).
	 * @param int       $post_id  Post ID.
	 * @param string    $key      Meta key.
	 */
	public function meta_changed( $meta_ids, $post_id, $key ): void {
		if ( in_array( $key, self::COLUMNS, true ) && DocumentPostType::NAME === get_post_type( (int) $post_id ) ) {
			self::sync( (int) $post_id );
		}
	}

	/**
	 * Orders a query that asks for it by issue date, newest first, optionally within a year.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $clauses Query clauses.
	 * @param WP_Query              $query   The query.
	 * @return array<string, string>
	 */
	public function library_order( $clauses, $query ) {
		if ( ! is_array( $clauses ) || ! $query instanceof WP_Query || ! $query->get( self::ORDER_VAR ) ) {
			return $clauses;
		}
		global $wpdb;

		$table             = self::table();
		$clauses['join']  .= " LEFT JOIN {$table} ttdt_dates ON ttdt_dates.post_id = {$wpdb->posts}.ID";
		$clauses['orderby'] = "ttdt_dates.issued DESC, {$wpdb->posts}.ID DESC";
		$year               = (int) $query->get( self::ORDER_VAR );
		if ( $year > 1 ) {
			$clauses['where'] .= $wpdb->prepare( ' AND ttdt_dates.issued BETWEEN %s AND %s', $year . '-01-01', $year . '-12-31' );
		}
		return $clauses;
	}

	/**
	 * The condition that a document is not yet in force on a day (SQL over the table, for
	 * `SearchQuery::standing_sql()`).
	 *
	 * @since 0.1.0
	 *
	 * @param string $today `YYYY-MM-DD`.
	 * @return string
	 */
	public static function not_yet_sql( string $today ): string {
		global $wpdb;
		return $wpdb->prepare( "{$wpdb->posts}.ID IN (SELECT post_id FROM %i WHERE effective > %s)", self::table(), $today );
	}

	/**
	 * The condition that a document expired before a day.
	 *
	 * @since 0.1.0
	 *
	 * @param string $today `YYYY-MM-DD`.
	 * @return string
	 */
	public static function expired_sql( string $today ): string {
		global $wpdb;
		return $wpdb->prepare( "{$wpdb->posts}.ID IN (SELECT post_id FROM %i WHERE expires < %s)", self::table(), $today );
	}
}
