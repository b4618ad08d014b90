<?php
/**
 * The number of published documents and procedures, kept instead of counted per page.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\WriteSide;
use WP_Post;

/**
 * The unfiltered library pages by this number ({@see ItemFinder::query()}): counting the whole
 * sorted list on every page view (SQL_CALC_FOUND_ROWS, or core's per-status count, which is
 * not kept between requests without a persistent object cache) read every row. The number is
 * kept in an autoloaded option, forgotten whenever an item of the type enters or leaves
 * "published" or is deleted, and counted again on the next page view.
 *
 * @since 0.1.0
 */
final class PublishedCount implements WriteSide {

	/**
	 * Option: post type => number of published items.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OPTION = 'ttdt_published_counts';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'transition_post_status', array( $this, 'on_transition' ), 10, 3 );
		add_action( 'deleted_post', array( $this, 'on_delete' ), 10, 2 );
	}

	/**
	 * The number of published items of a type.
	 *
	 * @since 0.1.0
	 *
	 * @param string $post_type Post type.
	 * @return int
	 */
	public static function get( string $post_type ): int {
		$counts = get_option( self::OPTION, array() );
		$counts = is_array( $counts ) ? $counts : array();
		if ( ! isset( $counts[ $post_type ] ) ) {
			$counts[ $post_type ] = (int) ( wp_count_posts( $post_type )->publish ?? 0 );
			update_option( self::OPTION, $counts, true );
		}
		return (int) $counts[ $post_type ];
	}

	/**
	 * Forgets a type's number when one of its items enters or leaves "published".
	 *
	 * @since 0.1.0
	 *
	 * @param string  $new_status New status.
	 * @param string  $old_status Old status.
	 * @param WP_Post $post       The item.
	 */
	public function on_transition( $new_status, $old_status, $post ): void {
		if ( $post instanceof WP_Post && $new_status !== $old_status && in_array( 'publish', array( $new_status, $old_status ), true ) ) {
			self::forget( $post->post_type );
		}
	}

	/**
	 * Forgets a type's number when one of its items is deleted (a forced deletion of a
	 * published item has no status transition).
	 *
	 * @since 0.1.0
	 *
	 * @param int          $post_id Post ID.
	 * @param WP_Post|null $post    The item.
	 */
	public function on_delete( $post_id, $post = null ): void {
		if ( $post instanceof WP_Post ) {
			self::forget( $post->post_type );
		}
	}

	/**
	 * Forgets one type's number.
	 *
	 * @param string $post_type Post type.
	 */
	private static function forget( string $post_type ): void {
		$counts = get_option( self::OPTION, array() );
		if ( is_array( $counts ) && isset( $counts[ $post_type ] ) ) {
			unset( $counts[ $post_type ] );
			update_option( self::OPTION, $counts, true );
		}
	}
}
