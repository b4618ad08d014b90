<?php
/**
 * Whether a word is a well-formed Vietnamese syllable.
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

/**
 * The legacy-encoding detector asks this of a word as it reads and as it would read converted:
 * real Vietnamese text is made of such syllables, garbled legacy text and other languages
 * mostly are not. Mirrors `admin-ui/vietnamese-text/syllable.ts`.
 *
 * @since 0.1.0
 */
final class Syllable {

	/**
	 * Toneless spelling => how it can be read: bit 1 with a rhyme any tone may take, bit 2 with
	 * a rhyme closed by a stop (p, t, c, ch). Built on first use from the spelling rules, so a
	 * word is checked with one lookup instead of trying every onset.
	 *
	 * @var array<string, int>|null
	 */
	private static ?array $spellings = null;

	/**
	 * The longest syllable in bytes (characters of at most four bytes), built with the table.
	 *
	 * @var int
	 */
	private static int $max_bytes = 0;

	/**
	 * The longest syllable in characters, built with the table.
	 *
	 * @var int
	 */
	private static int $longest = 0;

	/**
	 * Every Vietnamese letter in both cases, as the inside of a character class.
	 *
	 * @var string
	 */
	private static string $letters = '';

	/**
	 * The vowel letters with a tone, in both cases.
	 *
	 * @var string
	 */
	private static string $toned = '';

	/**
	 * Pattern of a word made of Vietnamese letters only, no longer than a syllable and with one
	 * tone at most, built with the table: most words that are no syllable fail it, which is
	 * cheaper than spelling them.
	 *
	 * @var string
	 */
	private static string $shape = '';

	/**
	 * Answers already given: a text repeats its words a lot.
	 *
	 * @var array<string, bool>
	 */
	private static array $known = array();

	/**
	 * Whether the word (any case) is one Vietnamese syllable.
	 *
	 * @since 0.1.0
	 *
	 * @param string $word A word without spaces or punctuation.
	 * @return bool
	 */
	public static function is_valid( string $word ): bool {
		$spellings = self::spellings();
		// A word longer than any syllable is none; checking it would cost as much as its length.
		if ( strlen( $word ) > self::$max_bytes || ! preg_match( self::$shape, $word ) ) {
			return false;
		}
		if ( ! isset( self::$known[ $word ] ) ) {
			if ( count( self::$known ) > 20000 ) {
				self::$known = array();
			}
			self::$known[ $word ] = self::check( $word, $spellings );
		}
		return self::$known[ $word ];
	}

	/**
	 * Every Vietnamese letter (consonants, vowels with every tone, đ) in both cases, as the
	 * inside of a regular expression character class.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function letter_class(): string {
		self::spellings();
		return self::$letters;
	}

	/**
	 * The vowel letters that carry a tone, in both cases (a syllable has one at most).
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function toned_letters(): string {
		self::spellings();
		return self::$toned;
	}

	/**
	 * The most characters a syllable has.
	 *
	 * @since 0.1.0
	 *
	 * @return int
	 */
	public static function longest(): int {
		self::spellings();
		return self::$longest;
	}

	/**
	 * Checks a word against the spelling rules.
	 *
	 * @param string             $word      A word.
	 * @param array<string, int> $spellings The spelling table.
	 * @return bool
	 */
	private static function check( string $word, array $spellings ): bool {
		$spelled = self::toneless( $word );
		if ( null === $spelled ) {
			return false;
		}
		list( $bare, $tone ) = $spelled;
		$readings            = $spellings[ $bare ] ?? 0;
		// Rhymes closed by p, t, c, ch only take the sắc or nặng tone.
		return ( $readings & 1 ) || ( ( $readings & 2 ) && in_array( $tone, LegacyTables::data()['syllables']['stopTones'], true ) );
	}

