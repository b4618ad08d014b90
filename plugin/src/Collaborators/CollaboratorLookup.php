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
	 * Every stored record counts, whatever its status — trashed ones included — and so does a
	 * record whose revision or autosave holds the address: the privacy tools must find the
	 * person's data wherever it is still stored (the registry's "delete" only trashes).
	 *
	 * @since 0.1.0
	 *
	 * @param string $email E-mail address.
	 * @return WP_Post[]
	 */
	public static function find_by_email( string $email ): array {
		global $wpdb;
		$email = sanitize_email( $email );
		if ( '' === $email ) {
			return array();
		}
		$user    = get_user_by( 'email', $email );
		$user_id = $user ? (int) $user->ID : -1;
		// Direct: WP_Query hides trashed posts from 'any' and never returns revisions' meta.
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- privacy requests are rare; no cache wanted.
		$ids = $wpdb->get_col(
			$wpdb->prepare(
				"SELECT DISTINCT post_id FROM {$wpdb->postmeta} WHERE ( meta_key = %s AND LOWER( meta_value ) = LOWER( %s ) ) OR ( meta_key = %s AND meta_value = %s ) ORDER BY post_id LIMIT 500",
				CollaboratorPostType::META_EMAIL,
				$email,
				CollaboratorPostType::META_USER_ID,
				(string) $user_id
			)
		);
		$records = array();
		foreach ( array_map( 'intval', $ids ) as $id ) {
			$post = get_post( $id );
			if ( $post && 'revision' === $post->post_type ) {
				$post = get_post( (int) $post->post_parent );
			}
			if ( $post instanceof WP_Post && CollaboratorPostType::NAME === $post->post_type ) {
				$records[ $post->ID ] = $post;
			}
		}
		return array_values( $records );
	}

	/**
	 * Revisions and autosaves of a record (any may hold earlier contact details).
	 *
	 * @since 0.1.0
	 *
	 * @param int $record_id Collaborator ID.
	 * @return WP_Post[]
	 */
	public static function revisions( int $record_id ): array {
		return get_children(
			array(
				'post_parent' => $record_id,
				'post_type'   => 'revision',
				'post_status' => 'inherit',
				'numberposts' => -1,
			)
		);
	}
}
