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
	 * Rhymes as set keys, built on first use.
	 *
	 * @var array<string, int>|null
	 */
	private static ?array $rhymes = null;

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
		if ( ! isset( self::$known[ $word ] ) ) {
			if ( count( self::$known ) > 20000 ) {
				self::$known = array();
			}
			self::$known[ $word ] = self::check( $word );
		}
		return self::$known[ $word ];
	}

	/**
	 * Checks a word against the spelling rules.
	 *
	 * @param string $word A word.
	 * @return bool
	 */
	private static function check( string $word ): bool {
		$spelled = self::toneless( $word );
		if ( null === $spelled ) {
			return false;
		}
		list( $bare, $tone ) = $spelled;
		$rules               = LegacyTables::data()['syllables'];
		$stop                = '/(' . implode( '|', $rules['stopCodas'] ) . ')$/u';
		foreach ( array_merge( array( '' ), $rules['onsets'] ) as $onset ) {
			if ( ! str_starts_with( $bare, $onset ) ) {
				continue;
			}
			$rhyme = self::rhyme_after( $onset, substr( $bare, strlen( $onset ) ) );
			// Rhymes closed by p, t, c, ch only take the sắc or nặng tone.
			if ( null !== $rhyme && ( ! preg_match( $stop, $rhyme ) || in_array( $tone, $rules['stopTones'], true ) ) ) {
				return true;
			}
		}
		return false;
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
		self::$rhymes ??= array_flip( LegacyTables::data()['syllables']['rhymes'] );
		$rhymes         = self::$rhymes;
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
