<?php
/**
 * The stored forms of an e-mail address and a phone number.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

/**
 * A citizen types their contact once on the form and again, maybe differently, on the lookup
 * page or the phone: "0912 345 678", "+84 912345678" and "0912.345.678" are one number.
 *
 * @since 0.1.0
 */
final class ContactNormalizer {

	/**
	 * Lower-cased address, '' when it is not an e-mail address.
	 *
	 * @since 0.1.0
	 *
	 * @param string $typed As typed.
	 * @return string
	 */
	public static function email( string $typed ): string {
		$email = strtolower( trim( $typed ) );
		return is_email( $email ) && strlen( $email ) <= 100 ? $email : '';
	}

	/**
	 * Digits of a Vietnamese-style number with a leading 0 (`+84`/`84` prefix turned into 0),
	 * or digits with a leading `+` for other countries; '' when it is not a phone number
	 * (8–15 digits).
	 *
	 * @since 0.1.0
	 *
	 * @param string $typed As typed.
	 * @return string
	 */
	public static function phone( string $typed ): string {
		$typed = trim( $typed );
		if ( '' === $typed || ! preg_match( '/^\+?[0-9 .\-()]+$/', $typed ) ) {
			return '';
		}
		$plus   = str_starts_with( $typed, '+' );
		$digits = (string) preg_replace( '/\D+/', '', $typed );
		if ( str_starts_with( $digits, '84' ) && ( $plus || strlen( $digits ) === 11 ) ) {
			$digits = '0' . substr( $digits, 2 );
			$plus   = false;
		}
		if ( strlen( $digits ) < 8 || strlen( $digits ) > 15 ) {
			return '';
		}
		return ( $plus ? '+' : '' ) . $digits;
	}
}
