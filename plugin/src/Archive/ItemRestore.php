<?php
/**
 * Writes a package's media, items and revisions into the site.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use ZipArchive;

/**
 * Rows are written straight into the posts, meta and term tables rather than through
 * `wp_insert_post()`: a restore gives back what was, so it must not pass the publishing gate
 * again (an item published years ago under the rules of its time stays published), must not
 * add "edited" entries to the audit log it is restoring, and must keep the original dates,
 * which `wp_insert_post()` overwrites. IDs are new; the map old => new rewrites parents,
 * featured images and links in the content once every item is in.
 *
 * @since 0.1.0
 */
final class ItemRestore {

	/**
	 * Old post ID => new post ID.
	 *
	 * @since 0.1.0
	 * @var array<int, int>
	 */
	public array $posts = array();

	/**
	 * Counts of what was written.
	 *
	 * @since 0.1.0
	 * @var array<string, int>
	 */
	public array $counts = array(
		'items'     => 0,
		'revisions' => 0,
		'media'     => 0,
	);

	/**
	 * The package.
	 *
	 * @var ZipArchive
	 */
	private ZipArchive $zip;

	/**
	 * The bag's folder in the zip, with a trailing slash.
	 *
	 * @var string
	 */
	private string $base;

	/**
	 * Old user ID => new user ID.
	 *
	 * @var array<int, int>
	 */
	private array $users;

	/**
	 * Old URL prefix => new, longest first (uploads before home).
	 *
	 * @var array<string, string>
	 */
	private array $urls;

	/**
	 * Old post ID => [ old parent ID ], resolved after every post is in.
	 *
	 * @var array<int, int>
	 */
	private array $parents = array();

	/**
	 * Term taxonomy IDs used, by taxonomy, for the counts.
	 *
	 * @var array<string, array<int, int>>
	 */
	private array $used_terms = array();

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ZipArchive            $zip   The package.
	 * @param string                $base  The bag's folder with a trailing slash.
	 * @param array<int, int>       $users Old user ID => new.
	 * @param array<string, string> $urls  Old URL prefix => new.
	 */
	public function __construct( ZipArchive $zip, string $base, array $users, array $urls ) {
		$this->zip   = $zip;
		$this->base  = $base;
		$this->users = $users;
		$this->urls  = $urls;
	}

	/**
	 * Restores media, then items with their revisions, then parents and links.
	 *
	 * @since 0.1.0
	 */
	public function restore(): void {
		$this->each( '#^data/media/(\d+)\.json$#', array( $this, 'media' ) );
		$this->each( '#^data/items/[a-z0-9_-]+/(\d+)\.json$#', array( $this, 'item' ) );
		$this->relink();
		foreach ( $this->used_terms as $taxonomy => $ids ) {
			wp_update_term_count_now( array_keys( $ids ), $taxonomy );
		}
	}

	/**
	 * Calls back with each record of the zip whose path matches.
	 *
	 * @param string                                $pattern  Path pattern under the bag.
	 * @param callable(array<string, mixed>): void  $callback Per record.
	 */
	private function each( string $pattern, callable $callback ): void {
		for ( $i = 0; $i < $this->zip->numFiles; $i++ ) {
			$name = substr( (string) $this->zip->getNameIndex( $i ), strlen( $this->base ) );
			if ( preg_match( $pattern, $name ) ) {
				do_action( ArchiveJobRunner::HEARTBEAT_HOOK ); // A restore is one long step: its runner keeps its lease.
				0 === $i % 200 && wp_cache_flush_runtime(); // Bounded memory: nothing cached for one record is needed for the next.
				$record = json_decode( (string) $this->zip->getFromIndex( $i ), true );
				if ( is_array( $record ) && isset( $record['id'], $record['type'] ) ) {
					$callback( $record );
				}
			}
		}
	}

