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
	 * What each word becomes when its segment is converted, by encoding, segment case and word.
	 *
	 * @var array<string, string>
	 */
	private static array $replacements = array();

	/**
	 * The legacy encoding the text (or part of it) is in, or null when it is Unicode.
	 *
	 * One walk over the text reads each segment in every encoding at once; the memory needed
	 * does not grow with the text (see `LegacyReading`).
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
		return self::best( LegacyReading::analyse( $text, LegacyTables::ENCODINGS, false ) );
	}

	/**
	 * `detect()` on a bounded sample of the text (see `LegacySegments::sample()`), for screens
	 * that judge many texts at once, such as each row of the list of posts.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Any text, HTML allowed.
	 * @return string|null `tcvn3`, `vni` or null.
	 */
	public static function detect_sample( string $text ): ?string {
		return self::detect( LegacySegments::sample( $text ) );
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
		// Text that is no valid UTF-8 has no words to read.
		if ( preg_match( '//u', $current ) ) {
			$analysis = LegacyReading::analyse( $current, null === $encoding ? LegacyTables::ENCODINGS : array( $encoding ), true );
			$encoding = $encoding ?? self::best( $analysis );
			for ( $pass = 0; null !== $encoding && $pass < 4; $pass++ ) {
				$next = self::convert_once( $current, $encoding, $analysis[ $encoding ] );
				if ( $next === $current ) {
					break;
				}
				$current     = $next;
				$converted ??= $encoding;
				// Mostly the text is clean now: detect first, plan only for what is left.
				$encoding = self::best( LegacyReading::analyse( $current, LegacyTables::ENCODINGS, false ) );
				if ( null !== $encoding ) {
					$analysis = LegacyReading::analyse( $current, array( $encoding ), true );
				}
			}
		}
		return array(
			'text'     => $current,
			'encoding' => $converted,
		);
	}

	/**
	 * The encoding with the highest score, if any scores.
	 *
	 * @param array<string, array{score: int}> $analysis Analysis by encoding.
	 * @return string|null
	 */
	private static function best( array $analysis ): ?string {
		$best       = null;
		$best_score = 0;
		foreach ( $analysis as $encoding => $reading ) {
			if ( $reading['score'] > $best_score ) {
				$best       = (string) $encoding;
				$best_score = $reading['score'];
			}
		}
		return $best;
	}

	/**
	 * One pass of conversion from one encoding, following the plan of the text's reading.
	 *
	 * @param string                                                 $text     NFC text.
	 * @param string                                                 $encoding Encoding.
	 * @param array{score: int, legacy: int, unicode: int, plan: string} $reading  Its reading.
	 * @return string
	 */
	private static function convert_once( string $text, string $encoding, array $reading ): string {
		// Segments without evidence either way ("cã" may be TCVN3 for "có" or a Unicode word)
		// are converted only when the text is overwhelmingly legacy: garbling a Unicode word is
		// worse than leaving a legacy word that already reads as Vietnamese.
		$tie_to_legacy = $reading['legacy'] > 0 && $reading['legacy'] >= 4 * $reading['unicode'];

		// Neighbouring segments to convert (and segments in between that nothing would change)
		// are converted together, up to a piece at a time: a text of a million short lines or
		// tags costs a few hundred calls, not a million.
		$out   = '';
		$at    = 0;
		$i     = 0;
		$group = null;
		foreach ( LegacySegments::spans( $text ) as list( $start, $length ) ) {
			$lean = $reading['plan'][ $i++ ];
			if ( LegacyReading::NOTHING === $lean ) {
				if ( null !== $group && $start + $length - $group[0] <= LegacySegments::PIECE_BYTES ) {
					$group[1] = $start + $length;
				}
				continue;
			}
			if ( LegacyReading::KEEP === $lean || ( LegacyReading::TIE === $lean && ! $tie_to_legacy ) ) {
				self::flush( $out, $at, $group, $text, $encoding );
				continue;
			}
			$upper = 'tcvn3' === $encoding && LegacyWord::is_upper_span( $text, $start, $length );
			if ( null !== $group && $upper === $group[2] && $start + $length - $group[0] <= LegacySegments::PIECE_BYTES ) {
				$group[1] = $start + $length;
				continue;
			}
			self::flush( $out, $at, $group, $text, $encoding );
			$group = array( $start, $start + $length, $upper );
		}
		self::flush( $out, $at, $group, $text, $encoding );
		return Nfc::normalize( $out . substr( $text, $at ) );
	}

	/**
	 * Converts a group of segments (text before it is copied as it is), then forgets it.
	 *
	 * @param string                     $out      Text converted so far.
	 * @param int                        $at       Offset up to which the text is in `$out`.
	 * @param array{0: int, 1: int, 2: bool}|null $group Start, end and case of the group, if any.
	 * @param string                     $text     The text.
	 * @param string                     $encoding Encoding.
	 */
	private static function flush( string &$out, int &$at, ?array &$group, string $text, string $encoding ): void {
		if ( null === $group ) {
			return;
		}
		list( $start, $end, $upper ) = $group;
		$out                        .= substr( $text, $at, $start - $at );
		foreach ( LegacySegments::pieces( $text, $start, $end - $start ) as $piece ) {
			$out .= self::convert_piece( $piece, $encoding, $upper );
		}
		$at    = $end;
		$group = null;
	}

	/**
	 * Converts the words of a piece of a segment that read as legacy text (or either way, or
	 * as nothing but safely).
	 *
	 * @param string $piece    Piece of a segment, cut between words.
	 * @param string $encoding Encoding.
	 * @param bool   $upper    Whether the segment is in capitals.
	 * @return string
	 */
	private static function convert_piece( string $piece, string $encoding, bool $upper ): string {
		$parts = preg_split( LegacyTables::word_split_pattern(), $piece, -1, PREG_SPLIT_DELIM_CAPTURE );
		if ( ! is_array( $parts ) ) {
			return $piece;
		}
		$case  = $encoding . ( $upper ? '^' : '_' );
		$count = count( $parts );
		for ( $i = 1; $i < $count; $i += 2 ) {
			$word = $parts[ $i ];
			if ( ! isset( self::$replacements[ $case . $word ] ) ) {
				$reading     = LegacyWord::read( $word, $encoding, $upper );
				$replacement = 'legacy' === $reading['kind'] || 'ambiguous' === $reading['kind'] || ( 'garbled' === $reading['kind'] && self::is_safe_to_convert( $reading['converted'] ) )
					? $reading['converted']
					: $word;
				if ( strlen( $word ) > 64 ) {
					$parts[ $i ] = $replacement;
					continue;
				}
				if ( count( self::$replacements ) > 20000 ) {
					self::$replacements = array();
				}
				self::$replacements[ $case . $word ] = $replacement;
			}
			$parts[ $i ] = self::$replacements[ $case . $word ];
		}
		return implode( '', $parts );
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
}
