<?php
/**
 * Unicode Normalization Form C, the form the portal stores (TCVN 6909:2001 text as Unicode).
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

use Normalizer;

/**
 * macOS and some tools send decomposed text ("e" + U+0323 + U+0302 for "ệ"), which looks the
 * same but breaks search, sorting and comparison. PHP's `intl` extension normalises anything;
 * hosts without it still get every Vietnamese letter composed from the shared letter table.
 *
 * @since 0.1.0
 */
final class Nfc {

	/**
	 * Combining marks used by Vietnamese (tones, circumflex, breve, horn).
	 *
	 * @var string
	 */
	private const VIETNAMESE_SEQUENCE = '/(\P{M})([\x{0300}\x{0301}\x{0302}\x{0303}\x{0306}\x{0309}\x{031B}\x{0323}]+)/u';

	/**
	 * Base letter + shape mark => row, built on first use.
	 *
	 * @var array<string, string>|null
	 */
	private static ?array $rows = null;

	/**
	 * Returns the text in NFC.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Text (UTF-8).
	 * @return string
	 */
	public static function normalize( string $text ): string {
		if ( '' === $text || ! preg_match( '/[\x{0300}-\x{036F}]/u', $text ) ) {
			return $text;
		}
		if ( class_exists( Normalizer::class ) ) {
			$normalized = Normalizer::normalize( $text, Normalizer::FORM_C );
			return is_string( $normalized ) ? $normalized : $text;
		}
		return self::compose_vietnamese( $text );
	}

	/**
	 * Normalises every string in a value (strings, arrays of strings, nested).
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value Value.
	 * @return mixed
	 */
	public static function normalize_deep( $value ) {
		if ( is_string( $value ) ) {
			return self::normalize( $value );
		}
		if ( is_array( $value ) ) {
			return array_map( array( self::class, 'normalize_deep' ), $value );
		}
		return $value;
	}

	/**
	 * Composes Vietnamese letters written as a base letter and combining marks, in any order
	 * ("e" + U+0323 + U+0302, or "ê" + U+0301). Other sequences stay as they are.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Text.
	 * @return string
	 */
	public static function compose_vietnamese( string $text ): string {
		$result = preg_replace_callback( self::VIETNAMESE_SEQUENCE, array( self::class, 'compose_match' ), $text );
		return is_string( $result ) ? $result : $text;
	}

	/**
	 * Composes one base letter with its marks, or returns the match unchanged.
	 *
	 * @param string[] $match Full match, base, marks.
	 * @return string
	 */
	private static function compose_match( array $match ): string {
		$vowels = LegacyTables::vowels();
		$data   = LegacyTables::data();
		if ( ! isset( $vowels[ $match[1] ] ) ) {
			return $match[0];
		}
		list( $row, $tone, $capital ) = $vowels[ $match[1] ];
		$base                         = $data['shapes'][ $row ] ?? $row;
		$root                         = substr( $base, 0, 1 );
		$shape                        = (string) substr( $base, 1 );
		foreach ( LegacyTables::chars( $match[2] ) as $mark ) {
			$tone_index = array_search( $mark, $data['tones'], true );
			if ( false !== $tone_index && $tone_index > 0 ) {
				if ( $tone ) {
					return $match[0];
				}
				$tone = (int) $tone_index;
			} elseif ( '' === $shape ) {
				$shape = $mark;
			} else {
				return $match[0];
			}
		}
		$row = self::rows()[ $root . $shape ] ?? null;
		if ( null === $row ) {
			return $match[0];
		}
		return LegacyTables::chars( $data['vowels'][ $row ][ $capital ? 1 : 0 ] )[ $tone ];
	}

	/**
	 * Decomposed toneless letter ("a" + U+0306) => row ("ă").
	 *
	 * @return array<string, string>
	 */
	private static function rows(): array {
		if ( null === self::$rows ) {
			self::$rows = array();
			foreach ( array_keys( LegacyTables::data()['vowels'] ) as $row ) {
				$row                       = (string) $row;
				$decomposed                = LegacyTables::data()['shapes'][ $row ] ?? $row;
				self::$rows[ $decomposed ] = $row;
			}
		}
		return self::$rows;
	}
}
