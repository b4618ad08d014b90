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
	 * Longest word remembered, in bytes.
	 *
	 * @var int
	 */
	private const CACHED_BYTES = 64;

	/**
	 * Bits of `evidence()` for one encoding; those of the n-th of `LegacyTables::ENCODINGS`
	 * are shifted left by 3n. VALID: a syllable as it is or converted; LEGACY: evidence of the
	 * encoding (a syllable only converted, two letters or more: one letter is too easily
	 * something else); UNICODE: evidence of Unicode.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const VALID   = 1;
	public const LEGACY  = 2;
	public const UNICODE = 4;

	/**
	 * By encoding, the pattern every word whose conversion could be a syllable matches: only
	 * letters and the encoding's codes, and no longer than a syllable's codes can be.
	 *
	 * @var array<string, string>|null
	 */
	private static ?array $could_convert = null;

	/**
	 * What a word is evidence of in each encoding, as bits: the same answer as `read()` in
	 * every encoding, without building its result. Detection reads every distinct word of a
	 * text this way; most words of a long garbled text are settled by a pattern, unconverted.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text  The word.
	 * @param bool   $upper Whether its segment is in capitals.
	 * @return int
	 */
	public static function evidence( string $text, bool $upper ): int {
		$as_is = Syllable::is_valid( $text );
		$valid = $as_is ? self::VALID : 0;
		if ( preg_match( LegacyTables::unicode_only_pattern(), $text ) ) {
			return self::in_every_encoding( $valid | self::UNICODE );
		}
		if ( ! preg_match( self::LEGACY_BYTE, $text ) ) {
			return self::in_every_encoding( $valid );
		}
		self::$could_convert ??= self::could_convert_patterns();
		$bits                  = 0;
		foreach ( LegacyTables::ENCODINGS as $i => $encoding ) {
			// Neither a syllable as it is nor, by its characters or length, once converted.
			if ( ! $as_is && ! preg_match( self::$could_convert[ $encoding ], $text ) ) {
				continue;
			}
			// The rest of `classify()`, from the point where the word has a legacy byte.
			$converted = 'tcvn3' === $encoding ? self::tcvn3_word( $text, $upper ) : self::vni_word( $text );
			if ( $converted === $text ) {
				$bits |= $valid << ( 3 * $i );
				continue;
			}
			$as_converted = Syllable::is_valid( $converted );
			$kind_bit     = 0;
			if ( $as_converted && ! $as_is ) {
				$kind_bit = preg_match( '/^.{2}/su', $text ) ? self::LEGACY : 0;
			} elseif ( $as_is && ! $as_converted ) {
				$kind_bit = self::UNICODE;
			}
			$bits |= ( ( $as_is || $as_converted ? self::VALID : 0 ) | $kind_bit ) << ( 3 * $i );
		}
		return $bits;
	}

	/**
	 * The same bits for every encoding.
	 *
	 * @param int $bits Bits of one encoding.
	 * @return int
	 */
	private static function in_every_encoding( int $bits ): int {
		$all = 0;
		foreach ( array_keys( LegacyTables::ENCODINGS ) as $i ) {
			$all |= $bits << ( 3 * $i );
		}
		return $all;
	}

	/**
	 * Builds the patterns of `$could_convert`. A TCVN3 code stands for one letter, so the
	 * converted word has as many letters, and one tone at most; a VNI letter takes one or two
	 * codes.
	 *
	 * @return array<string, string>
	 */
	private static function could_convert_patterns(): array {
		$longest = Syllable::longest();
		$vni     = preg_quote( implode( '', array_keys( LegacyTables::map( 'vni' ) ) ), '/' );
		$toned   = array_flip( LegacyTables::chars( Syllable::toned_letters() ) );
		$map     = LegacyTables::map( 'tcvn3' );
		$classes = array( '', '' );
		foreach ( array_unique( array_merge( LegacyTables::chars( Syllable::letter_class() ), array_keys( $map ) ) ) as $char ) {
			$letter                                = $map[ (string) $char ] ?? (string) $char;
			$classes[ isset( $toned[ $letter ] ) ? 1 : 0 ] .= preg_quote( (string) $char, '/' );
		}
		return array(
			'tcvn3' => '/^(?=.{1,' . $longest . '}$)[' . $classes[0] . ']*+(?:[' . $classes[1] . '][' . $classes[0] . ']*+)?$/u',
			'vni'   => '/^[' . Syllable::letter_class() . $vni . ']{1,' . ( 2 * $longest ) . '}$/u',
		);
	}

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
		// Words longer than any syllable are rare and would only crowd out the common ones.
		if ( strlen( $text ) > self::CACHED_BYTES ) {
			return self::classify( $text, $encoding, $upper );
		}
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
	 * Classifies a word (uncached `read()`). Works on the word as a string, never as an array
	 * of characters, so a "word" of a million characters costs no more than its copy.
	 *
	 * @param string $text     The word.
	 * @param string $encoding Encoding it might be in.
	 * @param bool   $upper    Whether its segment is in capitals.
	 * @return array{text: string, converted: string, kind: string, valid: bool}
	 */
	private static function classify( string $text, string $encoding, bool $upper ): array {
		$as_is = Syllable::is_valid( $text );
		if ( preg_match( LegacyTables::unicode_only_pattern(), $text ) ) {
			return array(
				'text'      => $text,
				'converted' => $text,
				'kind'      => 'unicode',
				'valid'     => $as_is,
			);
		}
		$converted = $text;
		if ( preg_match( self::LEGACY_BYTE, $text ) ) {
			$converted = 'tcvn3' === $encoding ? self::tcvn3_word( $text, $upper ) : self::vni_word( $text );
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
	 * The characters with their own case are A–Z, a–z and the capital codes, so "all of them
	 * capitals" is "no a–z"; every code maps to one letter, so the word converts with `strtr()`.
	 *
	 * @param string $word  The word.
	 * @param bool   $upper Whether the segment is in capitals.
	 * @return string
	 */
	private static function tcvn3_word( string $word, bool $upper ): string {
		$caps = ! preg_match( '/[a-z]/', $word )
			&& ( $upper || preg_match_all( '/[' . LegacyTables::tcvn3_capital_class() . ']/u', $word ) >= 2 );
		return strtr( $word, $caps ? LegacyTables::tcvn3_capital_map() : LegacyTables::map( 'tcvn3' ) );
	}

	/**
	 * VNI writes a vowel then its mark, so pairs are looked up before single characters: what
	 * `strtr()` does, trying the longest code first at each position.
	 *
	 * @param string $word The word.
	 * @return string
	 */
	private static function vni_word( string $word ): string {
		return strtr( $word, LegacyTables::map( 'vni' ) );
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
		return self::is_upper_span( $segment, 0, strlen( $segment ) );
	}

	/**
	 * `is_upper_segment()` of the segment at a byte offset of a text, without copying it. The
	 * segment must end at a segment break or at the end of the text.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text   Text.
	 * @param int    $start  Byte offset of the segment.
	 * @param int    $length Its length in bytes.
	 * @return bool
	 */
	public static function is_upper_span( string $text, int $start, int $length ): bool {
		if ( strcspn( $text, 'abcdefghijklmnopqrstuvwxyz', $start, $length ) < $length ) {
			return false;
		}
		// With no a–z, every character with its own case is a capital: four of them are enough.
		$capital = LegacyTables::tcvn3_capital_class();
		return 1 === preg_match( '/\G(?:[^' . $capital . '<>\r\n]*+[' . $capital . ']){4}/u', $text, $match, 0, $start );
	}
}
