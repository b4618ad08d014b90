<?php
/**
 * The filters of the public document and procedure lists, read from the address and turned
 * into a query.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use WP_Query;

/**
 * Filters live in the query string under short Vietnamese names (`?vb_q=quyet+dinh+12&vb_nam=2025`),
 * so every filtered page has its own address that can be shared, bookmarked and crawled, and the
 * form works as a plain GET form without JavaScript. The names never clash with WordPress's own
 * query variables (`s`, `year`, `paged`), which would change the page itself.
 *
 * @since 0.1.0
 */
final class ItemFinder {

	/**
	 * Query-string names of the documents list: filter => parameter.
	 *
	 * @since 0.1.0
	 * @var array<string, string>
	 */
	public const DOCUMENT_PARAMS = array(
		'q'        => 'vb_q',
		'type'     => 'vb_loai',
		'body'     => 'vb_coquan',
		'field'    => 'vb_linhvuc',
		'year'     => 'vb_nam',
		'standing' => 'vb_hieuluc',
		'page'     => 'vb_trang',
	);

	/**
	 * Query-string names of the procedures list: filter => parameter.
	 *
	 * @since 0.1.0
	 * @var array<string, string>
	 */
	public const PROCEDURE_PARAMS = array(
		'q'     => 'tt_q',
		'body'  => 'tt_coquan',
		'field' => 'tt_linhvuc',
		'page'  => 'tt_trang',
	);

	/**
	 * The parameter names of a post type's list.
	 *
	 * @since 0.1.0
	 *
	 * @param string $post_type `DocumentPostType::NAME` or `ProcedurePostType::NAME`.
	 * @return array<string, string>
	 */
	public static function params( string $post_type ): array {
		return DocumentPostType::NAME === $post_type ? self::DOCUMENT_PARAMS : self::PROCEDURE_PARAMS;
	}

	/**
	 * The filters of the current request's address.
	 *
	 * @since 0.1.0
	 *
	 * @param string $post_type Post type listed.
	 * @return array<string, string|int>
	 */
	public static function from_request( string $post_type ): array {
		$input = array();
		// A read-only public search changes nothing, so it carries no nonce. An array sent in
		// place of a value sanitises to an empty string.
		foreach ( self::params( $post_type ) as $param ) {
			$input[ $param ] = isset( $_GET[ $param ] ) ? sanitize_text_field( wp_unslash( $_GET[ $param ] ) ) : '';
		}
		return self::filters( $post_type, $input );
	}

	/**
	 * The filters asked for, cleaned: unknown values are dropped, not trusted.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $post_type Post type listed.
	 * @param array<string, mixed> $input     The query string, unslashed.
	 * @return array<string, string|int> Filter => value; `page` always set.
	 */
	public static function filters( string $post_type, array $input ): array {
		$filters = array();
		foreach ( self::params( $post_type ) as $filter => $param ) {
			$value = isset( $input[ $param ] ) && is_scalar( $input[ $param ] ) ? trim( (string) $input[ $param ] ) : '';
			if ( '' === $value ) {
				continue;
			}
			switch ( $filter ) {
				case 'q':
					$filters['q'] = mb_substr( sanitize_text_field( $value ), 0, 100 );
					break;
				case 'year':
					if ( preg_match( '/^(19|20)\d{2}$/', $value ) ) {
						$filters['year'] = (int) $value;
					}
					break;
				case 'standing':
					if ( in_array( $value, Relations::STANDINGS, true ) ) {
						$filters['standing'] = $value;
					}
					break;
				case 'page':
					$filters['page'] = max( 1, min( 10000, (int) $value ) );
					break;
				default:
					$filters[ $filter ] = sanitize_title( $value );
			}
		}
		$filters['page'] = $filters['page'] ?? 1;
		return array_filter( $filters, static fn( $value ): bool => '' !== $value );
	}