	/**
	 * Every toneless spelling the rules accept: each onset (or none) followed by each rest that
	 * makes a rhyme after it. The same rules `rhyme_after()` applies, enumerated once.
	 *
	 * @return array<string, int>
	 */
	private static function spellings(): array {
		if ( null !== self::$spellings ) {
			return self::$spellings;
		}
		$rules     = LegacyTables::data()['syllables'];
		$stop      = '/(' . implode( '|', $rules['stopCodas'] ) . ')$/u';
		$spellings = array();
		$longest   = 0;
		foreach ( array_merge( array( '' ), $rules['onsets'] ) as $onset ) {
			foreach ( $rules['rhymes'] as $rhyme ) {
				// A rest is the rhyme itself or, after `gi`/`qu`, the rhyme without its i/u/o.
				$rests = in_array( $rhyme[0], array( 'i', 'u', 'o' ), true ) ? array( $rhyme, substr( $rhyme, 1 ) ) : array( $rhyme );
				foreach ( $rests as $rest ) {
					$read = self::rhyme_after( $onset, $rest );
					if ( null === $read ) {
						continue;
					}
					$bare               = $onset . $rest;
					$spellings[ $bare ] = ( $spellings[ $bare ] ?? 0 ) | ( preg_match( $stop, $read ) ? 2 : 1 );
					$longest            = max( $longest, count( LegacyTables::chars( $bare ) ) );
				}
			}
		}
		$toneless = 'bcdghklmnpqrstvxBCDGHKLMNPQRSTVXđĐ';
		$toned    = '';
		foreach ( LegacyTables::vowels() as $letter => $vowel ) {
			if ( $vowel[1] ) {
				$toned .= $letter;
			} else {
				$toneless .= $letter;
			}
		}
		self::$letters   = $toneless . $toned;
		self::$toned     = $toned;
		self::$longest   = $longest;
		self::$max_bytes = 4 * $longest;
		// Letters only, no longer than a syllable, and at most one tone.
		self::$shape = '/^(?=.{1,' . $longest . '}$)[' . $toneless . ']*+(?:[' . $toned . '][' . $toneless . ']*+)?$/u';
		self::$spellings = $spellings;
		return $spellings;
	}

	/**
	 * The toneless lowercase spelling and the tone, or null for a character that is no
	 * Vietnamese letter or a second tone.
	 *
	 * @param string $word A word.
	 * @return array{0: string, 1: int}|null
	 */
	private static function toneless( string $word ): ?array {
		$vowels = LegacyTables::vowels();
		$bare   = '';
		$tone   = 0;
		foreach ( LegacyTables::chars( $word ) as $char ) {
			if ( isset( $vowels[ $char ] ) ) {
				if ( $vowels[ $char ][1] ) {
					if ( $tone ) {
						return null;
					}
					$tone = $vowels[ $char ][1];
				}
				$bare .= $vowels[ $char ][0];
			} elseif ( 'đ' === $char || 'Đ' === $char ) {
				$bare .= 'đ';
			} elseif ( preg_match( '/^[bcdghklmnpqrstvx]$/i', $char ) ) {
				$bare .= strtolower( $char );
			} else {
				return null;
			}
		}
		return array( $bare, $tone );
	}

	/**
	 * The rhyme the rest of a word makes after an onset, under the spelling rules (`gi` and
	 * `qu` absorb a vowel; `k gh ngh` only before e ê i, `c g ng` never), or null.
	 *
	 * @param string $onset Onset, possibly empty.
	 * @param string $rest  What follows it.
	 * @return string|null
	 */
	private static function rhyme_after( string $onset, string $rest ): ?string {
		static $rhymes = null;
		$rhymes      ??= array_flip( LegacyTables::data()['syllables']['rhymes'] );
		if ( 'gi' === $onset ) {
			if ( isset( $rhymes[ $rest ] ) ) {
				return $rest;
			}
			return isset( $rhymes[ 'i' . $rest ] ) ? 'i' . $rest : null;
		}
		if ( 'qu' === $onset ) {
			if ( isset( $rhymes[ 'u' . $rest ] ) ) {
				return 'u' . $rest;
			}
			return '' !== $rest && isset( $rhymes[ 'o' . $rest ] ) ? 'o' . $rest : null;
		}
		if ( ! isset( $rhymes[ $rest ] ) ) {
			return null;
		}
		$front = (bool) preg_match( '/^(e|ê|i|y)/u', $rest );
		if ( 'k' === $onset ) {
			return $front ? $rest : null;
		}
		if ( 'gh' === $onset || 'ngh' === $onset ) {
			return $front && ! str_starts_with( $rest, 'y' ) ? $rest : null;
		}
		if ( 'c' === $onset || 'g' === $onset || 'ng' === $onset ) {
			return $front ? null : $rest;
		}
		return $rest;
	}
}
