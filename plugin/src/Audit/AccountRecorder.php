<?php
/**
 * Records role changes, account deletions and logins (Art. 12.2, 13.5).
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\WriteSide;
use WP_User;

/**
 * "Staff answer for incidents under their account" needs a trail per account: who changed its
 * permission level, when it logged in and from where, and failed attempts to log in to it.
 *
 * `WP_User::set_role()` fires `remove_user_role` and `add_user_role` before `set_user_role`;
 * to record one "old → new" entry instead of three, add/remove events wait until either
 * `set_user_role` replaces them or the request ends (a bare `add_role()`/`remove_role()`).
 *
 * @since 0.1.0
 */
final class AccountRecorder implements WriteSide {

	/**
	 * User ID => roles before the first pending add/remove of this request.
	 *
	 * @var array<int, string[]>
	 */
	private array $pending = array();

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'set_user_role', array( $this, 'role_set' ), 10, 3 );
		add_action( 'add_user_role', array( $this, 'role_added' ), 10, 2 );
		add_action( 'remove_user_role', array( $this, 'role_removed' ), 10, 2 );
		add_action( 'shutdown', array( $this, 'flush' ) );
		add_action( 'delete_user', array( $this, 'deleted' ), 10, 3 );
		add_action( 'wp_login', array( $this, 'login' ), 10, 2 );
		add_action( 'wp_login_failed', array( $this, 'login_failed' ) );
		add_action( 'wp_logout', array( $this, 'logout' ) );
	}

	/**
	 * A role replaced all others (also when an account is created).
	 *
	 * @since 0.1.0
	 *
	 * @param int      $user_id   User ID.
	 * @param string   $role      New role.
	 * @param string[] $old_roles Roles before.
	 */
	public function role_set( $user_id, $role, $old_roles ): void {
		unset( $this->pending[ (int) $user_id ] );
		$after = '' === (string) $role ? array() : array( (string) $role );
		$this->append_roles( (int) $user_id, array_values( (array) $old_roles ), $after );
	}

	/**
	 * A role was added; recorded with the request's other changes of this account.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $user_id User ID.
	 * @param string $role    Role added.
	 */
	public function role_added( $user_id, $role ): void {
		if ( ! isset( $this->pending[ (int) $user_id ] ) ) {
			$this->pending[ (int) $user_id ] = array_values( array_diff( $this->roles( (int) $user_id ), array( (string) $role ) ) );
		}
	}

	/**
	 * A role was removed; recorded with the request's other changes of this account.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $user_id User ID.
	 * @param string $role    Role removed.
	 */
	public function role_removed( $user_id, $role ): void {
		if ( ! isset( $this->pending[ (int) $user_id ] ) ) {
			$this->pending[ (int) $user_id ] = array_values( array_unique( array_merge( $this->roles( (int) $user_id ), array( (string) $role ) ) ) );
		}
	}

	/**
	 * Records the add/remove changes no `set_user_role` took over.
	 *
	 * @since 0.1.0
	 */
	public function flush(): void {
		foreach ( $this->pending as $user_id => $before ) {
			$this->append_roles( $user_id, $before, $this->roles( $user_id ) );
		}
		$this->pending = array();
	}

	/**
	 * An account is being deleted.
	 *
	 * @since 0.1.0
	 *
	 * @param int          $user_id  User ID.
	 * @param int|null     $reassign Who receives the content.
	 * @param WP_User|null $user     The account.
	 */
	public function deleted( $user_id, $reassign = null, $user = null ): void {
		$user = $user instanceof WP_User ? $user : get_userdata( (int) $user_id );
		if ( ! $user ) {
			return;
		}
		AuditLog::append( new AuditEntry( 'user.delete', 'user', $user->ID, $user->user_login, array( 'roles' => array_values( (array) $user->roles ) ), $reassign ? array( 'reassigned_to' => (int) $reassign ) : null ) );
	}

	/**
	 * A successful login.
	 *
	 * @since 0.1.0
	 *
	 * @param string  $login Login name.
	 * @param WP_User $user  The account.
	 */
	public function login( $login, $user ): void {
		if ( ! $user instanceof WP_User ) {
			return;
		}
		AuditLog::append( ( new AuditEntry( 'auth.login', 'user', $user->ID, $user->user_login ) )->by( $user ) );
	}

	/**
	 * A failed login: recorded against the account it named, when there is one.
	 *
	 * @since 0.1.0
	 *
	 * @param string $login Login name or e-mail address tried.
	 */
	public function login_failed( $login ): void {
		$login   = mb_substr( sanitize_user( (string) $login ), 0, 60 );
		$account = get_user_by( 'login', $login );
		if ( ! $account && is_email( $login ) ) {
			$account = get_user_by( 'email', $login );
		}
		$entry             = ( new AuditEntry( 'auth.login_failed', 'user', $account ? $account->ID : 0, $login ) )->by( null );
		$entry->user_login = $login;
		AuditLog::append( $entry );
	}

	/**
	 * A logout.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User ID.
	 */
	public function logout( $user_id = 0 ): void {
		$user = get_userdata( (int) $user_id );
		if ( $user ) {
			AuditLog::append( ( new AuditEntry( 'auth.logout', 'user', $user->ID, $user->user_login ) )->by( $user ) );
		}
	}

	/**
	 * Appends a role change when the roles differ.
	 *
	 * @param int      $user_id User ID.
	 * @param string[] $before  Roles before.
	 * @param string[] $after   Roles after.
	 */
	private function append_roles( int $user_id, array $before, array $after ): void {
		sort( $before );
		sort( $after );
		if ( $before === $after ) {
			return;
		}
		$user = get_userdata( $user_id );
		AuditLog::append( new AuditEntry( 'user.role', 'user', $user_id, $user ? $user->user_login : '', array( 'roles' => $before ), array( 'roles' => $after ) ) );
	}

	/**
	 * Current roles of a user, read fresh from the database.
	 *
	 * @param int $user_id User ID.
	 * @return string[]
	 */
	private function roles( int $user_id ): array {
		$user = new WP_User( $user_id );
		return array_values( (array) $user->roles );
	}
}
