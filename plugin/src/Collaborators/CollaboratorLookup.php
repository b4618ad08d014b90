<?php
/**
 * Finds collaborators in the registry: by part of a name, exact name or e-mail.
 *
 * @package Ttdt
 */

namespace Ttdt\Collaborators;

defined( 'ABSPATH' ) || exit;

use WP_Post;

/**
 * Queries shared by the writer suggestions, the classic edit screen and the privacy tools.
 *
 * @since 0.1.0
 */
final class CollaboratorLookup {

	/**
	 * Registered collaborators whose name contains a text, by name.
	 *
	 * @since 0.1.0
	 *
	 * @param string $search Text ('' for all).
	 * @param int    $limit  Most records.
	 * @return WP_Post[]
	 */
	public static function search( string $search, int $limit ): array {
		$args = array(
			'post_type'      => CollaboratorPostType::NAME,
			'post_status'    => 'publish',
			'posts_per_page' => $limit,
			'orderby'        => 'title',
			'order'          => 'ASC',
			'no_found_rows'  => true,
		);
		if ( '' !== $search ) {
			$args['s']              = $search;
			$args['search_columns'] = array( 'post_title' );
		}
		return get_posts( $args );
	}

	/**
	 * ID of the one registered collaborator with exactly this name, or 0.
	 *
	 * @since 0.1.0
	 *
	 * @param string $name Name as printed.
	 * @return int
	 */
	public static function find_by_name( string $name ): int {
		if ( '' === $name ) {
			return 0;
		}
		$matches = array_filter(
			self::search( $name, 10 ),
			static fn( WP_Post $post ): bool => 0 === strcasecmp( $post->post_title, $name )
		);
		return 1 === count( $matches ) ? (int) reset( $matches )->ID : 0;
	}

	/**
	 * Collaborators reachable at an e-mail address: their own, or their linked account's.
	 *
	 * @since 0.1.0
	 *
	 * @param string $email E-mail address.
	 * @return WP_Post[]
	 */
	public static function find_by_email( string $email ): array {
		$email = sanitize_email( $email );
		if ( '' === $email ) {
			return array();
		}
		$meta_query = array(
			'relation' => 'OR',
			array(
				'key'   => CollaboratorPostType::META_EMAIL,
				'value' => $email,
			),
		);
		$user = get_user_by( 'email', $email );
		if ( $user ) {
			$meta_query[] = array(
				'key'   => CollaboratorPostType::META_USER_ID,
				'value' => $user->ID,
			);
		}
		return get_posts(
			array(
				'post_type'      => CollaboratorPostType::NAME,
				'post_status'    => 'any',
				'posts_per_page' => 100,
				'meta_query'     => $meta_query, // phpcs:ignore WordPress.DB.SlowDBQuery -- privacy requests are rare.
				'no_found_rows'  => true,
			)
		);
	}
}
