<?php
/**
 * Walks a text segment by segment and piece by piece without copying it into arrays.
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

use Generator;

/**
 * Legacy text is judged per segment (a line, or the text between HTML tags). Splitting a text
 * of two million characters into arrays of segments and words took some 200 MB; these
 * generators yield byte offsets and bounded pieces instead, so the memory needed does not grow
 * with the text. `sample()` bounds the work itself, for screens that judge many texts at once.
 *
 * @since 0.1.0
 */
final class LegacySegments {

	/**
	 * Characters between segments.
	 *
	 * @var string
	 */
	private const BREAKS = "<>\r\n";

	/**
	 * Bytes of a segment handled at once; a piece ends at the first character after it that
	 * belongs to no word, so a piece never splits a word.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const PIECE_BYTES = 65536;

	/**
	 * The segments of a text as `[ byte offset, byte length ]`, in order. Segments are what
	 * `preg_split( '/[<>\r\n]+/' )` would return, without the empty ones.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Text.
	 * @return Generator<int, array{0: int, 1: int}>
	 */
	public static function spans( string $text ): Generator {
		$end = strlen( $text );
		$at  = strspn( $text, self::BREAKS );
		while ( $at < $end ) {
			$length = strcspn( $text, self::BREAKS, $at );
			yield array( $at, $length );
			$at += $length;
			$at += strspn( $text, self::BREAKS, $at );
		}
	}

	/**
	 * The segment at an offset, in pieces of about `PIECE_BYTES` cut where no word is.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text   Text (valid UTF-8).
	 * @param int    $start  Byte offset of the segment.
	 * @param int    $length Its length in bytes.
	 * @return Generator<int, string>
	 */
	public static function pieces( string $text, int $start, int $length ): Generator {
		$end = $start + $length;
		while ( $end - $start > self::PIECE_BYTES ) {
			$cut = self::char_start( $text, $start + self::PIECE_BYTES );
			if ( preg_match( LegacyTables::non_word_pattern(), $text, $match, PREG_OFFSET_CAPTURE, $cut ) && $match[0][1] < $end ) {
				$cut = $match[0][1];
			} else {
				$cut = $end;
			}
			yield substr( $text, $start, $cut - $start );
			$start = $cut;
		}
		if ( $end > $start ) {
			yield substr( $text, $start, $end - $start );
		}
	}

	/**
	 * Whether the segment at an offset has a character of the Latin-1 upper half (without one,
	 * no legacy text), looked for without copying the segment.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text  Text (valid UTF-8).
	 * @param int    $start Byte offset of a segment.
	 * @return bool
	 */
	public static function has_legacy_byte( string $text, int $start ): bool {
		return 1 === preg_match( '/\G[^<>\r\n\x{A1}-\x{FF}]*+[\x{A1}-\x{FF}]/u', $text, $match, 0, $start );
	}

	/**
	 * Whether the segment at an offset is plain ASCII, looked at without copying it.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text  Text.
	 * @param int    $start Byte offset of a segment.
	 * @return bool
	 */
	public static function is_ascii( string $text, int $start ): bool {
		return 1 === preg_match( '/\G[\x00-\x7F]*+(?:[<>\r\n]|$)/', $text, $match, 0, $start );
	}

	/**
	 * A bounded sample of a long text, for judging many texts at once (a row of the list of
	 * posts): the start, then windows spread over the rest and the end, each cut at a space and
	 * set on its own line so no word or segment is made up by the joins. Texts up to
	 * the budget are returned whole.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text    Text (valid UTF-8).
	 * @param int    $bytes   Budget in bytes.
	 * @param int    $windows Windows besides the start.
	 * @return string
	 */
	public static function sample( string $text, int $bytes = 65536, int $windows = 4 ): string {
		$length = strlen( $text );
		if ( $length <= $bytes ) {
			return $text;
		}
		$window = intdiv( $bytes, 2 * $windows );
		$parts  = array( self::window( $text, 0, intdiv( $bytes, 2 ) ) );
		for ( $i = 1; $i <= $windows; $i++ ) {
			$parts[] = self::window( $text, intdiv( ( $length - $window ) * $i, $windows ), $window );
		}
		return implode( "\n", $parts );
	}

	/**
	 * About `$bytes` of text from an offset, widened to whole characters and trimmed to whole
	 * words at both ends (unless it is the start or the end of the text).
	 *
	 * @param string $text  Text.
	 * @param int    $start Byte offset.
	 * @param int    $bytes Length wanted.
	 * @return string
	 */
	private static function window( string $text, int $start, int $bytes ): string {
		$start = self::char_start( $text, $start );
		$end   = self::char_start( $text, min( strlen( $text ), $start + $bytes ) );
		$part  = substr( $text, $start, $end - $start );
		if ( $start > 0 ) {
			$part = (string) preg_replace( '/^\S*\s?/u', '', $part );
		}
		if ( $end < strlen( $text ) ) {
			$part = (string) preg_replace( '/\s?\S*$/u', '', $part );
		}
		return $part;
	}

	/**
	 * The offset itself, or the start of the UTF-8 character it falls in.
	 *
	 * @param string $text   Text.
	 * @param int    $offset Byte offset.
	 * @return int
	 */
	private static function char_start( string $text, int $offset ): int {
		while ( $offset > 0 && $offset < strlen( $text ) && 0x80 === ( ord( $text[ $offset ] ) & 0xC0 ) ) {
			--$offset;
		}
		return $offset;
	}
}
