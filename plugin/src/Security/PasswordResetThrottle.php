<?php
/**
 * Stops the "lost password" form from being used to flood staff with e-mails.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\ClientIp;
use Ttdt\Feedback\RateLimiter;
use Ttdt\Support\Hookable;
use WP_Error;
use WP_User;

/**
 * Anyone may ask WordPress to mail an account a reset link, as often as they like: a script
 * fills a member of staff's inbox and spends the commune's mail quota. Requests from one
 * network address are limited, with a message that tells how long to wait (every name
 * answers alike, so it tells nothing of which accounts exist). Links mailed to one account
 * are limited too, whoever asks; past that the form answers as usual ("check your e-mail")
 * and no more mail goes out: an error there would tell the name is an account. Only the
 * log-in screen's form is limited: an administrator sending reset links from the users
 * screen is not a stranger.
 *
 * @since 0.1.0
 */
final class PasswordResetThrottle implements Hookable {

	/**
	 * Limit: reset requests from one address.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const LIMIT_IP = 'reset_ip';

	/**
	 * Limit: reset links mailed to one account.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const LIMIT_ACCOUNT = 'reset_account';

	/**
	 * Error code of a refused request.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const LIMITED = 'ttdt_reset_limited';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( RateLimiter::LIMITS_FILTER, array( self::class, 'limits' ) );
		// Before AccountPrivacy (10), which answers a name of no account as a sent mail.
		add_action( 'lostpassword_post', array( self::class, 'limit_requests' ), 5 );
		add_filter( 'send_retrieve_password_email', array( self::class, 'limit_mails' ), 10, 3 );
	}

	/**
	 * Adds the reset limits to the rate limiter's: [ most, window in seconds ].
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $limits Limits so far.
	 * @return array<string, array{0: int, 1: int}>
	 */
	public static function limits( $limits ): array {
		return (array) $limits + array(
			self::LIMIT_IP      => array( 5, HOUR_IN_SECONDS ),
			self::LIMIT_ACCOUNT => array( 3, HOUR_IN_SECONDS ),
		);
	}

	/**
	 * On `lostpassword_post`: counts a request from the log-in screen, refusing one over the limit.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $errors The request's errors so far.
	 */
	public static function limit_requests( $errors ): void {
		if ( ! $errors instanceof WP_Error || ! self::from_login_screen() || RateLimiter::hit( self::LIMIT_IP, ClientIp::current() ) ) {
			return;
		}
		$minutes = RateLimiter::window_minutes( self::LIMIT_IP );
		$errors->add(
			self::LIMITED,
			sprintf(
				'<strong>%1$s</strong> %2$s',
				esc_html__( 'Error:', 'ttdt-portal' ),
				esc_html(
					sprintf(
						/* translators: %d: minutes to wait. */
						_n(
							'Too many password resets were asked from your network. Please wait %d minute and try again.',
							'Too many password resets were asked from your network. Please wait %d minutes and try again.',
							$minutes,
							'ttdt-portal'
						),
						$minutes
					)
				)
			)
		);
	}

	/**
	 * On `send_retrieve_password_email`: no more links to an account than the limit.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $send       Whether to send.
	 * @param mixed $user_login The account's login.
	 * @param mixed $user_data  The account.
	 * @return mixed
	 */
	public static function limit_mails( $send, $user_login = '', $user_data = null ) {
		if ( ! $send || ! $user_data instanceof WP_User || ! self::from_login_screen() ) {
			return $send;
		}
		return RateLimiter::hit( self::LIMIT_ACCOUNT, (string) $user_data->ID );
	}

	/**
	 * Whether the request is the log-in screen's (where strangers ask).
	 *
	 * @return bool
	 */
	private static function from_login_screen(): bool {
		return 'wp-login.php' === ( $GLOBALS['pagenow'] ?? '' );
	}
}
