<?php
/**
 * Writes the portal's items, their revisions and their media into a bag.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemTypes;
use WP_Post;

/**
 * One JSON file per item (`data/items/<type>/<id>.json`) with every revision, its `ttdt_*`
 * metadata and its terms; one per attachment (`data/media/<id>.json`) beside its files
 * (`data/media/files/…`, the path under uploads). Items are read by ID in pages and the
 * object cache is emptied after each page, so 50,000 items take the memory of one page;
 * a background job writes a few pages per request, going on from the cursor.
 *
 * @since 0.1.0
 */
final class ItemExport {

	/**
	 * Items read per query.
	 *
	 * @var int
	 */
	private const PAGE = 200;

	/**
	 * Counts of what was written, for `bag-info.txt` and the index.
	 *
	 * @var array<string, int>
	 */
	public array $counts = array(
		'items'     => 0,
		'revisions' => 0,
		'media'     => 0,
	);

	/**
	 * The bag.
	 *
	 * @var BagWriter
	 */
	private BagWriter $bag;

	/**
	 * The human-readable index.
	 *
	 * @var IndexPage
	 */
	private IndexPage $index;

	/**
	 * The page's revisions by item ID, oldest first, read in one query.
	 *
	 * @var array<int, WP_Post[]>
	 */
	private array $revisions = array();

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param BagWriter $bag   The bag.
	 * @param IndexPage $index The index being written.
	 */
	public function __construct( BagWriter $bag, IndexPage $index ) {
		$this->bag   = $bag;
		$this->index = $index;
	}

