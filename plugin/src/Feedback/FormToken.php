<?php
/**
 * The signed time a feedback form was shown.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

/**
 * A person takes seconds to fill in the form; a script posts at once. The form carries the
 * time it was rendered, signed with a site secret so it cannot be forged: a submission sooner
 * than the minimum fill time, or with a missing, forged or day-old token, is refused. No
 * CAPTCHA service is reachable from a commune's server, and none is needed for this.
 *
 * @since 0.1.0
 */
final class FormToken {

	/**
	 * Filter of the minimum seconds between showing the form and sending it.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MIN_SECONDS_FILTER = 'ttdt_feedback_min_fill_seconds';

	/**
	 * Seconds after which a shown form is stale (cached pages keep their token that long).
	 *
	 * @var int
	 */
	private const MAX_AGE = 2 * DAY_IN_SECONDS;

	/**
	 * A token for a form shown now.
	 *
	 * @since 0.1.0
	 *
	 * @param int|null $time Time to sign, now by default.
	 * @return string
	 */
	public static function issue( ?int $time = null ): string {
		$time = $time ?? time();
		return $time . '.' . self::sign( $time );
	}

	/**
	 * Why a token is refused, '' when it is good.
	 *
	 * @since 0.1.0
	 *
	 * @param string $token Token sent with the form.
	 * @return string `missing`, `forged`, `stale`, `too_fast` or ''.
	 */
	public static function problem( string $token ): string {
		if ( ! preg_match( '/^(\d{9,11})\.([a-f0-9]{64})$/', $token, $parts ) ) {
			return '' === $token ? 'missing' : 'forged';
		}
		$time = (int) $parts[1];
		if ( ! hash_equals( self::sign( $time ), $parts[2] ) ) {
			return 'forged';
		}
		$age = time() - $time;
		if ( $age > self::MAX_AGE || $age < -60 ) {
			return 'stale';
		}
		/**
		 * Filters the minimum seconds a person takes to fill in the feedback form.
		 *
		 * @since 0.1.0
		 *
		 * @param int $seconds Default 3.
		 */
		$minimum = (int) apply_filters( self::MIN_SECONDS_FILTER, 3 );
		return $age < $minimum ? 'too_fast' : '';
	}

	/**
	 * The signature of a time.
	 *
	 * @param int $time Unix time.
	 * @return string
	 */
	private static function sign( int $time ): string {
		return hash_hmac( 'sha256', 'ttdt-feedback-form|' . $time, wp_salt( 'nonce' ) );
	}
}
