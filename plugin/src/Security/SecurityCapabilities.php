<?php
/**
 * How the incident and session capabilities are decided (called from `Capabilities`).
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Board\BoardMeta;
use Ttdt\Board\BoardPosition;
use Ttdt\Board\StaffRole;

/**
 * The head of the board is a position (user meta), not a role, so "who handles incidents"
 * cannot be a primitive capability of a role: it is decided here, for
 * {@see Capabilities::map_meta_cap()}, which stays the one place that maps meta capabilities.
 *
 * @since 0.1.0
 */
final class SecurityCapabilities {

	/**
	 * Primitive capabilities needed for one of the security meta capabilities.
	 *
	 * @since 0.1.0
	 *
	 * @param string  $cap     Meta capability.
	 * @param int     $user_id User being checked.
	 * @param mixed[] $args    Object ID (incident or user) first.
	 * @return string[]
	 */
	public static function map( string $cap, int $user_id, array $args ): array {
		switch ( $cap ) {
			case Capabilities::REPORT_INCIDENT:
				return self::is_staff( $user_id ) ? array( 'read' ) : array( 'do_not_allow' );
			case Capabilities::HANDLE_INCIDENTS:
				// The head answers for the board (Art. 8.2); administrators run the system.
				return self::is_head( $user_id ) ? array( 'read' ) : array( 'manage_options' );
			case Capabilities::READ_INCIDENT:
				$post = get_post( (int) ( $args[0] ?? 0 ) );
				if ( ! $post || IncidentPostType::NAME !== $post->post_type ) {
					return array( 'do_not_allow' );
				}
				return $user_id && (int) $post->post_author === $user_id
					? self::map( Capabilities::REPORT_INCIDENT, $user_id, array() )
					: self::map( Capabilities::HANDLE_INCIDENTS, $user_id, array() );
			case Capabilities::END_SESSIONS:
				$target = (int) ( $args[0] ?? 0 );
				return $target && get_userdata( $target )
					? array_merge( array( 'manage_options' ), map_meta_cap( 'edit_user', $user_id, $target ) )
					: array( 'do_not_allow' );
		}
		return array( 'do_not_allow' );
	}

	/**
	 * Whether the user holds one of the portal's staff roles (administrators included).
	 *
	 * @param int $user_id User.
	 * @return bool
	 */
	private static function is_staff( int $user_id ): bool {
		$user = $user_id ? get_userdata( $user_id ) : false;
		return $user && '' !== StaffRole::of( $user );
	}

	/**
	 * Whether the user is the head of the board.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User.
	 * @return bool
	 */
	public static function is_head( int $user_id ): bool {
		return $user_id && BoardPosition::HEAD === get_user_meta( $user_id, BoardMeta::POSITION_META, true ) && self::is_staff( $user_id );
	}
}