	/**
	 * The post types an archive holds: the items, pages, and the media they use.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function post_types(): array {
		return array_values( array_unique( array_merge( ItemTypes::all(), array( 'page' ) ) ) );
	}

	/**
	 * Writes the next page of items modified in the period (every item type, then the
	 * attachments) and says where the next page starts.
	 *
	 * @since 0.1.0
	 *
	 * @param array{type: int, after: int} $cursor Type (index in {@see self::post_types()}, then attachments) and last ID written.
	 * @param string|null                  $from   Earliest modification (GMT, `Y-m-d H:i:s`), or null.
	 * @param string|null                  $to     Latest modification, or null.
	 * @return array{type: int, after: int}|null The next cursor, or null when everything is written.
	 */
	public function page( array $cursor, ?string $from, ?string $to ): ?array {
		global $wpdb;

		$types = array_merge( self::post_types(), array( 'attachment' ) );
		$type  = $types[ $cursor['type'] ] ?? null;
		if ( null === $type ) {
			return null;
		}
		if ( 'attachment' === $type && 0 === $cursor['after'] ) {
			$this->index->section( __( 'Media', 'ttdt-portal' ) );
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- keyset paging by ID, which WP_Query cannot do.
		$ids = $wpdb->get_col(
			$wpdb->prepare(
				"SELECT ID FROM {$wpdb->posts} WHERE post_type = %s AND post_status <> 'auto-draft' AND ID > %d AND post_modified_gmt >= %s AND post_modified_gmt <= %s ORDER BY ID LIMIT %d",
				$type,
				$cursor['after'],
				$from ?? '0000-00-00 00:00:00',
				$to ?? '9999-12-31 23:59:59',
				self::PAGE
			)
		);
		$ids = array_map( 'intval', $ids );
		// The page's posts, terms, meta and revisions in a few queries, not several per item:
		// on a busy database server each costs a few milliseconds.
		_prime_post_caches( $ids, true, true );
		$this->revisions = array();
		if ( $ids && 'attachment' !== $type ) {
			$revisions = get_posts(
				array(
					'post_type'              => 'revision',
					'post_status'            => 'inherit',
					'post_parent__in'        => $ids,
					'orderby'                => 'date ID',
					'order'                  => 'ASC',
					'posts_per_page'         => -1,
					'update_post_term_cache' => false,
				)
			);
			foreach ( $revisions as $revision ) {
				$this->revisions[ (int) $revision->post_parent ][] = $revision;
			}
		}
		foreach ( $ids as $id ) {
			$post = get_post( $id );
			if ( $post instanceof WP_Post ) {
				'attachment' === $type ? $this->write_attachment( $post ) : $this->write_item( $post );
			}
			$cursor['after'] = $id;
		}
		// Bounded memory: nothing read for this page is needed for the next.
		wp_cache_flush_runtime();
		if ( count( $ids ) < self::PAGE ) {
			$cursor = array(
				'type'  => $cursor['type'] + 1,
				'after' => 0,
			);
		}
		return $cursor;
	}

	/**
	 * How many items and attachments the period holds, for the progress of a job.
	 *
	 * @since 0.1.0
	 *
	 * @param string|null $from Earliest modification, or null.
	 * @param string|null $to   Latest modification, or null.
	 * @return int
	 */
	public static function total( ?string $from, ?string $to ): int {
		global $wpdb;

		$types = array_merge( self::post_types(), array( 'attachment' ) );
		$in    = implode( ',', array_fill( 0, count( $types ), '%s' ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- placeholders built above.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type IN ({$in}) AND post_status <> 'auto-draft' AND post_modified_gmt >= %s AND post_modified_gmt <= %s", array_merge( $types, array( $from ?? '0000-00-00 00:00:00', $to ?? '9999-12-31 23:59:59' ) ) ) );
	}

	/**
	 * Writes one item.
	 *
	 * @param WP_Post $post Item.
	 */
	private function write_item( WP_Post $post ): void {
		$record              = self::post_fields( $post );
		$record['meta']      = self::meta( $post->ID );
		$record['terms']     = self::terms( $post );
		$record['link']      = (string) get_permalink( $post );
		$record['revisions'] = array();
		// As wp_get_post_revisions() gives them, read for the whole page by page().
		foreach ( wp_revisions_enabled( $post ) ? $this->revisions[ $post->ID ] ?? array() : array() as $revision ) {
			$record['revisions'][] = self::post_fields( $revision ) + array( 'meta' => self::meta( $revision->ID ) );
		}
		$path = 'items/' . sanitize_key( $post->post_type ) . '/' . $post->ID . '.json';
		$this->bag->add_string( $path, self::json( $record ) );
		$this->index->item( $record, $path );
		++$this->counts['items'];
		$this->counts['revisions'] += count( $record['revisions'] );
	}

	/**
	 * Writes one attachment's record and its files (original and generated sizes).
	 *
	 * @param WP_Post $post Attachment.
	 */
	private function write_attachment( WP_Post $post ): void {
		$record = self::post_fields( $post ) + array(
			'mime_type' => $post->post_mime_type,
			'file'      => (string) get_post_meta( $post->ID, '_wp_attached_file', true ),
			'metadata'  => wp_get_attachment_metadata( $post->ID ),
			'alt'       => (string) get_post_meta( $post->ID, '_wp_attachment_image_alt', true ),
			'url'       => (string) wp_get_attachment_url( $post->ID ),
			'meta'      => self::meta( $post->ID ),
			'files'     => array(),
		);
		$uploads = wp_upload_dir( null, false );
		$base    = trailingslashit( (string) $uploads['basedir'] );
		$dir     = dirname( $record['file'] );
		$names   = array( $record['file'] );
		foreach ( (array) ( $record['metadata']['sizes'] ?? array() ) as $size ) {
			if ( ! empty( $size['file'] ) ) {
				$names[] = ( '.' === $dir ? '' : $dir . '/' ) . $size['file'];
			}
		}
		foreach ( array_unique( $names ) as $name ) {
			// Only files under uploads, by a path without `..`: the meta is data, not trusted.
			if ( '' !== $name && ! str_contains( $name, '..' ) && $this->bag->add_file( 'media/files/' . ltrim( $name, '/' ), $base . ltrim( $name, '/' ) ) ) {
				$record['files'][] = 'media/files/' . ltrim( $name, '/' );
			}
		}
		$path = 'media/' . $post->ID . '.json';
		$this->bag->add_string( $path, self::json( $record ) );
		$this->index->media( $record, $path );
		++$this->counts['media'];
	}

	/**
	 * The fields of a post or revision.
	 *
	 * @param WP_Post $post Post.
	 * @return array<string, mixed>
	 */
	private static function post_fields( WP_Post $post ): array {
		$author = get_userdata( (int) $post->post_author );
		return array(
			'id'             => $post->ID,
			'type'           => $post->post_type,
			'status'         => $post->post_status,
			'slug'           => $post->post_name,
			'title'          => $post->post_title,
			'content'        => $post->post_content,
			'excerpt'        => $post->post_excerpt,
			'date'           => $post->post_date,
			'date_gmt'       => $post->post_date_gmt,
			'modified'       => $post->post_modified,
			'modified_gmt'   => $post->post_modified_gmt,
			'author'         => $author ? array(
				'id'    => $author->ID,
				'login' => $author->user_login,
				'name'  => $author->display_name,
			) : null,
			'parent'         => (int) $post->post_parent,
			'menu_order'     => (int) $post->menu_order,
			'comment_status' => $post->comment_status,
			'ping_status'    => $post->ping_status,
		);
	}

	/**
	 * The plugin's metadata of a post (`ttdt_*`, `_ttdt_*`) and its featured image.
	 *
	 * @param int $post_id Post ID.
	 * @return array<string, mixed[]> Key => every value.
	 */
	private static function meta( int $post_id ): array {
		$meta = array();
		foreach ( (array) get_post_meta( $post_id ) as $key => $values ) {
			if ( preg_match( '/^_?ttdt_/', (string) $key ) || '_thumbnail_id' === $key ) {
				$meta[ $key ] = array_map( 'maybe_unserialize', (array) $values );
			}
		}
		return $meta;
	}

	/**
	 * The terms of an item, by taxonomy: slug, name and the parent's slug.
	 *
	 * @param WP_Post $post Item.
	 * @return array<string, array<int, array<string, string>>>
	 */
	private static function terms( WP_Post $post ): array {
		$terms = array();
		foreach ( get_object_taxonomies( $post->post_type ) as $taxonomy ) {
			$found = get_the_terms( $post, $taxonomy );
			if ( ! is_array( $found ) ) {
				continue;
			}
			foreach ( $found as $term ) {
				$parent               = $term->parent ? get_term( $term->parent, $taxonomy ) : null;
				$terms[ $taxonomy ][] = array(
					'slug'   => $term->slug,
					'name'   => $term->name,
					'parent' => $parent instanceof \WP_Term ? $parent->slug : '',
				);
			}
		}
		return $terms;
	}

	/**
	 * JSON as the package stores it: readable, Unicode kept as is.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $data Data.
	 * @return string
	 */
	public static function json( $data ): string {
		return (string) wp_json_encode( $data, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT );
	}
}
