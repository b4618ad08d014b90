<?php
/**
 * Stops password guessing at the log-in: too many failures from one network lock it out a while.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\ClientIp;
use Ttdt\Feedback\RateLimiter;
use Ttdt\Support\Hookable;
use WP_Error;

/**
 * WordPress lets anyone try passwords without end, on the log-in screen and through XML-RPC
 * (where one `system.multicall` carries hundreds). Staff answer for what happens under their
 * account (Art. 13.5), so guessing is cut short. Failures are counted per network address
 * and name typed (a few, then the name is locked from there for the window) and per address
 * (more, for guessing across names), with the feedback form's atomic counters. While locked,
 * even the right password is refused — else the answer would tell a guess was right — and
 * the message says how long to wait. The lock is per address, so a guesser elsewhere cannot
 * lock a member of staff out of their own office. A name of no account counts as any other:
 * the lock tells nothing about which accounts exist.
 *
 * @since 0.1.0
 */
final class LoginThrottle implements Hookable {

	/**
	 * Limit: failures from one address with one name typed.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const LIMIT_ACCOUNT = 'login_account';

	/**
	 * Limit: failures from one address with any names.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const LIMIT_IP = 'login_ip';

	/**
	 * Error code of a locked log-in.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const LOCKED = 'ttdt_login_locked';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( RateLimiter::LIMITS_FILTER, array( self::class, 'limits' ) );
		// Last: after core's checks (20, 30), so a right password is refused too, and after
		// AccountPrivacy (100), which evens the time of an unknown name's answer.
		add_filter( 'authenticate', array( self::class, 'refuse_when_locked' ), 110, 2 );
		add_action( 'wp_login_failed', array( self::class, 'count_failure' ), 10, 2 );
	}

	/**
	 * Adds the log-in limits to the rate limiter's: [ most failures, window in seconds ].
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $limits Limits so far.
	 * @return array<string, array{0: int, 1: int}>
	 */
	public static function limits( $limits ): array {
		return (array) $limits + array(
			self::LIMIT_ACCOUNT => array( 5, 15 * MINUTE_IN_SECONDS ),
			self::LIMIT_IP      => array( 20, 15 * MINUTE_IN_SECONDS ),
		);
	}

	/**
	 * On `authenticate`: the lock's error, whatever the checks so far found.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $user     The account, or the error of the checks so far.
	 * @param mixed $username The name or e-mail address typed.
	 * @return mixed
	 */
	public static function refuse_when_locked( $user, $username = '' ) {
		if ( null === $user ) {
			// Nothing was tried (an empty form): core answers that on its own.
			return $user;
		}
		$ip = ClientIp::current();
		foreach ( array( self::LIMIT_ACCOUNT => self::account_key( $ip, $username ), self::LIMIT_IP => $ip ) as $limit => $key ) {
			if ( RateLimiter::exceeded( $limit, $key ) ) {
				return self::locked( $limit );
			}
		}
		return $user;
	}

	/**
	 * On `wp_login_failed`: counts the failure (a refusal for the lock itself is not one).
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $username The name or e-mail address typed.
	 * @param mixed $error    The failure.
	 */
	public static function count_failure( $username, $error = null ): void {
		if ( $error instanceof WP_Error && self::LOCKED === $error->get_error_code() ) {
			return;
		}
		$ip = ClientIp::current();
		RateLimiter::hit( self::LIMIT_ACCOUNT, self::account_key( $ip, $username ) );
		RateLimiter::hit( self::LIMIT_IP, $ip );
	}

	/**
	 * The error of a lock, with the wait in minutes.
	 *
	 * @param string $limit The limit reached.
	 * @return WP_Error
	 */
	private static function locked( string $limit ): WP_Error {
		$minutes = RateLimiter::window_minutes( $limit );
		return new WP_Error(
			self::LOCKED,
			sprintf(
				'<strong>%1$s</strong> %2$s',
				esc_html__( 'Error:', 'ttdt-portal' ),
				esc_html(
					sprintf(
						/* translators: %d: minutes to wait. */
						_n(
							'Too many failed log-ins came from your network. Please wait %d minute and try again, or reset your password.',
							'Too many failed log-ins came from your network. Please wait %d minutes and try again, or reset your password.',
							$minutes,
							'ttdt-portal'
						),
						$minutes
					)
				)
			),
			array( 'status' => 429 )
		);
	}

	/**
	 * The counter's key of a name typed from an address: the name as WordPress finds it
	 * (case and outer spaces do not make another name).
	 *
	 * @param string $ip       Address.
	 * @param mixed  $username Name or e-mail address typed.
	 * @return string '' when the address is unknown (nothing is counted).
	 */
	private static function account_key( string $ip, $username ): string {
		$name = is_string( $username ) ? strtolower( trim( $username ) ) : '';
		return '' === $ip ? '' : $ip . '|' . $name;
	}
}
