<?php
/**
 * Relations between documents, both ways, and the standing of a document they give.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use WP_Post;

/**
 * The newer document names the older ones it replaces, amends or supplements; the older one
 * learns it is replaced by reading those relations back (one meta row per related ID makes
 * that an indexed query). Only published documents count: a draft that "replaces" a decision
 * must not mark the decision replaced before it is approved and published.
 *
 * @since 0.1.0
 */
final class Relations {

	/**
	 * Standing: in force.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const IN_FORCE = 'in-force';

	/**
	 * Standing: issued, not yet effective.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NOT_YET = 'not-yet';

	/**
	 * Standing: past its expiry date.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const EXPIRED = 'expired';

	/**
	 * Standing: replaced by a published document.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REPLACED = 'replaced';

	/**
	 * Every standing, for filters.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const STANDINGS = array( self::IN_FORCE, self::NOT_YET, self::EXPIRED, self::REPLACED );

	/**
	 * Whether each primed document is replaced, by ID ({@see prime_replaced()}).
	 *
	 * @var array<int, bool>
	 */
	private static array $replaced = array();

	/**
	 * Published documents this one points to with a relation.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id  Document.
	 * @param string $relation One of `DocumentMeta::RELATIONS`.
	 * @return WP_Post[]
	 */
	public static function targets( int $post_id, string $relation ): array {
		$posts = array();
		foreach ( MetaField::id_list( $post_id, $relation ) as $id ) {
			$post = get_post( $id );
			if ( $post instanceof WP_Post && DocumentPostType::NAME === $post->post_type && 'publish' === $post->post_status ) {
				$posts[] = $post;
			}
		}
		return $posts;
	}

	/**
	 * Published documents that point to this one with a relation (the derived inverse).
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id  Document.
	 * @param string $relation One of `DocumentMeta::RELATIONS`.
	 * @return WP_Post[]
	 */
	public static function sources( int $post_id, string $relation ): array {
		if ( ! in_array( $relation, DocumentMeta::RELATIONS, true ) ) {
			return array();
		}
		return get_posts(
			array(
				'post_type'        => DocumentPostType::NAME,
				'post_status'      => 'publish',
				'posts_per_page'   => 20,
				'orderby'          => 'date',
				'order'            => 'DESC',
				'suppress_filters' => true,
				'meta_query'       => array( // phpcs:ignore WordPress.DB.SlowDBQuery -- key and value are indexed.
					array(
						'key'   => $relation,
						'value' => (string) $post_id,
					),
				),
			)
		);
	}

	/**
	 * Finds in one query which documents of a list are replaced by a published one, so the
	 * list's standings cost one query, not one per document. Each primed answer is used once,
	 * by the next `standing()` of that document.
	 *
	 * @since 0.1.0
	 *
	 * @param int[] $post_ids Documents about to be shown.
	 */
	public static function prime_replaced( array $post_ids ): void {
		global $wpdb;

		$post_ids = array_values( array_unique( array_filter( array_map( 'intval', $post_ids ) ) ) );
		if ( ! $post_ids ) {
			return;
		}
		$values   = implode( ',', array_fill( 0, count( $post_ids ), '%s' ) );
		$replaced = array_map(
			'intval',
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQLPlaceholders -- the inverse of many relations at once has no API; one placeholder per ID.
			$wpdb->get_col(
				$wpdb->prepare(
					"SELECT DISTINCT r.meta_value FROM {$wpdb->postmeta} r INNER JOIN {$wpdb->posts} n ON n.ID = r.post_id AND n.post_status = 'publish' AND n.post_type = %s WHERE r.meta_key = %s AND r.meta_value IN ({$values})",
					array_merge( array( DocumentPostType::NAME, DocumentMeta::REPLACES ), array_map( 'strval', $post_ids ) )
				)
			)
		);
		foreach ( $post_ids as $id ) {
			self::$replaced[ $id ] = in_array( $id, $replaced, true );
		}
	}

	/**
	 * Where a document stands today.
	 *
	 * @since 0.1.0
	 *
	 * @param int         $post_id Document.
	 * @param string|null $today   Today as `YYYY-MM-DD` (site time when null).
	 * @return string One of the standing constants.
	 */
	public static function standing( int $post_id, ?string $today = null ): string {
		$today    = $today ?? current_time( 'Y-m-d' );
		$replaced = self::$replaced[ $post_id ] ?? (bool) self::sources( $post_id, DocumentMeta::REPLACES );
		unset( self::$replaced[ $post_id ] );
		if ( $replaced ) {
			return self::REPLACED;
		}
		$expires = (string) get_post_meta( $post_id, DocumentMeta::EXPIRES, true );
		if ( '' !== $expires && $expires < $today ) {
			return self::EXPIRED;
		}
		$effective = (string) get_post_meta( $post_id, DocumentMeta::EFFECTIVE, true );
		if ( '' !== $effective && $effective > $today ) {
			return self::NOT_YET;
		}
		return self::IN_FORCE;
	}

	/**
	 * The label of a standing, for citizens.
	 *
	 * @since 0.1.0
	 *
	 * @param string $standing One of the standing constants.
	 * @return string
	 */
	public static function label( string $standing ): string {
		$labels = array(
			self::IN_FORCE => __( 'In force', 'ttdt-portal' ),
			self::NOT_YET  => __( 'Not yet in force', 'ttdt-portal' ),
			self::EXPIRED  => __( 'Expired', 'ttdt-portal' ),
			self::REPLACED => __( 'Replaced', 'ttdt-portal' ),
		);
		return $labels[ $standing ] ?? '';
	}
}
