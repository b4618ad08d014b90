<?php
/**
 * The public list of drafts for comment: which are open, which have closed.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use WP_Query;

/**
 * Reads the list's filter and page from the address (`dt_tinhtrang`, `dt_trang`), so every
 * filtered page has its own address and works without JavaScript, and queries the drafts by
 * their period. Dates are stored `YYYY-MM-DD`, so comparing them as text orders them as days.
 *
 * @since 0.1.0
 */
final class DraftList {

	/**
	 * Query argument of the state filter.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const STATE_ARG = 'dt_tinhtrang';

	/**
	 * Query argument of the page.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PAGE_ARG = 'dt_trang';

	/**
	 * The state asked for in the address: `open`, `closed` or '' for all.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function state_from_request(): string {
		$state = isset( $_GET[ self::STATE_ARG ] ) ? sanitize_key( wp_unslash( $_GET[ self::STATE_ARG ] ) ) : '';
		return in_array( $state, array( DraftPeriod::OPEN, DraftPeriod::CLOSED ), true ) ? $state : '';
	}

	/**
	 * The page asked for in the address, from 1.
	 *
	 * @since 0.1.0
	 *
	 * @return int
	 */
	public static function page_from_request(): int {
		return isset( $_GET[ self::PAGE_ARG ] ) ? max( 1, min( 1000, absint( wp_unslash( $_GET[ self::PAGE_ARG ] ) ) ) ) : 1;
	}

	/**
	 * One page of published drafts, the latest closing first.
	 *
	 * @since 0.1.0
	 *
	 * @param string $state    `open`, `closed` or ''.
	 * @param int    $page     Page, from 1.
	 * @param int    $per_page Drafts per page.
	 * @return WP_Query
	 */
	public static function query( string $state, int $page, int $per_page ): WP_Query {
		$today = wp_date( 'Y-m-d' );
		$meta  = array(
			'closes' => array(
				'key'     => DraftMeta::CLOSES,
				'compare' => 'EXISTS',
			),
		);
		if ( DraftPeriod::OPEN === $state ) {
			$meta = array(
				'relation' => 'AND',
				'closes'   => array(
					'key'     => DraftMeta::CLOSES,
					'value'   => $today,
					'compare' => '>=',
				),
				array(
					'key'     => DraftMeta::OPENS,
					'value'   => $today,
					'compare' => '<=',
				),
			);
		} elseif ( DraftPeriod::CLOSED === $state ) {
			$meta = array(
				'closes' => array(
					'key'     => DraftMeta::CLOSES,
					'value'   => $today,
					'compare' => '<',
				),
			);
		}
		return new WP_Query(
			array(
				'post_type'              => DraftPostType::NAME,
				'post_status'            => 'publish',
				'posts_per_page'         => max( 1, min( 50, $per_page ) ),
				'paged'                  => max( 1, $page ),
				'meta_query'             => $meta, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- a commune has tens of drafts, not thousands.
				'orderby'                => array(
					'closes' => 'DESC',
					'ID'     => 'DESC',
				),
				'ignore_sticky_posts'    => true,
				'update_post_term_cache' => false,
			)
		);
	}
}