	/**
	 * One attachment: its files into uploads, its post and meta.
	 *
	 * @param array<string, mixed> $record Attachment record.
	 */
	private function media( array $record ): void {
		$uploads = wp_upload_dir( null, false );
		foreach ( (array) $record['files'] as $path ) {
			$relative = substr( (string) $path, strlen( 'media/files/' ) );
			// Only plain relative paths under uploads: the package is data, not trusted.
			if ( str_contains( $relative, '..' ) || ! str_starts_with( (string) $path, 'media/files/' ) || 0 !== validate_file( $relative ) ) {
				continue;
			}
			$target = trailingslashit( (string) $uploads['basedir'] ) . $relative;
			wp_mkdir_p( dirname( $target ) );
			$stream = $this->zip->getStream( $this->base . 'data/' . $path );
			$out    = fopen( $target, 'wb' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the file out of the zip.
			if ( $stream && $out ) {
				stream_copy_to_stream( $stream, $out );
			}
			if ( $stream ) {
				fclose( $stream ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the zip entry's stream.
			}
			if ( $out ) {
				fclose( $out ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the file written above.
			}
		}
		$new = $this->insert_post( $record, (string) $record['mime_type'] );
		if ( ! $new ) {
			return;
		}
		$meta = (array) $record['meta'];
		// The file path and sizes are core's own meta, kept in the record's fields.
		$meta['_wp_attached_file'] = array( (string) $record['file'] );
		if ( is_array( $record['metadata'] ) ) {
			$meta['_wp_attachment_metadata'] = array( $record['metadata'] );
		}
		if ( '' !== (string) $record['alt'] ) {
			$meta['_wp_attachment_image_alt'] = array( (string) $record['alt'] );
		}
		$this->insert_meta( $new, $meta );
		++$this->counts['media'];
	}

	/**
	 * One item with its meta, terms and revisions.
	 *
	 * @param array<string, mixed> $record Item record.
	 */
	private function item( array $record ): void {
		$new = $this->insert_post( $record );
		if ( ! $new ) {
			return;
		}
		$this->insert_meta( $new, (array) $record['meta'] );
		$this->assign_terms( $new, (array) $record['terms'] );
		foreach ( (array) $record['revisions'] as $revision ) {
			$revision['parent'] = (int) $record['id'];
			$revision_id        = $this->insert_post( (array) $revision );
			if ( $revision_id ) {
				$this->insert_meta( $revision_id, (array) ( $revision['meta'] ?? array() ) );
				++$this->counts['revisions'];
			}
		}
		++$this->counts['items'];
	}

	/**
	 * Inserts a post row; returns its new ID (0 on failure) and records the mapping.
	 *
	 * @param array<string, mixed> $record    Post record.
	 * @param string               $mime_type Attachment MIME type.
	 * @return int
	 */
	private function insert_post( array $record, string $mime_type = '' ): int {
		global $wpdb;

		$author = (int) ( $record['author']['id'] ?? 0 );
		$fields = array(
			'post_author'           => $this->users[ $author ] ?? get_current_user_id(),
			'post_date'             => (string) $record['date'],
			'post_date_gmt'         => (string) $record['date_gmt'],
			'post_content'          => (string) $record['content'],
			'post_title'            => (string) $record['title'],
			'post_excerpt'          => (string) $record['excerpt'],
			'post_status'           => sanitize_key( (string) $record['status'] ),
			'comment_status'        => sanitize_key( (string) ( $record['comment_status'] ?? 'closed' ) ),
			'ping_status'           => sanitize_key( (string) ( $record['ping_status'] ?? 'closed' ) ),
			'post_name'             => sanitize_title( (string) $record['slug'] ),
			'post_modified'         => (string) $record['modified'],
			'post_modified_gmt'     => (string) $record['modified_gmt'],
			'post_parent'           => 0,
			'menu_order'            => (int) ( $record['menu_order'] ?? 0 ),
			'post_type'             => sanitize_key( (string) $record['type'] ),
			'post_mime_type'        => $mime_type,
			'post_password'         => '',
			'to_ping'               => '',
			'pinged'                => '',
			'post_content_filtered' => '',
			'guid'                  => '',
		);
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- see the class comment: no hooks, original dates.
		if ( ! $wpdb->insert( $wpdb->posts, $fields ) ) {
			return 0;
		}
		$new = (int) $wpdb->insert_id;
		$this->posts[ (int) $record['id'] ] = $new;
		if ( ! empty( $record['parent'] ) ) {
			$this->parents[ $new ] = (int) $record['parent'];
		}
		if ( '' !== $fields['post_name'] && 'revision' !== $fields['post_type'] ) {
			// The target may hold a post of the same name (WordPress's own sample post).
			$fields['post_name'] = wp_unique_post_slug( $fields['post_name'], $new, $fields['post_status'], $fields['post_type'], 0 );
		}
		$guid = 'attachment' === $fields['post_type'] ? $this->rewrite( (string) ( $record['url'] ?? '' ) ) : home_url( '/?p=' . $new );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the row written above.
		$wpdb->update(
			$wpdb->posts,
			array(
				'guid'      => $guid,
				'post_name' => $fields['post_name'],
			),
			array( 'ID' => $new )
		);
		return $new;
	}

	/**
	 * Inserts meta rows (old post IDs in the featured image are mapped in {@see self::relink()}).
	 *
	 * @param int                    $post_id New post ID.
	 * @param array<string, mixed[]> $meta    Key => values.
	 */
	private function insert_meta( int $post_id, array $meta ): void {
		global $wpdb;

		foreach ( $meta as $key => $values ) {
			foreach ( (array) $values as $value ) {
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- see the class comment: no change hooks.
				$wpdb->insert(
					$wpdb->postmeta,
					array(
						'post_id'    => $post_id,
						'meta_key'   => (string) $key, // phpcs:ignore WordPress.DB.SlowDBQuery -- an insert.
						'meta_value' => maybe_serialize( $value ), // phpcs:ignore WordPress.DB.SlowDBQuery -- an insert.
					)
				);
			}
		}
	}

	/**
	 * Links an item to its terms, creating missing ones (parents first).
	 *
	 * @param int                                               $post_id New post ID.
	 * @param array<string, array<int, array<string, string>>> $terms   Taxonomy => terms.
	 */
	private function assign_terms( int $post_id, array $terms ): void {
		global $wpdb;

		foreach ( $terms as $taxonomy => $list ) {
			if ( ! taxonomy_exists( (string) $taxonomy ) ) {
				continue;
			}
			foreach ( (array) $list as $term ) {
				$tt_id = $this->term( (string) $taxonomy, (string) $term['slug'], (string) $term['name'], (string) ( $term['parent'] ?? '' ) );
				if ( $tt_id ) {
					// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- see the class comment: no change hooks.
					$wpdb->replace( $wpdb->term_relationships, array( 'object_id' => $post_id, 'term_taxonomy_id' => $tt_id ) );
					$this->used_terms[ $taxonomy ][ $tt_id ] = $tt_id;
				}
			}
		}
	}

	/**
	 * The term taxonomy ID of a term, created when missing.
	 *
	 * @param string $taxonomy Taxonomy.
	 * @param string $slug     Slug.
	 * @param string $name     Name.
	 * @param string $parent   Parent's slug.
	 * @return int 0 when it cannot be created.
	 */
	private function term( string $taxonomy, string $slug, string $name, string $parent ): int {
		$found = get_term_by( 'slug', $slug, $taxonomy );
		if ( $found ) {
			return (int) $found->term_taxonomy_id;
		}
		$parent_term = '' !== $parent ? get_term_by( 'slug', $parent, $taxonomy ) : null;
		$made        = wp_insert_term(
			$name,
			$taxonomy,
			array(
				'slug'   => $slug,
				'parent' => $parent_term ? (int) $parent_term->term_id : 0,
			)
		);
		return is_array( $made ) ? (int) $made['term_taxonomy_id'] : 0;
	}

	/**
	 * Sets parents and featured images to the new IDs and rewrites links in the content.
	 */
	private function relink(): void {
		global $wpdb;

		foreach ( $this->parents as $new => $old_parent ) {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- rows written by this restore.
			$wpdb->update( $wpdb->posts, array( 'post_parent' => $this->posts[ $old_parent ] ?? 0 ), array( 'ID' => $new ) );
		}
		foreach ( array_chunk( $this->posts, 500, true ) as $chunk ) {
			$ids = implode( ',', array_map( 'intval', $chunk ) );
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- integers written by this restore.
			$rows = $wpdb->get_results( "SELECT ID, post_content, post_excerpt FROM {$wpdb->posts} WHERE ID IN ({$ids})", ARRAY_A );
			foreach ( (array) $rows as $row ) {
				$content = $this->rewrite_ids( $this->rewrite( (string) $row['post_content'] ) );
				$excerpt = $this->rewrite( (string) $row['post_excerpt'] );
				if ( $content !== $row['post_content'] || $excerpt !== $row['post_excerpt'] ) {
					// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- rows written by this restore.
					$wpdb->update( $wpdb->posts, array( 'post_content' => $content, 'post_excerpt' => $excerpt ), array( 'ID' => (int) $row['ID'] ) );
				}
			}
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- integers written by this restore.
			$thumbs = $wpdb->get_results( "SELECT meta_id, meta_value FROM {$wpdb->postmeta} WHERE meta_key = '_thumbnail_id' AND post_id IN ({$ids})", ARRAY_A );
			foreach ( (array) $thumbs as $thumb ) {
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- rows written by this restore.
				$wpdb->update( $wpdb->postmeta, array( 'meta_value' => (string) ( $this->posts[ (int) $thumb['meta_value'] ] ?? 0 ) ), array( 'meta_id' => (int) $thumb['meta_id'] ) ); // phpcs:ignore WordPress.DB.SlowDBQuery -- by meta_id.
			}
			foreach ( $chunk as $new ) {
				clean_post_cache( $new );
			}
		}
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
	 * Replaces old post IDs where blocks and links name them: `?p=`, `?page_id=`,
	 * `wp-image-N` classes and the `"id":N` of image, file and media blocks.
	 *
	 * @param string $content Content.
	 * @return string
	 */
	private function rewrite_ids( string $content ): string {
		$map = $this->posts;
		return (string) preg_replace_callback(
			'/(\?p=|\?page_id=|\?attachment_id=|wp-image-|"id":|"mediaId":)(\d+)\b/',
			static fn( array $m ): string => $m[1] . ( $map[ (int) $m[2] ] ?? $m[2] ),
			$content
		);
	}
}
