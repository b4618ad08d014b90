<?php
/**
 * Writes a restore slice's posts with their meta, terms and mappings.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

/**
 * The posts a slice reads ({@see ItemRestore}) are written together: one multi-row INSERT
 * (a few for large content), their new IDs read back in one query by a marker each row
 * carries in its `guid` until {@see RestoreRelink} sets the real one, then all their meta,
 * term links and mappings. On a loaded database server each statement costs a millisecond
 * or more: row by row, a post with its meta, slug check and mapping took ~6 ms.
 *
 * @since 0.1.0
 */
final class RestorePosts {

	/**
	 * The restore's map of IDs.
	 *
	 * @var RestoreMap
	 */
	private RestoreMap $map;

	/**
	 * Old user ID => new user ID.
	 *
	 * @var array<int, int>
	 */
	private array $users;

	/**
	 * Highest post ID before the restore: a package's slug is changed only when it is taken
	 * by a post that was there before (WordPress's own sample post).
	 *
	 * @var int
	 */
	private int $floor;

	/**
	 * Posts added and not yet written: kind, old ID, old parent ID, row, meta, term taxonomy
	 * IDs and, for an attachment, its address.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	private array $pending = array();

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param RestoreMap $map   The restore's map of IDs (accounts already in it).
	 * @param int        $floor Highest post ID before the restore.
	 */
	public function __construct( RestoreMap $map, int $floor ) {
		$this->map   = $map;
		$this->users = $map->all( 'user' );
		$this->floor = $floor;
	}

	/**
	 * Adds a post to the slice's writing.
	 *
	 * @since 0.1.0
	 *
	 * @param string                 $kind      Kind in the map.
	 * @param array<string, mixed>   $record    Post record.
	 * @param array<string, mixed[]> $meta      Meta key => values.
	 * @param int[]                  $terms     Term taxonomy IDs.
	 * @param string                 $guid      An attachment's address ('' for the others).
	 * @param string                 $mime_type Attachment MIME type.
	 */
	public function add( string $kind, array $record, array $meta, array $terms, string $guid = '', string $mime_type = '' ): void {
		$author          = (int) ( $record['author']['id'] ?? 0 );
		$this->pending[] = array(
			'kind'   => $kind,
			'old'    => (int) $record['id'],
			'parent' => (int) ( $record['parent'] ?? 0 ),
			'meta'   => $meta,
			'terms'  => $terms,
			// An attachment's address is its file's; the others' is set from the new ID by RestoreRelink.
			'guid'   => 'attachment' === $record['type'] ? $guid : '',
			'row'    => array(
				'post_author'           => (int) ( $this->users[ $author ] ?? get_current_user_id() ),
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
				// Marks the row until its ID is read back (set by RestoreRelink afterwards).
				'guid'                  => 'ttdt-restore:' . $this->map->run() . ':' . (int) $record['id'],
			),
		);
	}

	/**
	 * Writes the slice's posts, then their meta, terms and mappings, each in one statement
	 * (or a few): see {@see BulkInsert}.
	 *
	 * @since 0.1.0
	 */
	public function flush(): void {
		global $wpdb;

		if ( ! $this->pending ) {
			return;
		}
		$this->unique_slugs();
		$first = BulkInsert::rows( $wpdb->posts, array_column( $this->pending, 'row' ) );
		if ( false === $first ) {
			return; // The transaction is rolled back (a failed query), and the slice fails.
		}
		$markers = implode( ',', array_map( static fn( array $post ): string => $wpdb->prepare( '%s', $post['row']['guid'] ), $this->pending ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- markers prepared above; rows written by this slice.
		$ids   = array_column( (array) $wpdb->get_results( $wpdb->prepare( "SELECT ID, guid FROM {$wpdb->posts} WHERE ID >= %d AND guid IN ({$markers})", $first ), ARRAY_A ), 'ID', 'guid' );
		$meta  = array();
		$terms = array();
		$map   = array();
		foreach ( $this->pending as $post ) {
			$new = (int) ( $ids[ $post['row']['guid'] ] ?? 0 );
			if ( ! $new ) {
				continue;
			}
			$map[ $post['kind'] ][] = array( $post['old'], $new, $post['parent'] );
			if ( '' !== $post['guid'] ) {
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the row written above (an attachment: few).
				$wpdb->update( $wpdb->posts, array( 'guid' => $post['guid'] ), array( 'ID' => $new ) );
			}
			foreach ( $post['meta'] as $key => $values ) {
				foreach ( (array) $values as $value ) {
					$meta[] = array(
						'post_id'    => $new,
						'meta_key'   => (string) $key, // phpcs:ignore WordPress.DB.SlowDBQuery -- an insert.
						'meta_value' => (string) maybe_serialize( $value ), // phpcs:ignore WordPress.DB.SlowDBQuery -- an insert.
					);
				}
			}
			foreach ( $post['terms'] as $tt_id ) {
				$terms[] = array(
					'object_id'        => $new,
					'term_taxonomy_id' => $tt_id,
				);
			}
		}
		BulkInsert::rows( $wpdb->postmeta, $meta );
		BulkInsert::rows( $wpdb->term_relationships, $terms, true );
		foreach ( $map as $kind => $rows ) {
			$this->map->add( $kind, $rows );
		}
		$this->pending = array();
	}

	/**
	 * Gives a new slug to the slice's posts whose slug a post that was there before the
	 * restore holds (one query for the slice; the package's own slugs are kept as they were).
	 */
	private function unique_slugs(): void {
		global $wpdb;

		$names = array_filter( array_unique( array_column( array_column( $this->pending, 'row' ), 'post_name' ) ) );
		if ( ! $names ) {
			return;
		}
		$list = implode( ',', array_map( static fn( string $name ): string => $wpdb->prepare( '%s', $name ), $names ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- names prepared above.
		$taken = (array) $wpdb->get_results( $wpdb->prepare( "SELECT post_name, post_type FROM {$wpdb->posts} WHERE ID <= %d AND post_name IN ({$list})", $this->floor ), ARRAY_A );
		$taken = array_flip( array_map( static fn( array $row ): string => $row['post_type'] . '|' . $row['post_name'], $taken ) );
		foreach ( $this->pending as &$post ) {
			$row = &$post['row'];
			if ( 'revision' !== $row['post_type'] && isset( $taken[ $row['post_type'] . '|' . $row['post_name'] ] ) ) {
				$row['post_name'] = wp_unique_post_slug( $row['post_name'], 0, $row['post_status'], $row['post_type'], 0 );
			}
			unset( $row );
		}
		unset( $post );
	}
}
