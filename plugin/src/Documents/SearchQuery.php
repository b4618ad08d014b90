<?php
/**
 * Lets `WP_Query` search documents and procedures through the token table and filter
 * documents by their standing.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use WP_Query;

/**
 * Two query variables, read by the public blocks and the admin lists alike:
 *
 * - `ttdt_search`: every word must be a token of the item (the last one may be the start of
 *   a token, so a search typed halfway finds what is being typed);
 * - `ttdt_standing`: one of `Relations::STANDINGS`, judged on today's date.
 *
 * The admin list's search box (`s`) and the REST collection's `search` are routed to
 * `ttdt_search` for these types, so staff find a document the way citizens do, by its number
 * as well as its title (the editor's relation picker searches through REST).
 *
 * @since 0.1.0
 */
final class SearchQuery implements Hookable {

	/**
	 * Query variable: the folded search.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SEARCH = 'ttdt_search';

	/**
	 * Query variable: the standing.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const STANDING = 'ttdt_standing';

	/**
	 * Most words a search uses (each is one index lookup).
	 *
	 * @var int
	 */
	private const MAX_WORDS = 8;

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		if ( is_admin() ) {
			add_action( 'pre_get_posts', array( $this, 'route_admin_search' ) );
		}
		foreach ( array( DocumentPostType::NAME, ProcedurePostType::NAME ) as $post_type ) {
			add_filter( 'rest_' . $post_type . '_query', array( $this, 'route_rest_search' ) );
		}
		add_filter( 'posts_where', array( $this, 'where' ), 10, 2 );
	}

	/**
	 * Sends the admin list's search of documents or procedures through the token table.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Query $query The query.
	 */
	public function route_admin_search( $query ): void {
		if ( ! $query instanceof WP_Query || ! is_admin() || ! $query->is_main_query() || '' === (string) $query->get( 's' ) ) {
			return;
		}
		$type = $query->get( 'post_type' );
		if ( ! is_string( $type ) || ! SearchIndex::indexes( $type ) ) {
			return;
		}
		$query->set( self::SEARCH, (string) $query->get( 's' ) );
		$query->set( 's', '' );
	}

	/**
	 * Sends the REST collection's search of documents or procedures through the token table.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $args `WP_Query` arguments built from the request.
	 * @return array<string, mixed>
	 */
	public function route_rest_search( $args ): array {
		$args = (array) $args;
		if ( isset( $args['s'] ) && is_string( $args['s'] ) && '' !== trim( $args['s'] ) ) {
			$args[ self::SEARCH ] = $args['s'];
			unset( $args['s'] );
		}
		return $args;
	}

	/**
	 * Adds the search and standing conditions.
	 *
	 * @since 0.1.0
	 *
	 * @param string   $where WHERE clause so far.
	 * @param WP_Query $query The query.
	 * @return string
	 */
	public function where( $where, $query ): string {
		$where = (string) $where;
		if ( ! $query instanceof WP_Query ) {
			return $where;
		}
		$search = $query->get( self::SEARCH );
		if ( is_string( $search ) && '' !== trim( $search ) ) {
			$where .= self::search_sql( $search );
		}
		$standing = $query->get( self::STANDING );
		if ( is_string( $standing ) && in_array( $standing, Relations::STANDINGS, true ) ) {
			$where .= self::standing_sql( $standing, current_time( 'Y-m-d' ) );
		}
		return $where;
	}

	/**
	 * The condition that every word of a search is a token of the item.
	 *
	 * @since 0.1.0
	 *
	 * @param string $search What was typed.
	 * @return string SQL starting with ` AND`.
	 */
	public static function search_sql( string $search ): string {
		global $wpdb;

		$words = SearchText::tokens( $search, self::MAX_WORDS );
		if ( ! $words ) {
			// Only punctuation was typed: nothing can match it.
			return ' AND 1 = 0';
		}
		$table = SearchIndex::table();
		$last  = count( $words ) - 1;
		$sql   = '';
		foreach ( $words as $i => $word ) {
			$sql .= $i === $last
				? $wpdb->prepare( " AND {$wpdb->posts}.ID IN (SELECT post_id FROM %i WHERE token LIKE %s)", $table, $wpdb->esc_like( $word ) . '%' )
				: $wpdb->prepare( " AND {$wpdb->posts}.ID IN (SELECT post_id FROM %i WHERE token = %s)", $table, $word );
		}
		return $sql;
	}

	/**
	 * The condition that a document has a standing on a day.
	 *
	 * @since 0.1.0
	 *
	 * @param string $standing One of `Relations::STANDINGS`.
	 * @param string $today    `YYYY-MM-DD`.
	 * @return string SQL starting with ` AND`.
	 */
	public static function standing_sql( string $standing, string $today ): string {
		global $wpdb;

		$replaced = $wpdb->prepare(
			"{$wpdb->posts}.ID IN (SELECT CAST(r.meta_value AS UNSIGNED) FROM {$wpdb->postmeta} r INNER JOIN {$wpdb->posts} n ON n.ID = r.post_id AND n.post_status = 'publish' AND n.post_type = %s WHERE r.meta_key = %s)",
			DocumentPostType::NAME,
			DocumentMeta::REPLACES
		);
		// The dates come from their indexed copy: over postmeta each set reads every document's
		// date from unindexed LONGTEXT ({@see DocumentDates}).
		$expired = DocumentDates::expired_sql( $today );
		$not_yet = DocumentDates::not_yet_sql( $today );
		switch ( $standing ) {
			case Relations::REPLACED:
				return " AND {$replaced}";
			case Relations::EXPIRED:
				return " AND {$expired} AND NOT {$replaced}";
			case Relations::NOT_YET:
				return " AND {$not_yet} AND NOT {$expired} AND NOT {$replaced}";
			default:
				return " AND NOT {$not_yet} AND NOT {$expired} AND NOT {$replaced}";
		}
	}
}
