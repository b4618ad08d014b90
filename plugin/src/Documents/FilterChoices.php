<?php
/**
 * The choices of the public lists' filters, kept between page views.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\WriteSide;

/**
 * The filters of the documents' and procedures' lists offer the terms that have items (type,
 * issuing body, field): without a persistent object cache each page view of a list asked the
 * database for them again. They are kept in one autoloaded option, which WordPress reads with
 * the others, and dropped whenever a term of these taxonomies changes: added, renamed, removed,
 * or its count of published items changed (core cleans the term cache each time).
 *
 * @since 0.1.0
 */
final class FilterChoices implements WriteSide {

	/**
	 * Option: taxonomy => [ slug => name ], the terms with items, ordered by name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OPTION = 'ttdt_filter_choices';

	/**
	 * The taxonomies whose choices are kept.
	 *
	 * @var string[]
	 */
	private const TAXONOMIES = array( DocumentTaxonomies::TYPE, DocumentTaxonomies::BODY, DocumentTaxonomies::FIELD );

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'clean_term_cache', array( self::class, 'forget' ), 10, 2 );
		// While cache invalidation is suspended (an importer does so), core skips
		// `clean_term_cache`; a term's count, added, renamed or deleted term still says so here.
		add_action( 'edited_term_taxonomy', array( self::class, 'forget' ), 10, 2 );
		add_action( 'created_term', array( self::class, 'forget_term' ), 10, 3 );
		add_action( 'edited_term', array( self::class, 'forget_term' ), 10, 3 );
		add_action( 'delete_term', array( self::class, 'forget_term' ), 10, 3 );
	}

	/**
	 * The terms with items of some taxonomies, as `get_terms()` with `hide_empty` gives them.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $taxonomies Taxonomies among those of the lists.
	 * @return array<string, array<string, string>> Taxonomy => [ slug => name ].
	 */
	public static function of( array $taxonomies ): array {
		$taxonomies = array_values( array_intersect( $taxonomies, self::TAXONOMIES ) );
		$stored     = get_option( self::OPTION );
		$stored     = is_array( $stored ) ? $stored : array();
		$missing    = array_diff( $taxonomies, array_keys( $stored ) );
		if ( $missing ) {
			// All of them in one query, the next page views in none.
			$terms  = get_terms(
				array(
					'taxonomy'   => self::TAXONOMIES,
					'hide_empty' => true,
				)
			);
			if ( ! is_array( $terms ) ) {
				return array_fill_keys( $taxonomies, array() );
			}
			$stored = array_fill_keys( self::TAXONOMIES, array() );
			foreach ( $terms as $term ) {
				$stored[ $term->taxonomy ][ $term->slug ] = $term->name;
			}
			update_option( self::OPTION, $stored, true );
		}
		$choices = array();
		foreach ( $taxonomies as $taxonomy ) {
			$choices[ $taxonomy ] = (array) ( $stored[ $taxonomy ] ?? array() );
		}
		return $choices;
	}

	/**
	 * On `clean_term_cache` and `edited_term_taxonomy`: drops the choices when a term of a
	 * list's taxonomy changed.
	 *
	 * @since 0.1.0
	 *
	 * @param int[]|int $ids      Term IDs, or the term taxonomy ID whose count changed.
	 * @param string    $taxonomy Their taxonomy.
	 */
	public static function forget( $ids, $taxonomy ): void {
		// Asked first: an import changes counts thousands of times, and deleting an option
		// that is gone would still cost a query each time.
		if ( in_array( $taxonomy, self::TAXONOMIES, true ) && false !== get_option( self::OPTION ) ) {
			delete_option( self::OPTION );
		}
	}

	/**
	 * On `created_term`, `edited_term` and `delete_term`: as {@see self::forget()}.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $term_id  Term ID.
	 * @param int    $tt_id    Term taxonomy ID.
	 * @param string $taxonomy Its taxonomy.
	 */
	public static function forget_term( $term_id, $tt_id, $taxonomy ): void {
		self::forget( (int) $term_id, (string) $taxonomy );
	}
}