	/**
	 * The page of items the filters select.
	 *
	 * @since 0.1.0
	 *
	 * @param string                    $post_type Post type listed.
	 * @param array<string, string|int> $filters   From `filters()`.
	 * @param int                       $per_page  Items per page.
	 * @return WP_Query
	 */
	public static function query( string $post_type, array $filters, int $per_page ): WP_Query {
		$args = array(
			'post_type'           => $post_type,
			'post_status'         => 'publish',
			'posts_per_page'      => max( 1, min( 50, $per_page ) ),
			'paged'               => (int) ( $filters['page'] ?? 1 ),
			'ignore_sticky_posts' => true,
			'tax_query'           => array(), // phpcs:ignore WordPress.DB.SlowDBQuery -- at most three terms, on indexed relationships.
		);
		$taxonomies = array(
			'type'  => DocumentTaxonomies::TYPE,
			'body'  => DocumentTaxonomies::BODY,
			'field' => DocumentTaxonomies::FIELD,
		);
		foreach ( $taxonomies as $filter => $taxonomy ) {
			if ( isset( $filters[ $filter ] ) ) {
				$args['tax_query'][] = array(
					'taxonomy' => $taxonomy,
					'field'    => 'slug',
					'terms'    => (string) $filters[ $filter ],
				);
			}
		}
		if ( isset( $filters['q'] ) ) {
			$args[ SearchQuery::SEARCH ] = (string) $filters['q'];
		}
		if ( DocumentPostType::NAME === $post_type ) {
			// Newest issue date first, within the year asked for: through the indexed dates.
			$args[ DocumentDates::ORDER_VAR ] = isset( $filters['year'] ) ? (int) $filters['year'] : true;
			if ( isset( $filters['standing'] ) ) {
				$args[ SearchQuery::STANDING ] = (string) $filters['standing'];
			}
		} else {
			$args['orderby'] = array(
				'title' => 'ASC',
				'ID'    => 'ASC',
			);
		}
		// Without a filter every published item is listed, and their number is kept
		// ({@see PublishedCount}): counting the whole sorted list instead (SQL_CALC_FOUND_ROWS)
		// read every row on every page view.
		$unfiltered = array( 'page' ) === array_keys( $filters );
		if ( $unfiltered ) {
			$args['no_found_rows'] = true;
		}
		$query = new WP_Query( $args );
		if ( $unfiltered ) {
			$query->found_posts   = PublishedCount::get( $post_type );
			$query->max_num_pages = (int) ceil( $query->found_posts / $args['posts_per_page'] );
		}
		return $query;
	}

	/**
	 * The address of a filtered page of the list.
	 *
	 * @since 0.1.0
	 *
	 * @param string                    $base      The page the list is on, without filters.
	 * @param string                    $post_type Post type listed.
	 * @param array<string, string|int> $filters   Filters.
	 * @param int                       $page      Page number.
	 * @return string
	 */
	public static function url( string $base, string $post_type, array $filters, int $page ): string {
		$args = array();
		foreach ( self::params( $post_type ) as $filter => $param ) {
			if ( 'page' !== $filter && isset( $filters[ $filter ] ) ) {
				$args[ $param ] = rawurlencode( (string) $filters[ $filter ] );
			}
		}
		if ( $page > 1 ) {
			$args[ self::params( $post_type )['page'] ] = $page;
		}
		return add_query_arg( $args, $base );
	}

	/**
	 * The address of the page the list is on, without its filters.
	 *
	 * @since 0.1.0
	 *
	 * @param string $post_type Post type listed.
	 * @return string
	 */
	public static function base_url( string $post_type ): string {
		$object = get_queried_object();
		$base   = $object instanceof \WP_Post ? (string) get_permalink( $object ) : home_url( '/' );
		return remove_query_arg( array_values( self::params( $post_type ) ), $base );
	}

	/**
	 * Query arguments of the base address, kept as hidden fields of the GET form (with plain
	 * permalinks the page itself is `?page_id=…`).
	 *
	 * @since 0.1.0
	 *
	 * @param string $base Base address.
	 * @return array<string, string>
	 */
	public static function hidden_fields( string $base ): array {
		$query = (string) wp_parse_url( $base, PHP_URL_QUERY );
		$args  = array();
		wp_parse_str( $query, $args );
		return array_map( 'strval', array_filter( $args, 'is_scalar' ) );
	}

	/**
	 * The years documents were issued in, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @return int[]
	 */
	public static function years(): array {
		return DocumentYears::all();
	}
}
