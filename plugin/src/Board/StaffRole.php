<?php
/**
 * The permission levels a board member or staff member can hold (Art. 12.2).
 *
 * @package Ttdt
 */

namespace Ttdt\Board;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Roles;
use WP_User;

/**
 * The roles of the project's contract: the four levels of Article 12.2 (system
 * administration, moderation, updating, publishing), plus collaborators and the accountant.
 * The roster assigns only these, so it can never hand out a role the regulation does not know.
 *
 * @since 0.1.0
 */
final class StaffRole {

	/**
	 * WordPress's administrator role: system administration (quản trị hệ thống).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ADMINISTRATOR = 'administrator';

	/**
	 * Role slugs, from the least to the most trusted, then the accountant.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function all(): array {
		return array( 'ttdt_collaborator', 'ttdt_updater', 'ttdt_moderator', 'ttdt_publisher', self::ADMINISTRATOR, 'ttdt_accountant' );
	}

	/**
	 * Role slug => display name in the user's language.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function labels(): array {
		$definitions = Roles::definitions();
		$labels      = array();
		foreach ( self::all() as $slug ) {
			$labels[ $slug ] = self::ADMINISTRATOR === $slug
				? _x( 'System administrator', 'role', 'ttdt-portal' )
				: (string) ( $definitions[ $slug ][0] ?? $slug );
		}
		return $labels;
	}

	/**
	 * Display name of any role: the contract's names, else WordPress's own translated name.
	 *
	 * @since 0.1.0
	 *
	 * @param string $slug Role slug.
	 * @return string
	 */
	public static function label( string $slug ): string {
		$labels = self::labels();
		if ( isset( $labels[ $slug ] ) ) {
			return $labels[ $slug ];
		}
		$role = wp_roles()->get_names()[ $slug ] ?? '';
		return '' !== $role ? translate_user_role( $role ) : $slug;
	}

	/**
	 * The contract role a user holds (the most trusted one if several), or '' for none.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_User $user User.
	 * @return string
	 */
	public static function of( WP_User $user ): string {
		$held = array_values( array_intersect( array( self::ADMINISTRATOR, 'ttdt_publisher', 'ttdt_moderator', 'ttdt_updater', 'ttdt_accountant', 'ttdt_collaborator' ), (array) $user->roles ) );
		return $held[0] ?? '';
	}
}
