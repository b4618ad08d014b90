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
	 * On `clean_term_cache`: drops the choices when a term of a list's taxonomy changed.
	 *
	 * @since 0.1.0
	 *
	 * @param int[]  $ids      Term IDs.
	 * @param string $taxonomy Their taxonomy.
	 */
	public static function forget( $ids, $taxonomy ): void {
		if ( in_array( $taxonomy, self::TAXONOMIES, true ) ) {
			delete_option( self::OPTION );
		}
	}
}
