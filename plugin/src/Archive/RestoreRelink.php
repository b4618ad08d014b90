<?php
/**
 * Points a restore's posts at each other's new IDs.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

/**
 * Once every post of the package is in, each one's parent, featured image, address and the
 * links in its content are set to the new IDs, a slice of posts at a time. A post done is
 * marked in the map in the slice's transaction, so a slice run again does not map an ID that
 * is already new a second time (old and new IDs overlap).
 *
 * @since 0.1.0
 */
final class RestoreRelink {

	/**
	 * Where blocks and links name a post: `?p=`, `?page_id=`, `?attachment_id=`, `wp-image-N`
	 * classes and the `"id":N` of image, file and media blocks.
	 *
	 * @var string
	 */
	private const ID_PATTERN = '(\?p=|\?page_id=|\?attachment_id=|wp-image-|"id":|"mediaId":)(\d+)\b';

	/**
	 * The restore's map of IDs.
	 *
	 * @var RestoreMap
	 */
	private RestoreMap $map;

	/**
	 * Old URL prefix => new, longest first (uploads before home).
	 *
	 * @var array<string, string>
	 */
	private array $urls;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param RestoreMap            $map  The restore's map of IDs.
	 * @param array<string, string> $urls Old URL prefix => new.
	 */
	public function __construct( RestoreMap $map, array $urls ) {
		$this->map  = $map;
		$this->urls = $urls;
	}

	/**
	 * Relinks the next posts.
	 *
	 * @since 0.1.0
	 *
	 * @param int $limit Posts per slice.
	 * @return int How many were relinked (fewer than `$limit`: all are done).
	 */
	public function slice( int $limit ): int {
		global $wpdb;

		$posts = $this->map->unlinked( $limit );
		if ( ! $posts ) {
			return 0;
		}
		$ids  = implode( ',', array_keys( $posts ) );
		$home = home_url( '/?p=' );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- integers written by this restore.
		$rows = (array) $wpdb->get_results( "SELECT ID, post_content, post_excerpt FROM {$wpdb->posts} WHERE ID IN ({$ids})", ARRAY_A );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- integers written by this restore.
		$thumbs = (array) $wpdb->get_results( "SELECT meta_id, meta_value FROM {$wpdb->postmeta} WHERE meta_key = '_thumbnail_id' AND post_id IN ({$ids})", ARRAY_A );
		// Every old ID the slice names, looked up in one query.
		$named = array_merge( array_values( $posts ), array_map( 'intval', array_column( $thumbs, 'meta_value' ) ) );
		foreach ( $rows as $row ) {
			preg_match_all( '/' . self::ID_PATTERN . '/', (string) $row['post_content'], $m );
			$named = array_merge( $named, array_map( 'intval', $m[2] ) );
		}
		$new     = $this->map->find( RestoreMap::POSTS, $named );
		$parents = array();
		foreach ( $posts as $id => $old_parent ) {
			$parents[] = $wpdb->prepare( 'WHEN %d THEN %d', $id, $new[ $old_parent ] ?? 0 );
		}
		// One statement for the slice's parents and addresses (an attachment's is its file's).
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- every value prepared above; rows written by this restore.
		$wpdb->query( $wpdb->prepare( "UPDATE {$wpdb->posts} SET post_parent = CASE ID " . implode( ' ', $parents ) . " ELSE post_parent END, guid = CASE WHEN post_type = 'attachment' THEN guid ELSE CONCAT(%s, ID) END WHERE ID IN ({$ids})", $home ) );
		foreach ( $rows as $row ) {
			$content = $this->rewrite_ids( $this->rewrite( (string) $row['post_content'] ), $new );
			$excerpt = $this->rewrite( (string) $row['post_excerpt'] );
			if ( $content !== $row['post_content'] || $excerpt !== $row['post_excerpt'] ) {
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- rows written by this restore.
				$wpdb->update( $wpdb->posts, array( 'post_content' => $content, 'post_excerpt' => $excerpt ), array( 'ID' => (int) $row['ID'] ) );
			}
		}
		foreach ( $thumbs as $thumb ) {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- rows written by this restore.
			$wpdb->update( $wpdb->postmeta, array( 'meta_value' => (string) ( $new[ (int) $thumb['meta_value'] ] ?? 0 ) ), array( 'meta_id' => (int) $thumb['meta_id'] ) ); // phpcs:ignore WordPress.DB.SlowDBQuery -- by meta_id.
		}
		$this->map->linked( array_keys( $posts ) );
		// Not clean_post_cache(): its hooks would load every post again; nothing else changed.
		wp_cache_delete_multiple( array_keys( $posts ), 'posts' );
		wp_cache_delete_multiple( array_keys( $posts ), 'post_meta' );
		return count( $posts );
	}

	/**
	 * Replaces the old site's URLs by this site's.
	 *
	 * @param string $text Text.
	 * @return string
	 */
	private function rewrite( string $text ): string {
		return '' === $text ? $text : strtr( $text, $this->urls );
	}

	/**
	 * Replaces old post IDs where blocks and links name them.
	 *
	 * @param string          $content Content.
	 * @param array<int, int> $map     Old ID => new.
	 * @return string
	 */
	private function rewrite_ids( string $content, array $map ): string {
		return (string) preg_replace_callback(
			'/' . self::ID_PATTERN . '/',
			static fn( array $m ): string => $m[1] . ( $map[ (int) $m[2] ] ?? $m[2] ),
			$content
		);
	}
}
