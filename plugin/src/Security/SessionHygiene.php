<?php
/**
 * Ends a user's sessions: on request of an administrator, and when their role changes.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditLog;
use Ttdt\Support\Hookable;
use WP_Session_Tokens;

/**
 * A session opened under the old permission level keeps working after the level changes
 * (the cookie stays valid), and a stolen session keeps working until it expires. Staff answer
 * for what happens under their account (Art. 13.5): a role change therefore ends every
 * session of the account, and an administrator can end them by hand; both are audited.
 *
 * @since 0.1.0
 */
final class SessionHygiene implements Hookable {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'set_user_role', array( $this, 'role_changed' ), 20 );
		add_action( 'add_user_role', array( $this, 'role_changed' ), 20 );
		add_action( 'remove_user_role', array( $this, 'role_changed' ), 20 );
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
		self::end_all( (int) $user_id, 'role' );
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
		if ( 0 === $count && 'manual' !== $reason ) {
			return 0;
		}
		$tokens->destroy_all();
		AuditLog::record( 'user.sessions_end', 'user', $user_id, $user->user_login, array( 'sessions' => $count ), array( 'sessions' => 0, 'reason' => $reason ) );
		return $count;
	}
}
