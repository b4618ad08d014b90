<?php
/**
 * Files reference news in the reference section and only there (Art. 7.1).
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\Sections;
use Ttdt\Support\Hookable;

/**
 * The flag is the authority: whenever an item's categories or its reference flag change —
 * through REST, the classic screens, quick edit, XML-RPC or any code calling the term and meta
 * APIs — the categories are put right. A flagged item sits in "Tin tham khảo" alone; an item
 * without the flag never sits there. Every other category is an official section.
 *
 * REST and `wp_insert_post()` write categories before meta, so both changes are watched: the
 * last one to land settles the filing.
 *
 * @since 0.1.0
 */
final class ReferenceFiling implements Hookable {

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
		Sections::ensure();
		$id = Sections::term_id( Sections::REFERENCE );
		return $id && term_exists( $id, 'category' ) ? $id : 0;
	}
}
