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
 * which `wp_insert_post()` overwrites. IDs are new; the map old => new ({@see RestoreMap},
 * written in the slice's transaction) makes a slice run twice skip what it wrote, and lets
 * {@see RestoreRelink} rewrite parents, featured images and links once every item is in.
 *
 * @since 0.1.0
 */
final class ItemRestore {

	/**
	 * What each kind reads: zip path pattern under the bag (group 1: the old ID).
	 *
	 * @var array<string, string>
	 */
	private const PATTERNS = array(
		'media' => '#^data/media/(\d+)\.json$#',
		'item'  => '#^data/items/[a-z0-9_-]+/(\d+)\.json$#',
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
	 * Term taxonomy IDs found this slice, by taxonomy and slug.
	 *
	 * @var array<string, int>
	 */
	private array $terms = array();

	/**
	 * The slice's posts, written together.
	 *
	 * @var RestorePosts
	 */
	private RestorePosts $posts;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ZipArchive            $zip  The package.
	 * @param string                $base The bag's folder with a trailing slash.
	 * @param RestoreMap            $map  The restore's map of IDs (accounts already in it).
	 * @param array<string, string> $urls  Old URL prefix => new.
	 * @param int                   $floor Highest post ID before the restore.
	 */
	public function __construct( ZipArchive $zip, string $base, RestoreMap $map, array $urls, int $floor ) {
		$this->zip   = $zip;
		$this->base  = $base;
		$this->map   = $map;
		$this->urls  = $urls;
		$this->posts = new RestorePosts( $map, $floor );
	}

	/**
	 * How many records of a kind the package holds (the progress's total).
	 *
	 * @since 0.1.0
	 *
	 * @param ZipArchive $zip  The package.
	 * @param string     $base The bag's folder with a trailing slash.
	 * @return int
	 */
	public static function total( ZipArchive $zip, string $base ): int {
		$total = 0;
		for ( $i = 0; $i < $zip->numFiles; $i++ ) {
			$name = substr( (string) $zip->getNameIndex( $i ), strlen( $base ) );
			foreach ( self::PATTERNS as $pattern ) {
				$total += preg_match( $pattern, $name );
			}
		}
		return $total;
	}

	/**
	 * Restores the next records of a kind (`media`, then `item` with its revisions), from zip
	 * entry `$cursor` on, until `$limit` records are read or the time is up. Records already
	 * in the map (a slice run again) are skipped.
	 *
	 * @since 0.1.0
	 *
	 * @param string $kind   `media` or `item`.
	 * @param int    $cursor Zip entry index to start from.
	 * @param float  $until  When to stop (microtime).
	 * @param int    $limit  Records per slice.
	 * @return array{0: int, 1: int} The next cursor (≥ the zip's entries when all are read) and the records read.
	 */
	public function slice( string $kind, int $cursor, float $until, int $limit ): array {
		$found = array();
		for ( $i = $cursor; $i < $this->zip->numFiles && count( $found ) < $limit; $i++ ) {
			if ( preg_match( self::PATTERNS[ $kind ], substr( (string) $this->zip->getNameIndex( $i ), strlen( $this->base ) ), $m ) ) {
				$found[ $i ] = (int) $m[1];
			}
		}
		$next = $i;
		$done = $this->map->find( array( $kind ), $found );
		$read = 0;
		foreach ( $found as $index => $old ) {
			if ( $read > 0 && microtime( true ) > $until ) {
				$next = $index; // The rest next slice.
				break;
			}
			++$read;
			if ( isset( $done[ $old ] ) ) {
				continue;
			}
			$record = json_decode( (string) $this->zip->getFromIndex( $index ), true );
			if ( is_array( $record ) && isset( $record['id'], $record['type'] ) ) {
				'media' === $kind ? $this->media( $record ) : $this->item( $record );
			}
		}
		$this->posts->flush();
		return array( $next, $read );
	}

	/**
	 * Whether a file of a package may be written into uploads: a plain relative path, named as
	 * a media library file may be. A package's checksums prove only that it is whole, and
	 * anyone can compute them: a crafted one must not put a PHP file where the web server runs
	 * it, or replace the private folder's `.htaccess` (a site administrator of a network may
	 * restore, but may not upload such files).
	 *
	 * @since 0.1.0
	 *
	 * @param string $relative Path under uploads.
	 * @return bool
	 */
	public static function is_restorable_file( string $relative ): bool {
		$name = wp_basename( $relative );
		return '' !== $name && ! str_contains( $relative, '..' ) && 0 === validate_file( $relative )
			&& ! str_starts_with( $name, '.' )
			&& ! preg_match( '/\.(php\d*|phtml|phar|pht|cgi|pl|py|sh|asp|aspx|jsp)(\.|$)/i', $name )
			&& false !== wp_check_filetype( $name )['ext'];
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
			if ( ! str_starts_with( (string) $path, 'media/files/' ) || ! self::is_restorable_file( $relative ) ) {
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
		$meta = (array) $record['meta'];
		// The file path and sizes are core's own meta, kept in the record's fields.
		$meta['_wp_attached_file'] = array( (string) $record['file'] );
		if ( is_array( $record['metadata'] ) ) {
			$meta['_wp_attachment_metadata'] = array( $record['metadata'] );
		}
		if ( '' !== (string) $record['alt'] ) {
			$meta['_wp_attachment_image_alt'] = array( (string) $record['alt'] );
		}
		$this->posts->add( 'media', $record, $meta, array(), $this->rewrite( (string) ( $record['url'] ?? '' ) ), (string) $record['mime_type'] );
	}

	/**
	 * One item with its meta, terms and revisions.
	 *
	 * @param array<string, mixed> $record Item record.
	 */
	private function item( array $record ): void {
		$this->posts->add( 'item', $record, (array) $record['meta'], $this->term_ids( (array) $record['terms'] ) );
		foreach ( (array) $record['revisions'] as $revision ) {
			$revision['parent'] = (int) $record['id'];
			$this->posts->add( 'revision', (array) $revision, (array) ( $revision['meta'] ?? array() ), array() );
		}
	}

	/**
	 * The term taxonomy IDs of an item's terms, creating missing ones (parents first). Counts
	 * are recomputed once at the end ({@see RestoreWriter}).
	 *
	 * @param array<string, array<int, array<string, string>>> $terms Taxonomy => terms.
	 * @return int[]
	 */
	private function term_ids( array $terms ): array {
		$ids = array();
		foreach ( $terms as $taxonomy => $list ) {
			if ( ! taxonomy_exists( (string) $taxonomy ) ) {
				continue;
			}
			foreach ( (array) $list as $term ) {
				$key = $taxonomy . '|' . $term['slug'];
				if ( ! isset( $this->terms[ $key ] ) ) {
					$this->terms[ $key ] = $this->term( (string) $taxonomy, (string) $term['slug'], (string) $term['name'], (string) ( $term['parent'] ?? '' ) );
				}
				if ( $this->terms[ $key ] ) {
					$ids[] = $this->terms[ $key ];
				}
			}
		}
		return $ids;
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
	 * Replaces the old site's URLs by this site's.
	 *
	 * @param string $text Text.
	 * @return string
	 */
	private function rewrite( string $text ): string {
		return '' === $text ? $text : strtr( $text, $this->urls );
	}
}
