<?php
/**
 * Site Health checks of roles, duties and passwords.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Roles;
use Ttdt\Admin\AdminScreens;
use Ttdt\Board\BoardScreen;

/**
 * Art. 12.2 gives each permission level only what its work needs: a capability added to a
 * role by another plugin or by hand, or one person holding two levels, quietly breaks that.
 *
 * @since 0.1.0
 */
final class AccessHealth {

	/**
	 * Filter: whether a strong-password policy is enforced by something the check cannot see
	 * (a host's single sign-on, a must-use plugin).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PASSWORD_POLICY_FILTER = 'ttdt_strong_password_policy';

	/**
	 * Plugin folders of known password-policy plugins.
	 *
	 * @var string[]
	 */
	private const PASSWORD_PLUGINS = array( 'wordfence', 'better-wp-security', 'ithemes-security-pro', 'melapress-login-security', 'password-policy-manager', 'wp-password-policy', 'force-strong-passwords', 'password-policy-and-complexity-requirements', 'defender-security', 'all-in-one-wp-security-and-firewall' );

	/**
	 * No plugin role holds a capability beyond its definition in {@see Roles::definitions()}.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function role_caps(): array {
		$extra = array();
		foreach ( Roles::definitions() as $slug => list( $name, $caps ) ) {
			$role = get_role( $slug );
			if ( ! $role ) {
				continue;
			}
			$added = array_diff( array_keys( array_filter( $role->capabilities ) ), $caps );
			if ( $added ) {
				$extra[] = sprintf( '%s: %s', translate_user_role( $name ), implode( ', ', $added ) );
			}
		}
		if ( ! $extra ) {
			return SecurityHealth::result( 'ttdt_role_caps', 'good', __( 'The portal roles hold only their own capabilities', 'ttdt-portal' ), __( 'Each permission level (collaborator, updater, moderator, publisher, accountant) has exactly the capabilities the regulation gives it.', 'ttdt-portal' ) );
		}
		return SecurityHealth::result(
			'ttdt_role_caps',
			'critical',
			__( 'Some portal roles were given extra capabilities', 'ttdt-portal' ),
			sprintf(
				/* translators: %s: list of roles and their extra capabilities. */
				__( 'These roles hold capabilities the regulation does not give them: %s. Remove them with the plugin or tool that added them, or deactivate and activate the E-information page plugin to restore its roles.', 'ttdt-portal' ),
				implode( '; ', $extra )
			)
		);
	}

	/**
	 * Nobody holds two portal roles: the levels separate duties (writing, approving, publishing,
	 * paying), and two of them on one account join what the regulation keeps apart.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function duties(): array {
		$slugs  = array_merge( array_keys( Roles::definitions() ), array( 'administrator' ) );
		$people = array();
		foreach ( get_users( array( 'role__in' => $slugs ) ) as $user ) {
			$held = array_intersect( (array) $user->roles, $slugs );
			if ( count( $held ) > 1 ) {
				$people[] = sprintf( '%s (%s)', $user->display_name, implode( ', ', array_map( static fn( $slug ) => translate_user_role( wp_roles()->role_names[ $slug ] ?? $slug ), $held ) ) );
			}
		}
		if ( ! $people ) {
			return SecurityHealth::result( 'ttdt_separate_duties', 'good', __( 'Nobody holds two permission levels', 'ttdt-portal' ), __( 'Every account has one permission level, so writing, approving, publishing and paying stay with different people.', 'ttdt-portal' ) );
		}
		return SecurityHealth::result(
			'ttdt_separate_duties',
			'critical',
			__( 'Some accounts hold two permission levels', 'ttdt-portal' ),
			sprintf(
				/* translators: %s: list of people and their roles. */
				__( 'These accounts hold more than one permission level: %s. Give each person one level on the Board screen.', 'ttdt-portal' ),
				implode( '; ', $people )
			),
			SecurityHealth::link( admin_url( 'admin.php?page=' . AdminScreens::page_slug( BoardScreen::NAME ) ), __( 'Open the Board screen', 'ttdt-portal' ) )
		);
	}

	/**
	 * A plugin that enforces strong passwords is active.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function password_policy(): array {
		$active = false;
		foreach ( (array) get_option( 'active_plugins', array() ) as $plugin ) {
			$active = $active || in_array( strtok( (string) $plugin, '/' ), self::PASSWORD_PLUGINS, true );
		}
		/**
		 * Filters whether a strong-password policy is enforced on the site.
		 *
		 * @since 0.1.0
		 *
		 * @param bool $active Whether a known password-policy plugin is active.
		 */
		if ( apply_filters( self::PASSWORD_POLICY_FILTER, $active ) ) {
			return SecurityHealth::result( 'ttdt_password_policy', 'good', __( 'A strong-password policy is enforced', 'ttdt-portal' ), __( 'A plugin that requires strong passwords is active, so staff accounts cannot use weak ones.', 'ttdt-portal' ) );
		}
		return SecurityHealth::result(
			'ttdt_password_policy',
			'recommended',
			__( 'No strong-password policy is enforced', 'ttdt-portal' ),
			__( 'WordPress only suggests strong passwords; staff can still choose weak ones. Install and activate a plugin that enforces a password policy (length, complexity, expiry) for every account of the board.', 'ttdt-portal' ),
			SecurityHealth::link( admin_url( 'plugin-install.php?s=password+policy&tab=search&type=term' ), __( 'Find a password-policy plugin', 'ttdt-portal' ) )
		);
	}
}
