<?php
/**
 * Who counts as the writer of an item, for separation of duties.
 *
 * @package Ttdt
 */

namespace Ttdt\Access;

defined( 'ABSPATH' ) || exit;

use Ttdt\Collaborators\CollaboratorLookup;
use Ttdt\Collaborators\CollaboratorPostType;
use Ttdt\Provenance\ProvenanceMeta;

/**
 * Nobody approves their own item (Art. 12.2: approval is a check by someone else). An item is
 * a user's own when they are its author, or when its writer is them: the registered
 * collaborator it names (by ID, or by exact name) is linked to their account, or the writer's
 * name as printed is their own display name.
 *
 * @since 0.1.0
 */
final class ItemOwnership {

	/**
	 * Registry records found by exact writer name during this request (the actions offered on
	 * each row of the review queue ask several times).
	 *
	 * @var array<string, int>
	 */
	private static array $by_name = array();

	/**
	 * Whether a stored item is the user's own.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User.
	 * @param int $post_id Item.
	 * @return bool
	 */
	public static function is_own( int $user_id, int $post_id ): bool {
		$post = get_post( $post_id );
		if ( ! $user_id || ! $post ) {
			return false;
		}
		return self::is_writer(
			$user_id,
			(int) $post->post_author,
			(int) get_post_meta( $post_id, ProvenanceMeta::COLLABORATOR_ID, true ),
			ProvenanceMeta::text( $post_id, ProvenanceMeta::WRITER )
		);
	}

	/**
	 * Whether a user is the author or the writer given.
	 *
	 * Used as well for an item that is not stored yet (created and published in one request).
	 *
	 * @since 0.1.0
	 *
	 * @param int    $user_id         User.
	 * @param int    $author_id       Author account of the item.
	 * @param int    $collaborator_id Registered collaborator named as its writer (0 if none).
	 * @param string $writer          Writer's name as printed.
	 * @return bool
	 */
	public static function is_writer( int $user_id, int $author_id, int $collaborator_id, string $writer ): bool {
		if ( ! $user_id ) {
			return false;
		}
		if ( $author_id === $user_id ) {
			return true;
		}
		$writer = trim( $writer );
		// The ID and the printed name may name different records: either one being the user's
		// makes the item theirs.
		if ( ! isset( self::$by_name[ $writer ] ) ) {
			self::$by_name[ $writer ] = CollaboratorLookup::find_by_name( $writer );
		}
		foreach ( array( $collaborator_id, self::$by_name[ $writer ] ) as $id ) {
			if ( $id && (int) get_post_meta( $id, CollaboratorPostType::META_USER_ID, true ) === $user_id ) {
				return true;
			}
		}
		$user = get_userdata( $user_id );
		return $user && '' !== $writer && 0 === strcasecmp( self::fold( $writer ), self::fold( $user->display_name ) );
	}

	/**
	 * A name compared without case and extra spaces.
	 *
	 * @param string $name Name.
	 * @return string
	 */
	private static function fold( string $name ): string {
		return mb_strtolower( (string) preg_replace( '/\s+/u', ' ', trim( $name ) ), 'UTF-8' );
	}
}
