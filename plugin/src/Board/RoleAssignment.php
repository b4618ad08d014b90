<?php
/**
 * Assigns a permission level (a WordPress role) to a member of staff (Art. 12.2).
 *
 * @package Ttdt
 */

namespace Ttdt\Board;

defined( 'ABSPATH' ) || exit;

use WP_Error;
use WP_User;

/**
 * The one way the roster changes roles: only the contract's roles, never one's own, and never
 * so that the site is left without a system administrator. `WP_User::set_role()` fires
 * `set_user_role`, which the audit log records with the roles before and after.
 *
 * @since 0.1.0
 */
final class RoleAssignment {

	/**
	 * Why a user may not be given a role, or true when the change is allowed.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_User $user Member whose role changes.
	 * @param string  $role New role slug.
	 * @return true|WP_Error
	 */
	public static function check( WP_User $user, string $role ) {
		if ( ! in_array( $role, StaffRole::all(), true ) ) {
			return new WP_Error(
				'ttdt_board_role',
				__( 'This permission level does not exist. Choose collaborator, updater, moderator, publisher, system administrator or accountant.', 'ttdt-portal' ),
				array( 'status' => 400 )
			);
		}
		if ( StaffRole::of( $user ) === $role && 1 === count( (array) $user->roles ) ) {
			return true;
		}
		if ( get_current_user_id() === $user->ID ) {
			return new WP_Error(
				'ttdt_board_own_role',
				__( 'You cannot change your own permission level. Ask another system administrator to do it.', 'ttdt-portal' ),
				array( 'status' => 400 )
			);
		}
		if ( StaffRole::ADMINISTRATOR !== $role && in_array( StaffRole::ADMINISTRATOR, (array) $user->roles, true ) && self::administrator_count() <= 1 ) {
			return new WP_Error(
				'ttdt_board_last_administrator',
				__( 'This is the only system administrator. Give another person the system administrator level first.', 'ttdt-portal' ),
				array( 'status' => 400 )
			);
		}
		return true;
	}

	/**
	 * Gives the user exactly this role, after {@see self::check()}.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_User $user Member.
	 * @param string  $role New role slug.
	 * @return true|WP_Error
	 */
	public static function assign( WP_User $user, string $role ) {
		$allowed = self::check( $user, $role );
		if ( is_wp_error( $allowed ) ) {
			return $allowed;
		}
		if ( array( $role ) !== array_values( (array) $user->roles ) ) {
			$user->set_role( $role );
		}
		return true;
	}

	/**
	 * Number of system administrators.
	 *
	 * @return int
	 */
	private static function administrator_count(): int {
		return count(
			get_users(
				array(
					'role'   => StaffRole::ADMINISTRATOR,
					'fields' => 'ID',
					'number' => 2,
				)
			)
		);
	}
}
