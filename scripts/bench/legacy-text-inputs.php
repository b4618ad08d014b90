<?php
/**
 * Worst-case inputs of the legacy-text benchmark (`legacy-text.php`), generated with a fixed
 * seed so every run measures the same text.
 *
 * @package Ttdt
 */

use Ttdt\VietnameseText\LegacyTables;
use Ttdt\VietnameseText\Syllable;

/**
 * Each case is a function of the wanted length in characters. None has a line break unless
 * its name says so: a whole input is then one segment, the case that used to need ~200 MB.
 */
final class LegacyTextInputs {

	/**
	 * A Vietnamese paragraph of the kind the portal publishes.
	 *
	 * @var string
	 */
	private const PARAGRAPH = 'Sáng nay, Ủy ban nhân dân thị trấn tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ trọng tâm năm tới. Đồng chí Chủ tịch nhấn mạnh: các cơ quan, đơn vị phải cung cấp thông tin kịp thời, đầy đủ và chính xác cho Ban biên tập; người dân được hướng dẫn thủ tục đăng ký khai sinh trực tuyến, đường Quốc lộ được nâng cấp, mở rộng. ';

	/**
	 * Case name => generator.
	 *
	 * @return array<string, callable(int): string>
	 */
	public static function cases(): array {
		return array(
			'tcvn3, one line'     => static fn( int $n ): string => self::repeat( self::encode( self::PARAGRAPH, 'tcvn3' ), $n ),
			'vni, one line'       => static fn( int $n ): string => self::repeat( self::encode( self::PARAGRAPH, 'vni' ), $n ),
			'unicode, one line'   => static fn( int $n ): string => self::repeat( self::PARAGRAPH, $n ),
			'mixed, one line'     => static fn( int $n ): string => self::repeat( self::encode( self::PARAGRAPH, 'tcvn3' ) . self::encode( self::PARAGRAPH, 'vni' ) . self::PARAGRAPH, $n ),
			'mixed, html'         => static fn( int $n ): string => self::repeat( '<p>' . self::encode( self::PARAGRAPH, 'tcvn3' ) . '</p><p>' . self::encode( self::PARAGRAPH, 'vni' ) . "</p>\n<p>" . self::PARAGRAPH . '</p>', $n ),
			'tcvn3, all syllables' => static fn( int $n ): string => self::repeat( self::encode( self::syllables(), 'tcvn3' ), $n ),
			'random latin-1 words' => static fn( int $n ): string => self::random_words( $n ),
			'one word'            => static fn( int $n ): string => self::repeat( self::encode( 'nghiệng', 'tcvn3' ), $n ),
			'a tag per word'      => static fn( int $n ): string => self::repeat( '<b>' . self::encode( 'hội nghị', 'tcvn3' ) . "\n", $n ),
		);
	}

	/**
	 * Repeats a text to exactly `$chars` characters.
	 *
	 * @param string $unit  Text.
	 * @param int    $chars Length.
	 * @return string
	 */
	private static function repeat( string $unit, int $chars ): string {
		$times = intdiv( $chars, mb_strlen( $unit ) ) + 1;
		return mb_substr( str_repeat( $unit, $times ), 0, $chars );
	}

	/**
	 * Encodes Unicode text as it reads in a legacy encoding (TCVN3 capitals with tones take the
	 * small letter's code, as `.VnTimeH` fonts do).
	 *
	 * @param string $text     NFC text.
	 * @param string $encoding `tcvn3` or `vni`.
	 * @return string
	 */
	private static function encode( string $text, string $encoding ): string {
		$codes = array_flip( LegacyTables::map( $encoding ) );
		$out   = '';
		foreach ( LegacyTables::chars( $text ) as $char ) {
			$out .= $codes[ $char ] ?? $codes[ mb_strtolower( $char ) ] ?? $char;
		}
		return $out;
	}

	/**
	 * Every Vietnamese syllable the spelling rules accept (with each tone), shuffled: many
	 * distinct words, the worst case for the word caches.
	 *
	 * @return string
	 */
	private static function syllables(): string {
		$rules = LegacyTables::data()['syllables'];
		$tones = LegacyTables::data()['vowels'];
		$words = array();
		foreach ( array_merge( array( '' ), $rules['onsets'] ) as $onset ) {
			foreach ( $rules['rhymes'] as $rhyme ) {
				foreach ( range( 0, 5 ) as $tone ) {
					$word = $onset . self::tone( $rhyme, $tone, $tones );
					if ( Syllable::is_valid( $word ) ) {
						$words[] = $word;
					}
				}
			}
		}
		mt_srand( 8 );
		shuffle( $words );
		return implode( ' ', $words ) . ' ';
	}

	/**
	 * Puts a tone on the first vowel of a rhyme (placement does not matter to the benchmark).
	 *
	 * @param string                  $rhyme  Toneless rhyme.
	 * @param int                     $tone   Tone index.
	 * @param array<string, string[]> $vowels Vowel rows.
	 * @return string
	 */
	private static function tone( string $rhyme, int $tone, array $vowels ): string {
		$chars = LegacyTables::chars( $rhyme );
		foreach ( $chars as $i => $char ) {
			if ( isset( $vowels[ $char ] ) ) {
				$chars[ $i ] = LegacyTables::chars( $vowels[ $char ][0] )[ $tone ];
				break;
			}
		}
		return implode( '', $chars );
	}

	/**
	 * Random words of ASCII letters and Latin-1 symbols: nearly every word is new, so every
	 * word is classified from scratch.
	 *
	 * @param int $chars Length.
	 * @return string
	 */
	private static function random_words( int $chars ): string {
		mt_srand( 7 );
		$alphabet = array_merge( range( 'a', 'z' ), LegacyTables::chars( '¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾ÀÁÂÃÄÅÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïñòóôõöøùúûüýþ' ) );
		$last     = count( $alphabet ) - 1;
		$parts    = array();
		for ( $n = 0; $n < $chars; ) {
			$length = mt_rand( 1, 9 );
			$word   = '';
			for ( $i = 0; $i < $length; $i++ ) {
				$word .= $alphabet[ mt_rand( 0, $last ) ];
			}
			$parts[] = $word . ' ';
			$n      += $length + 1;
		}
		return mb_substr( implode( '', $parts ), 0, $chars );
	}
}
