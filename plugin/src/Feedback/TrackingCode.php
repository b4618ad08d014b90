<?php
/**
 * The code a citizen uses to follow their feedback.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

/**
 * Ten characters from an alphabet without look-alikes (no 0/O, 1/I, 2/Z, 5/S, 8/B), so a
 * code read aloud on the phone or copied from paper comes out right: 26^10 ≈ 1.4 × 10^14
 * values, drawn with `random_int()`, and the lookup also asks for the contact given, so a
 * code alone opens nothing. Shown in groups `ABCD-EF-GHJK`; typed in any case, with or
 * without dashes and spaces.
 *
 * @since 0.1.0
 */
final class TrackingCode {

	/**
	 * The characters a code is made of.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ALPHABET = 'ACDEFGHJKLMNPQRTUVWXY34679';

	/**
	 * Characters in a code.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const LENGTH = 10;

	/**
	 * A new random code (stored form, without dashes).
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function generate(): string {
		$max  = strlen( self::ALPHABET ) - 1;
		$code = '';
		for ( $i = 0; $i < self::LENGTH; $i++ ) {
			$code .= self::ALPHABET[ random_int( 0, $max ) ];
		}
		return $code;
	}

	/**
	 * The stored form of what someone typed, '' when it cannot be a code.
	 *
	 * @since 0.1.0
	 *
	 * @param string $typed Text as typed (any case, dashes, spaces).
	 * @return string
	 */
	public static function normalize( string $typed ): string {
		$code = strtoupper( (string) preg_replace( '/[\s\-\.]+/u', '', $typed ) );
		if ( strlen( $code ) !== self::LENGTH || strspn( $code, self::ALPHABET ) !== self::LENGTH ) {
			return '';
		}
		return $code;
	}

	/**
	 * The code as shown to people: `ABCD-EF-GHJK`.
	 *
	 * @since 0.1.0
	 *
	 * @param string $code Stored code.
	 * @return string
	 */
	public static function format( string $code ): string {
		if ( strlen( $code ) !== self::LENGTH ) {
			return $code;
		}
		return substr( $code, 0, 4 ) . '-' . substr( $code, 4, 2 ) . '-' . substr( $code, 6 );
	}
}
