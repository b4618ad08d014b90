<?php
/**
 * Files reference news in the reference section and only there (Art. 7.1).
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\Sections;
use Ttdt\Support\WriteSide;

/**
 * The flag is the authority: whenever an item's categories or its reference flag change —
 * through REST, the classic screens, quick edit, XML-RPC or any code calling the term and meta
 * APIs — the categories are put right. A flagged item sits in "Tin tham khảo" alone; an item
 * without the flag never sits there. Every other category is an official section.
 *
 * REST and `wp_insert_post()` write categories before meta, so both changes are watched: the
 * last one to land settles the filing.
 *
 * The section is known by its term ID (see `Sections`), so a rename keeps it the reference
 * section; only an administrator may rename or delete it (see `SectionCapabilities`). When it
 * is deleted anyway (by an administrator or by code), a new reference section is created at
 * once and every flagged item is filed in it, so no reference item is left without a section.
 *
 * @since 0.1.0
 */
final class ReferenceFiling implements WriteSide {

	/**
	 * Whether the filing is being corrected (the correction itself sets terms).
	 *
	 * @var bool
	 */
	private bool $filing = false;

	/**
	 * Official sections asked for while the flag was on, by post ID. REST sets terms before
	 * meta: when one request asks for sections and clears the flag, the sections were set
	 * (and displaced) first; they are restored when the flag goes.
	 *
	 * @var array<int, int[]>
	 */
	private array $displaced = array();

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'set_object_terms', array( $this, 'on_terms_set' ), 10, 4 );
		add_action( 'added_post_meta', array( $this, 'on_meta_changed' ), 10, 3 );
		add_action( 'updated_post_meta', array( $this, 'on_meta_changed' ), 10, 3 );
		add_action( 'deleted_post_meta', array( $this, 'on_meta_changed' ), 10, 3 );
		add_action( 'delete_term', array( $this, 'on_term_deleted' ), 10, 5 );
	}

	/**
	 * Re-creates the reference section when it was deleted and files its items in the new one.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $term_id    Deleted term ID.
	 * @param int    $tt_id      Deleted term taxonomy ID.
	 * @param string $taxonomy   Taxonomy.
	 * @param mixed  $deleted    Copy of the deleted term.
	 * @param int[]  $object_ids Objects that were in the term.
	 */
	public function on_term_deleted( $term_id, $tt_id, $taxonomy, $deleted = null, $object_ids = array() ): void {
		if ( 'category' !== $taxonomy || (int) $term_id !== Sections::term_id( Sections::REFERENCE ) ) {
			return;
		}
		global $wpdb;
		// Core leaves the items' rows pointing at the deleted section; they would count nowhere.
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->term_relationships} WHERE term_taxonomy_id = %d", (int) $tt_id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- one-off repair after a deletion.
		if ( ! self::reference_term_id() ) {
			return;
		}
		foreach ( array_map( 'intval', (array) $object_ids ) as $post_id ) {
			clean_object_term_cache( $post_id, (string) get_post_type( $post_id ) );
			$this->file( $post_id );
		}
		$this->file_all_flagged();
	}

	/**
	 * Files every item carrying the flag, in pages, whatever its status.
	 *
	 * @since 0.1.0
	 */
	public function file_all_flagged(): void {
		$statuses = array_values( array_diff( get_post_stati(), array( 'auto-draft', 'inherit' ) ) );
		for ( $page = 1; ; $page++ ) {
			$ids = get_posts(
				array(
					'post_type'              => ProvenanceMeta::post_types(),
					'post_status'            => $statuses,
					'meta_key'               => ProvenanceMeta::IS_REFERENCE, // phpcs:ignore WordPress.DB.SlowDBQuery -- runs once, after the section is deleted.
					'fields'                 => 'ids',
					'posts_per_page'         => 200,
					'paged'                  => $page,
					'orderby'                => 'ID',
					'order'                  => 'ASC',
					'no_found_rows'          => true,
					'suppress_filters'       => true,
					'update_post_term_cache' => false,
				)
			);
			foreach ( $ids as $post_id ) {
				$this->file( (int) $post_id );
			}
			if ( count( $ids ) < 200 ) {
				return;
			}
		}
	}

	/**
	 * Re-files an item whose categories were just set.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $object_id Object ID.
	 * @param array  $terms     Terms given.
	 * @param array  $tt_ids    Term taxonomy IDs set.
	 * @param string $taxonomy  Taxonomy.
	 */
	public function on_terms_set( $object_id, $terms, $tt_ids, $taxonomy ): void {
		if ( 'category' === $taxonomy ) {
			$this->file( (int) $object_id );
		}
	}

	/**
	 * Re-files an item whose reference flag was just written or removed.
	 *
	 * @since 0.1.0
	 *
	 * @param int|int[] $meta_id   Meta ID(s).
	 * @param int       $object_id Post ID.
	 * @param string    $meta_key  Meta key.
	 */
	public function on_meta_changed( $meta_id, $object_id, $meta_key ): void {
		if ( ProvenanceMeta::IS_REFERENCE === $meta_key ) {
			$this->file( (int) $object_id );
		}
	}

	/**
	 * Puts an item's categories right for its flag.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 */
	public function file( int $post_id ): void {
		$post_type = (string) get_post_type( $post_id );
		if ( $this->filing || ! ProvenanceMeta::applies_to( $post_type ) || ! is_object_in_taxonomy( $post_type, 'category' ) ) {
			return;
		}
		$reference = self::reference_term_id();
		if ( ! $reference ) {
			return;
		}

		$current  = array_map( 'intval', wp_get_post_categories( $post_id, array( 'fields' => 'ids' ) ) );
		$official = array_values( array_diff( $current, array( $reference ) ) );
		if ( ProvenanceMeta::is_reference( $post_id ) ) {
			if ( $official ) {
				$this->displaced[ $post_id ] = $official;
			}
			$wanted = array( $reference );
		} else {
			$wanted = $official ? $official : ( $this->displaced[ $post_id ] ?? array() );
		}
		sort( $current );
		sort( $wanted );
		if ( $current === $wanted ) {
			return;
		}

		$this->filing = true;
		// An empty list gives the item the default category, an official section.
		wp_set_post_categories( $post_id, $wanted );
		$this->filing = false;
	}

	/**
	 * Term ID of the reference section, recreating the section if it was deleted.
	 *
	 * @since 0.1.0
	 *
	 * @return int 0 when it cannot be created.
	 */
	public static function reference_term_id(): int {
		$id = Sections::term_id( Sections::REFERENCE );
		if ( $id && term_exists( $id, 'category' ) ) {
			return $id;
		}
		return Sections::ensure_one( Sections::REFERENCE );
	}
}
