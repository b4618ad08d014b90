<?php
/**
 * Weighs the evidence of a text, segment by segment, for each legacy encoding.
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

/**
 * What `LegacyText` decides from: per encoding, how many words of each segment only make sense
 * converted (legacy evidence), only as they are (Unicode evidence), either way (valid), and in
 * all. One walk over the text gives the detection score of every encoding and, for conversion,
 * which way each segment leans, noted in one byte per segment. Memory stays bounded whatever
 * the text: segments are read in pieces (`LegacySegments`) and each piece's distinct words are
 * read once, counted as often as they occur.
 *
 * @since 0.1.0
 */
final class LegacyReading {

	/**
	 * Leanings of a segment noted in a plan: keep it, convert it, or decide by the whole text.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const KEEP    = 'k';
	public const CONVERT = 'c';
	public const TIE     = 't';

	/**
	 * Leaning of a segment with no legacy byte: converting it would change nothing, so it may
	 * be converted along with its neighbours.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NOTHING = 'n';

	/**
	 * Word readings as bits, by segment case and word: a text repeats its words a lot.
	 *
	 * @var array<string, int>
	 */
	private static array $bits = array();

	/**
	 * Reads a text in the given encodings.
	 *
	 * @since 0.1.0
	 *
	 * @param string   $text      NFC text (valid UTF-8).
	 * @param string[] $encodings Encodings.
	 * @param bool     $for_plan  Whether conversion will follow: then every segment is read
	 *                            (Unicode evidence counts everywhere) and a plan is noted.
	 * @return array<string, array{score: int, legacy: int, unicode: int, plan: string}>
	 */
	public static function analyse( string $text, array $encodings, bool $for_plan ): array {
		$result = array_fill_keys(
			$encodings,
			array(
				'score'   => 0,
				'legacy'  => 0,
				'unicode' => 0,
				'plan'    => '',
			)
		);
		foreach ( LegacySegments::spans( $text ) as list( $start, $length ) ) {
			$has_legacy = LegacySegments::has_legacy_byte( $text, $start );
			// Unicode evidence needs a letter outside ASCII: a plain ASCII segment has none.
			if ( ! $has_legacy && ( ! $for_plan || LegacySegments::is_ascii( $text, $start ) ) ) {
				if ( $for_plan ) {
					foreach ( $encodings as $encoding ) {
						$result[ $encoding ]['plan'] .= self::NOTHING;
					}
				}
				continue;
			}
			$counts = self::read_segment( $text, $start, $length );
			foreach ( $encodings as $encoding ) {
				$reading = self::counts( $counts, $encoding );
				$entry   = &$result[ $encoding ];
				if ( self::is_legacy_segment( $reading, $encoding ) ) {
					$entry['score'] += $reading['legacy'];
				}
				$entry['legacy']  += $reading['legacy'];
				$entry['unicode'] += $reading['unicode'];
				if ( $for_plan ) {
					// Without a legacy byte nothing in the segment would change.
					if ( ! $has_legacy ) {
						$entry['plan'] .= self::NOTHING;
					} elseif ( $reading['unicode'] > $reading['legacy'] ) {
						$entry['plan'] .= self::KEEP;
					} else {
						$entry['plan'] .= $reading['unicode'] === $reading['legacy'] ? self::TIE : self::CONVERT;
					}
				}
				unset( $entry );
			}
		}
		return $result;
	}

	/**
	 * Whether a segment is, on its own, clearly in the legacy encoding: more legacy than Unicode
	 * evidence and most words Vietnamese once converted (English or French with a few accents
	 * never is); one VNI word alone is not enough in a longer segment ("où" is French).
	 *
	 * @param array<string, int> $reading  The segment's reading.
	 * @param string             $encoding Encoding.
	 * @return bool
	 */
	private static function is_legacy_segment( array $reading, string $encoding ): bool {
		return $reading['legacy'] >= 1
			&& $reading['legacy'] > $reading['unicode']
			&& $reading['valid'] >= 0.6 * $reading['total']
			&& ( $reading['legacy'] >= 2 || 'tcvn3' === $encoding || $reading['total'] <= 2 );
	}

	/**
	 * The segment's words counted by reading: bits => how many words read so.
	 *
	 * @param string $text   Text.
	 * @param int    $start  Byte offset of the segment.
	 * @param int    $length Its length in bytes.
	 * @return array<int, int>
	 */
	private static function read_segment( string $text, int $start, int $length ): array {
		$case   = LegacyWord::is_upper_span( $text, $start, $length ) ? '^' : '_';
		$counts = array();
		// Most segments are one piece: no generator for them.
		$pieces = $length > LegacySegments::PIECE_BYTES ? LegacySegments::pieces( $text, $start, $length ) : array( substr( $text, $start, $length ) );
		foreach ( $pieces as $piece ) {
			if ( ! preg_match_all( LegacyTables::word_pattern(), $piece, $matches ) ) {
				continue;
			}
			foreach ( array_count_values( $matches[0] ) as $word => $times ) {
				$bits            = self::$bits[ $case . $word ] ?? self::word_bits( (string) $word, $case );
				$counts[ $bits ] = ( $counts[ $bits ] ?? 0 ) + $times;
			}
		}
		return $counts;
	}

	/**
	 * A segment's reading in one encoding, from its counted bits.
	 *
	 * @param array<int, int> $counts   Bits => words.
	 * @param string          $encoding Encoding.
	 * @return array{legacy: int, unicode: int, valid: int, total: int}
	 */
	private static function counts( array $counts, string $encoding ): array {
		static $shifts = null;
		$shifts      ??= array_map( static fn( int $i ): int => 3 * $i, array_flip( LegacyTables::ENCODINGS ) );
		$shift         = $shifts[ $encoding ] ?? 0;
		$reading = array(
			'legacy'  => 0,
			'unicode' => 0,
			'valid'   => 0,
			'total'   => 0,
		);
		foreach ( $counts as $bits => $times ) {
			$bits                = $bits >> $shift;
			$reading['total']   += $times;
			$reading['valid']   += $bits & LegacyWord::VALID ? $times : 0;
			$reading['legacy']  += $bits & LegacyWord::LEGACY ? $times : 0;
			$reading['unicode'] += $bits & LegacyWord::UNICODE ? $times : 0;
		}
		return $reading;
	}

	/**
	 * A word's evidence in every encoding, remembered.
	 *
	 * @param string $word A word.
	 * @param string $case `^` when its segment is in capitals (TCVN3 `.VnTimeH`), else `_`.
	 * @return int
	 */
	private static function word_bits( string $word, string $case ): int {
		$bits = LegacyWord::evidence( $word, '^' === $case );
		if ( strlen( $word ) <= 64 ) {
			if ( count( self::$bits ) > 50000 ) {
				self::$bits = array();
			}
			self::$bits[ $case . $word ] = $bits;
		}
		return $bits;
	}
}
