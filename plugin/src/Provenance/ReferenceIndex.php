<?php
/**
 * The IDs of the items flagged as reference news, kept in one autoloaded option.
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\WriteSide;

/**
 * Public pages label the titles of reference items wherever a title is printed, including
 * items whose meta WordPress never loaded (the previous/next links, widgets of recent
 * items). Asking their meta would cost one SQL query per title on every page view; the
 * flagged IDs are few (reference news is the exception), so they live in an autoloaded
 * option that comes with WordPress's first query. The meta stays the authority: the list is
 * rewritten whenever the flag is added, changed or deleted through the meta API, and rebuilt
 * from the meta table when it is missing (first run after an update).
 *
 * @since 0.1.0
 */
final class ReferenceIndex implements WriteSide {

	/**
	 * Option holding the sorted list of flagged post IDs.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OPTION = 'ttdt_reference_ids';

	/**
	 * The flagged IDs as keys, by site ID, for this request: asked once per printed title,
	 * while `get_option()` unserializes the stored list on every call. Emptied whenever the
	 * option is written.
	 *
	 * @var array<int, array<int, true>>
	 */
	private static array $sets = array();

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'added_post_meta', array( $this, 'on_meta_changed' ), 10, 3 );
		add_action( 'updated_post_meta', array( $this, 'on_meta_changed' ), 10, 3 );
		add_action( 'deleted_post_meta', array( $this, 'on_meta_changed' ), 10, 3 );
		foreach ( array( 'add_option_', 'update_option_', 'delete_option_' ) as $hook ) {
			add_action( $hook . self::OPTION, array( self::class, 'forget' ) );
		}
	}

	/**
	 * Drops this request's copy of the list, after the option was written.
	 *
	 * @since 0.1.0
	 */
	public static function forget(): void {
		self::$sets = array();
	}

	/**
	 * Rebuilds the list when the reference flag of any item changed.
	 *
	 * @since 0.1.0
	 *
	 * @param int|int[] $meta_id   Meta ID(s).
	 * @param int       $object_id Post ID.
	 * @param string    $meta_key  Meta key.
	 */
	public function on_meta_changed( $meta_id, $object_id, $meta_key ): void {
		if ( ProvenanceMeta::IS_REFERENCE === $meta_key ) {
			self::rebuild();
		}
	}

	/**
	 * Whether an item carries the reference flag.
	 *
	 * Reads the meta when WordPress already loaded it (no query), the list otherwise.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 */
	public static function contains( int $post_id ): bool {
		if ( $post_id <= 0 ) {
			return false;
		}
		$meta = wp_cache_get( $post_id, 'post_meta' );
		if ( is_array( $meta ) ) {
			// Straight from the loaded meta: asked for every printed title, where the metadata
			// API's filters cost more than the answer (as the list below, which bypasses them).
			return isset( $meta[ ProvenanceMeta::IS_REFERENCE ][0] ) && rest_sanitize_boolean( maybe_unserialize( $meta[ ProvenanceMeta::IS_REFERENCE ][0] ) );
		}
		$site = get_current_blog_id();
		if ( ! isset( self::$sets[ $site ] ) ) {
			self::$sets[ $site ] = array_fill_keys( self::ids(), true );
		}
		return isset( self::$sets[ $site ][ $post_id ] );
	}

	/**
	 * The flagged post IDs.
	 *
	 * @since 0.1.0
	 *
	 * @return int[]
	 */
	public static function ids(): array {
		$ids = get_option( self::OPTION );
		return is_array( $ids ) ? array_map( 'intval', $ids ) : self::rebuild();
	}

	/**
	 * Reads the flagged IDs from the meta table and stores them (autoloaded).
	 *
	 * @since 0.1.0
	 *
	 * @return int[]
	 */
	public static function rebuild(): array {
		global $wpdb;
		$values = $wpdb->get_results( $wpdb->prepare( "SELECT post_id, meta_value FROM {$wpdb->postmeta} WHERE meta_key = %s", ProvenanceMeta::IS_REFERENCE ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the list is the cache.
		$ids    = array();
		foreach ( $values as $row ) {
			if ( rest_sanitize_boolean( maybe_unserialize( $row->meta_value ) ) ) {
				$ids[] = (int) $row->post_id;
			}
		}
		$ids = array_values( array_unique( $ids ) );
		sort( $ids );
		update_option( self::OPTION, $ids, true );
		self::forget();
		return $ids;
	}
}
