<?php
/**
 * Detects and converts Vietnamese text still in a legacy 8-bit encoding (TCVN3/ABC, VNI).
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

/**
 * Text pasted from documents set in `.Vn…` or `VNI-…` fonts arrives as those bytes read in
 * Windows-1252: "Héi nghÞ" (TCVN3) or "Hoäi nghò" (VNI) for "Hội nghị".
 *
 * A word is evidence of a legacy encoding when it is no Vietnamese syllable as it reads but is
 * one converted; evidence of Unicode when the reverse holds or when it has a Vietnamese letter
 * outside Latin-1. Text is judged per segment (a line, or the text between HTML tags), so one
 * paragraph pasted into a Unicode post is found and converted alone. The same rules run in the
 * editor (`admin-ui/vietnamese-text/legacy.ts`); change both together.
 *
 * @since 0.1.0
 */
final class LegacyText {

	/**
	 * Separators between segments.
	 *
	 * @var string
	 */
	private const SEGMENT_BREAK = '/([<>\r\n]+)/';

	/**
	 * The legacy encoding the text (or part of it) is in, or null when it is Unicode.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Any text, HTML allowed.
	 * @return string|null `tcvn3`, `vni` or null.
	 */
	public static function detect( string $text ): ?string {
		$text = Nfc::normalize( $text );
		if ( ! preg_match( LegacyWord::LEGACY_BYTE, $text ) ) {
			return null;
		}
		$best       = null;
		$best_score = 0;
		foreach ( LegacyTables::ENCODINGS as $encoding ) {
			$score = 0;
			foreach ( self::segments( $text ) as $i => $segment ) {
				if ( 0 === $i % 2 && preg_match( LegacyWord::LEGACY_BYTE, $segment ) ) {
					$reading = self::read_segment( $segment, $encoding );
					$score  += self::is_legacy_segment( $reading, $encoding ) ? $reading['legacy'] : 0;
				}
			}
			if ( $score > $best_score ) {
				$best       = $encoding;
				$best_score = $score;
			}
		}
		return $best;
	}

	/**
	 * Converts the legacy-encoded parts of a text to Unicode NFC, repeating while legacy text is
	 * still detected (a post may hold text pasted from both encodings).
	 *
	 * @since 0.1.0
	 *
	 * @param string      $text     Any text, HTML allowed.
	 * @param string|null $encoding Encoding to convert from; detected when null.
	 * @return array{text: string, encoding: string|null} The text and the (first) encoding
	 *                                                    converted from, null when unchanged.
	 */
	public static function convert( string $text, ?string $encoding = null ): array {
		$current   = Nfc::normalize( $text );
		$converted = null;
		$encoding  = $encoding ?? self::detect( $current );
		for ( $pass = 0; null !== $encoding && $pass < 4; $pass++ ) {
			$next = self::convert_once( $current, $encoding );
			if ( $next === $current ) {
				break;
			}
			$current     = $next;
			$converted ??= $encoding;
			$encoding    = self::detect( $current );
		}
		return array(
			'text'     => $current,
			'encoding' => $converted,
		);
	}

