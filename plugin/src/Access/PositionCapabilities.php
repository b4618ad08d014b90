<?php
/**
 * Meta capabilities that follow a board position.
 *
 * @package Ttdt
 */

namespace Ttdt\Access;

defined( 'ABSPATH' ) || exit;

use Ttdt\Board\BoardMeta;
use Ttdt\Board\BoardPosition;

/**
 * The head and deputy head of the board are positions (user meta), not roles: what only they
 * (or an administrator) may do is decided here, for {@see Capabilities::map_meta_cap()}.
 *
 * @since 0.1.0
 */
final class PositionCapabilities {

	/**
	 * The primitive capabilities a position-bound meta capability needs.
	 *
	 * @since 0.1.0
	 *
	 * @param string            $cap     One of the capabilities this class maps.
	 * @param int               $user_id User ID.
	 * @param array<int, mixed> $args    The object the capability is checked on, if any.
	 * @return string[]
	 */
	public static function map( string $cap, int $user_id, array $args ): array {
		$position = $user_id ? (string) get_user_meta( $user_id, BoardMeta::POSITION_META, true ) : '';
		$is_head  = BoardPosition::HEAD === $position;

		if ( Capabilities::UNMARK_CONFIDENTIAL === $cap ) {
			$post_id = (int) ( $args[0] ?? 0 );
			if ( ! $post_id || ! get_post( $post_id ) ) {
				return array( 'do_not_allow' );
			}
			// Art. 4.2, 8.2: the head may lift the mark of what they may edit, whatever their
			// permission level; anyone else needs system administration on top.
			return array_merge( $is_head ? array() : array( 'manage_options' ), map_meta_cap( 'edit_post', $user_id, $post_id ) );
		}
		if ( Capabilities::APPROVE_PLANS === $cap ) {
			// Art. 6.3.1: the head signs the plan, with the right to approve; anyone else only
			// as system administration.
			return $is_head ? array( Capabilities::APPROVE ) : array( 'manage_options' );
		}
		if ( Capabilities::VIEW_REPORTS === $cap || Capabilities::EDIT_REPORTS === $cap ) {
			// Art. 6.3.7, 14: the board's leaders sign the report.
			return $is_head || BoardPosition::DEPUTY === $position ? array( 'publish_posts' ) : array( 'manage_options' );
		}
		return array( 'do_not_allow' );
	}
}
