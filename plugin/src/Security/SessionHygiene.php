<?php
/**
 * Ends a user's sessions: on request of an administrator, and when their role changes.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditLog;
use Ttdt\Support\WriteSide;
use WP_Session_Tokens;

/**
 * A session opened under the old permission level keeps working after the level changes
 * (the cookie stays valid), and a stolen session keeps working until it expires. Staff answer
 * for what happens under their account (Art. 13.5): a role change therefore ends every
 * session of the account, and an administrator can end them by hand; both are audited, as is
 * core's own "Log Out Everywhere (Else)" on the profile screen.
 *
 * @since 0.1.0
 */
final class SessionHygiene implements WriteSide {

	/**
	 * Core's AJAX action behind "Log Out Everywhere Else" / "Log Out Everywhere" (profile).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CORE_DESTROY_ACTION = 'wp_ajax_destroy-sessions';

	/**
	 * User meta in which core keeps the sessions.
	 *
	 * @var string
	 */
	private const TOKENS_META = 'session_tokens';

	/**
	 * Sessions open before core's destroy-sessions request, by user ID.
	 *
	 * @var array<int, int>
	 */
	private array $before = array();

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'set_user_role', array( $this, 'role_changed' ), 20 );
		add_action( 'add_user_role', array( $this, 'role_changed' ), 20 );
		add_action( 'remove_user_role', array( $this, 'role_changed' ), 20 );
		// Core's handler (priority 1) checks the nonce and capability, ends the sessions and
		// exits without an action of its own: count before it runs, record once the stored
		// sessions actually change (so a refused request records nothing).
		add_action( self::CORE_DESTROY_ACTION, array( $this, 'core_destroy_started' ), 0 );
		add_action( 'updated_user_meta', array( $this, 'tokens_changed' ), 10, 3 );
		add_action( 'deleted_user_meta', array( $this, 'tokens_changed' ), 10, 3 );
	}

	/**
	 * Core's "Log Out Everywhere (Else)" is about to run: counts the sessions of its account.
	 *
	 * @since 0.1.0
	 */
	public function core_destroy_started(): void {
		$user_id = isset( $_POST['user_id'] ) ? absint( wp_unslash( $_POST['user_id'] ) ) : 0;
		$nonce   = isset( $_POST['nonce'] ) ? sanitize_text_field( wp_unslash( $_POST['nonce'] ) ) : '';
		// The same checks as core's handler: a request it will refuse is not counted at all.
		if ( $user_id && current_user_can( 'edit_user', $user_id ) && wp_verify_nonce( $nonce, 'update-user_' . $user_id ) ) {
			$this->before[ $user_id ] = count( WP_Session_Tokens::get_instance( $user_id )->get_all() );
		}
	}

	/**
	 * The stored sessions of an account changed during core's destroy-sessions request:
	 * records how many were ended and whether the user's own session was kept.
	 *
	 * @since 0.1.0
	 *
	 * @param int|int[] $meta_id  Meta ID(s).
	 * @param int       $user_id  User ID.
	 * @param string    $meta_key Meta key.
	 */
	public function tokens_changed( $meta_id, $user_id, $meta_key ): void {
		$user_id = (int) $user_id;
		if ( self::TOKENS_META !== $meta_key || ! isset( $this->before[ $user_id ] ) ) {
			return;
		}
		$before = $this->before[ $user_id ];
		unset( $this->before[ $user_id ] );
		$user  = get_userdata( $user_id );
		$after = count( WP_Session_Tokens::get_instance( $user_id )->get_all() );
		if ( ! $user || $after >= $before ) {
			return;
		}
		$reason = get_current_user_id() === $user_id ? SessionEndReason::EVERYWHERE_ELSE : SessionEndReason::EVERYWHERE;
		AuditLog::record( 'user.sessions_end', 'user', $user_id, $user->user_login, array( 'sessions' => $before ), array( 'sessions' => $after, 'reason' => $reason ) );
	}

	/**
	 * A role of the user changed: ends their sessions. `set_role()` fires three of these
	 * hooks; the first ends the sessions, the others find none left and record nothing.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User ID.
	 */
	public function role_changed( $user_id ): void {
		self::end_all( (int) $user_id, SessionEndReason::ROLE );
	}

	/**
	 * Ends every session of a user and records it (not when there was none to end, e.g. for
	 * an account being created).
	 *
	 * @since 0.1.0
	 *
	 * @param int    $user_id User ID.
	 * @param string $reason  `role` (a role change) or `manual` (an administrator's request).
	 * @return int How many sessions were ended.
	 */
	public static function end_all( int $user_id, string $reason ): int {
		$user = get_userdata( $user_id );
		if ( ! $user ) {
			return 0;
		}
		$tokens = WP_Session_Tokens::get_instance( $user_id );
		$count  = count( $tokens->get_all() );
		if ( 0 === $count && SessionEndReason::MANUAL !== $reason ) {
			return 0;
		}
		$tokens->destroy_all();
		AuditLog::record( 'user.sessions_end', 'user', $user_id, $user->user_login, array( 'sessions' => $count ), array( 'sessions' => 0, 'reason' => $reason ) );
		return $count;
	}
}