	/**
	 * One pass of conversion from one encoding.
	 *
	 * @param string $text     NFC text.
	 * @param string $encoding Encoding.
	 * @return string
	 */
	private static function convert_once( string $text, string $encoding ): string {
		$parts    = self::segments( $text );
		$readings = array();
		$legacy   = 0;
		$unicode  = 0;
		foreach ( $parts as $i => $part ) {
			if ( 0 === $i % 2 ) {
				$readings[ $i ] = self::read_segment( $part, $encoding );
				$legacy        += $readings[ $i ]['legacy'];
				$unicode       += $readings[ $i ]['unicode'];
			}
		}
		// Segments without evidence either way ("cã" may be TCVN3 for "có" or a Unicode word)
		// are converted only when the text is overwhelmingly legacy: garbling a Unicode word is
		// worse than leaving a legacy word that already reads as Vietnamese.
		$tie_to_legacy = $legacy > 0 && $legacy >= 4 * $unicode;

		$out = '';
		foreach ( $parts as $i => $part ) {
			$reading = $readings[ $i ] ?? null;
			if ( null === $reading || $reading['unicode'] > $reading['legacy'] || ( $reading['unicode'] === $reading['legacy'] && ! $tie_to_legacy ) ) {
				$out .= $part;
				continue;
			}
			$at = 0;
			foreach ( $reading['words'] as $word ) {
				if ( 'legacy' === $word['kind'] || 'ambiguous' === $word['kind'] || ( 'garbled' === $word['kind'] && self::is_safe_to_convert( $word['converted'] ) ) ) {
					$out .= substr( $part, $at, $word['offset'] - $at ) . $word['converted'];
					$at   = $word['offset'] + strlen( $word['text'] );
				}
			}
			$out .= substr( $part, $at );
		}
		return Nfc::normalize( $out );
	}

	/**
	 * Whether a word that is no Vietnamese either way (a name such as "§¾k" for "Đắk") may be
	 * converted: not when its converted form would itself read as legacy text, which would
	 * leave the text flagged after conversion.
	 *
	 * @param string $converted The word converted.
	 * @return bool
	 */
	private static function is_safe_to_convert( string $converted ): bool {
		foreach ( LegacyTables::ENCODINGS as $encoding ) {
			if ( 'legacy' === LegacyWord::read( $converted, $encoding, false )['kind'] ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a segment is, on its own, clearly in the legacy encoding: more legacy than Unicode
	 * evidence and most words Vietnamese once converted (English or French with a few accents
	 * never is); one VNI word alone is not enough in a longer segment ("où" is French).
	 *
	 * @param array<string, mixed> $reading  The segment's reading.
	 * @param string               $encoding Encoding.
	 * @return bool
	 */
	private static function is_legacy_segment( array $reading, string $encoding ): bool {
		return $reading['legacy'] >= 1
			&& $reading['legacy'] > $reading['unicode']
			&& $reading['valid'] >= 0.6 * $reading['total']
			&& ( $reading['legacy'] >= 2 || 'tcvn3' === $encoding || $reading['total'] <= 2 );
	}

	/**
	 * Reads a segment in one encoding.
	 *
	 * @param string $segment  Text without line breaks or tags.
	 * @param string $encoding Encoding.
	 * @return array{words: array<int, array<string, mixed>>, legacy: int, unicode: int, valid: int, total: int}
	 */
	private static function read_segment( string $segment, string $encoding ): array {
		$upper   = 'tcvn3' === $encoding && LegacyWord::is_upper_segment( $segment );
		$reading = array(
			'words'   => array(),
			'legacy'  => 0,
			'unicode' => 0,
			'valid'   => 0,
			'total'   => 0,
		);
		preg_match_all( LegacyTables::word_pattern(), $segment, $matches, PREG_OFFSET_CAPTURE );
		foreach ( $matches[0] as $match ) {
			$word                = LegacyWord::read( $match[0], $encoding, $upper );
			$word['offset']      = $match[1];
			$reading['words'][]  = $word;
			$reading['total']   += 1;
			$reading['valid']   += $word['valid'] ? 1 : 0;
			if ( 'legacy' === $word['kind'] && count( LegacyTables::chars( $match[0] ) ) >= 2 ) {
				++$reading['legacy'];
			} elseif ( 'unicode' === $word['kind'] ) {
				++$reading['unicode'];
			}
		}
		return $reading;
	}

	/**
	 * Splits text into segments; odd entries are the separators.
	 *
	 * @param string $text Text.
	 * @return string[]
	 */
	private static function segments( string $text ): array {
		$parts = preg_split( self::SEGMENT_BREAK, $text, -1, PREG_SPLIT_DELIM_CAPTURE );
		return is_array( $parts ) ? $parts : array( $text );
	}
}
