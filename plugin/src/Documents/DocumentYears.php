<?php
/**
 * The years documents were issued in, for the library's year filter.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\WriteSide;
use WP_Post;

/**
 * A DISTINCT over every document's issue date reads all of them (50 ms with 5,000 documents on
 * the bench), and every page of the library shows the year filter. Without a persistent object
 * cache `wp_cache_*` lasts one request, so the list is kept in an option-backed transient and
 * dropped whenever a document or its issue date changes.
 *
 * @since 0.1.0
 */
final class DocumentYears implements WriteSide {

	/**
	 * Transient holding the years.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const TRANSIENT = 'ttdt_document_years';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'wp_after_insert_post', array( $this, 'post_saved' ), 10, 2 );
		add_action( 'deleted_post', array( self::class, 'forget' ) );
		add_action( 'added_post_meta', array( $this, 'meta_changed' ), 10, 3 );
		add_action( 'updated_post_meta', array( $this, 'meta_changed' ), 10, 3 );
		add_action( 'deleted_post_meta', array( $this, 'meta_changed' ), 10, 3 );
	}

	/**
	 * The years, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @return int[]
	 */
	public static function all(): array {
		global $wpdb;

		$years = get_transient( self::TRANSIENT );
		if ( ! is_array( $years ) ) {
			$years = array_values(
				array_filter(
					array_map(
						'intval',
						// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- DISTINCT over one meta key has no API; kept in a transient.
						$wpdb->get_col(
							$wpdb->prepare(
								"SELECT DISTINCT LEFT(m.meta_value, 4) AS y FROM {$wpdb->postmeta} m INNER JOIN {$wpdb->posts} p ON p.ID = m.post_id WHERE m.meta_key = %s AND m.meta_value <> '' AND p.post_type = %s AND p.post_status = 'publish' ORDER BY y DESC",
								DocumentMeta::ISSUED,
								DocumentPostType::NAME
							)
						)
					)
				)
			);
			// No expiry, so it loads with the other options (no query of its own); every change
			// that can alter the list drops it.
			set_transient( self::TRANSIENT, $years );
		}
		return $years;
	}

	/**
	 * Drops the list (it is rebuilt by the next page that shows it).
	 *
	 * @since 0.1.0
	 */
	public static function forget(): void {
		delete_transient( self::TRANSIENT );
	}

	/**
	 * Drops the list when a document is saved (published, unpublished, trashed).
	 *
	 * @since 0.1.0
	 *
	 * @param int     $post_id Post ID.
	 * @param WP_Post $post    The post.
	 */
	public function post_saved( $post_id, $post ): void {
		if ( $post instanceof WP_Post && DocumentPostType::NAME === $post->post_type ) {
			self::forget();
		}
	}

	/**
	 * Drops the list when an issue date changes outside a save.
	 *
	 * @since 0.1.0
	 *
	 * @param int|int[] $meta_ids Meta ID(s).
	 * @param int       $post_id  Post ID.
	 * @param string    $key      Meta key.
	 */
	public function meta_changed( $meta_ids, $post_id, $key ): void {
		if ( DocumentMeta::ISSUED === $key ) {
			self::forget();
		}
	}
}
