<?php
/**
 * How one word reads as it is and converted from a legacy Vietnamese encoding.
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

/**
 * Shared by detection and conversion (`LegacyText`). Mirrors
 * `admin-ui/vietnamese-text/legacy-word.ts`; change both together.
 *
 * @since 0.1.0
 */
final class LegacyWord {

	/**
	 * A character of the Latin-1 upper half, without which no legacy text exists.
	 *
	 * @var string
	 */
	public const LEGACY_BYTE = '/[\x{A1}-\x{FF}]/u';

	/**
	 * Words already read, by encoding, case flag and word: a text repeats its words a lot.
	 *
	 * @var array<string, array{text: string, converted: string, kind: string, valid: bool}>
	 */
	private static array $read = array();

	/**
	 * Classifies a word, remembering the answer: `plain` (the encoding would not change it),
	 * `unicode` or `legacy` (a Vietnamese syllable only as it is / only converted), `ambiguous`
	 * (either way) or `garbled` (neither way).
	 *
	 * @since 0.1.0
	 *
	 * @param string $text     The word.
	 * @param string $encoding Encoding it might be in.
	 * @param bool   $upper    Whether its segment is in capitals.
	 * @return array{text: string, converted: string, kind: string, valid: bool}
	 */
	public static function read( string $text, string $encoding, bool $upper ): array {
		$key = $encoding . ( $upper ? '^' : '_' ) . $text;
		if ( ! isset( self::$read[ $key ] ) ) {
			if ( count( self::$read ) > 20000 ) {
				self::$read = array();
			}
			self::$read[ $key ] = self::classify( $text, $encoding, $upper );
		}
		return self::$read[ $key ];
	}

	/**
	 * Classifies a word (uncached `read()`).
	 *
	 * @param string $text     The word.
	 * @param string $encoding Encoding it might be in.
	 * @param bool   $upper    Whether its segment is in capitals.
	 * @return array{text: string, converted: string, kind: string, valid: bool}
	 */
	private static function classify( string $text, string $encoding, bool $upper ): array {
		$as_is = Syllable::is_valid( $text );
		$chars = LegacyTables::chars( $text );
		foreach ( $chars as $char ) {
			if ( LegacyTables::is_unicode_only_letter( $char ) ) {
				return array(
					'text'      => $text,
					'converted' => $text,
					'kind'      => 'unicode',
					'valid'     => $as_is,
				);
			}
		}
		$converted = $text;
		if ( preg_match( self::LEGACY_BYTE, $text ) ) {
			$converted = 'tcvn3' === $encoding ? self::tcvn3_word( $chars, $upper ) : self::vni_word( $chars );
		}
		if ( $converted === $text ) {
			return array(
				'text'      => $text,
				'converted' => $text,
				'kind'      => 'plain',
				'valid'     => $as_is,
			);
		}
		$as_converted = Syllable::is_valid( $converted );
		$kind         = $as_is ? 'ambiguous' : 'garbled';
		if ( $as_converted !== $as_is ) {
			$kind = $as_converted ? 'legacy' : 'unicode';
		}
		return array(
			'text'      => $text,
			'converted' => $converted,
			'kind'      => $kind,
			'valid'     => $as_is || $as_converted,
		);
	}

	/**
	 * TCVN3 has no capitals with tones: `.VnTimeH` fonts draw the small-letter codes as
	 * capitals. A word is taken as set in capitals when its other letters are (at least two of
	 * them), or when its whole segment is.
	 *
	 * @param string[] $chars The word's characters.
	 * @param bool     $upper Whether the segment is in capitals.
	 * @return string
	 */
	private static function tcvn3_word( array $chars, bool $upper ): string {
		$plain = array_values( array_filter( $chars, array( self::class, 'is_plain_cased' ) ) );
		$caps  = count( $plain ) === count( array_filter( $plain, array( self::class, 'is_plain_upper' ) ) )
			&& ( count( $plain ) >= 2 || $upper );
		$map   = LegacyTables::map( 'tcvn3' );
		$out   = '';
		foreach ( $chars as $char ) {
			if ( ! isset( $map[ $char ] ) ) {
				$out .= $char;
				continue;
			}
			$out .= $caps ? ( LegacyTables::upper_of()[ $map[ $char ] ] ?? $map[ $char ] ) : $map[ $char ];
		}
		return $out;
	}

	/**
	 * VNI writes a vowel then its mark, so pairs are looked up before single characters.
	 *
	 * @param string[] $chars The word's characters.
	 * @return string
	 */
	private static function vni_word( array $chars ): string {
		$map   = LegacyTables::map( 'vni' );
		$out   = '';
		$count = count( $chars );
		for ( $i = 0; $i < $count; $i++ ) {
			$pair = $i + 1 < $count ? $chars[ $i ] . $chars[ $i + 1 ] : '';
			if ( '' !== $pair && isset( $map[ $pair ] ) ) {
				$out .= $map[ $pair ];
				++$i;
			} else {
				$out .= $map[ $chars[ $i ] ] ?? $chars[ $i ];
			}
		}
		return $out;
	}

	/**
	 * Whether the segment's plain letters (at least four) are all capitals (TCVN3 titles set in
	 * `.VnTimeH`).
	 *
	 * @since 0.1.0
	 *
	 * @param string $segment A segment.
	 * @return bool
	 */
	public static function is_upper_segment( string $segment ): bool {
		if ( preg_match( '/[a-z]/', $segment ) ) {
			return false;
		}
		$plain = array_filter( LegacyTables::chars( $segment ), array( self::class, 'is_plain_cased' ) );
		return count( $plain ) >= 4 && count( $plain ) === count( array_filter( $plain, array( self::class, 'is_plain_upper' ) ) );
	}

	/**
	 * Whether a character has its own case in TCVN3 (ASCII letters and Ă Â Ê Ô Ơ Ư Đ).
	 *
	 * @param string $char A character.
	 * @return bool
	 */
	private static function is_plain_cased( string $char ): bool {
		return (bool) preg_match( '/^[A-Za-z]$/', $char ) || LegacyTables::is_tcvn3_capital( $char );
	}

	/**
	 * Whether such a character is a capital.
	 *
	 * @param string $char A character.
	 * @return bool
	 */
	private static function is_plain_upper( string $char ): bool {
		return (bool) preg_match( '/^[A-Z]$/', $char ) || LegacyTables::is_tcvn3_capital( $char );
	}
}
