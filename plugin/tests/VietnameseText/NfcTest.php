<?php
/**
 * Tests of Unicode normalisation to NFC.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\VietnameseText;

use Normalizer;
use Ttdt\Tests\Support\TestCase;
use Ttdt\VietnameseText\Nfc;

/**
 * The reference is PHP's `intl` Normalizer; the plugin's own composer (for hosts without
 * `intl`) must give the same result for every Vietnamese letter.
 */
final class NfcTest extends TestCase {

	/**
	 * Every Vietnamese vowel letter with every tone, both cases, plus đ/Đ, in NFC (built by intl).
	 *
	 * @return string[]
	 */
	private static function letters(): array {
		$bases   = array( 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y' );
		$tones   = array( '', "\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}" );
		$letters = array( 'đ', 'Đ' );
		foreach ( $bases as $base ) {
			foreach ( array( $base, mb_strtoupper( $base ) ) as $cased ) {
				foreach ( $tones as $tone ) {
					$letters[] = Normalizer::normalize( $cased . $tone, Normalizer::FORM_C );
				}
			}
		}
		return $letters;
	}

	public function test_every_vietnamese_letter_is_composed_with_and_without_intl(): void {
		$letters = self::letters();
		$this->assertCount( 146, array_unique( $letters ) );
		foreach ( $letters as $letter ) {
			$this->assertSame( 1, mb_strlen( $letter ), $letter . ' is one code point in NFC' );
			$decomposed = Normalizer::normalize( $letter, Normalizer::FORM_D );
			$this->assertSame( $letter, Nfc::normalize( $decomposed ), $letter );
			$this->assertSame( $letter, Nfc::compose_vietnamese( $decomposed ), $letter . ' without intl' );
		}
	}

	public function test_marks_in_either_order_compose_to_the_same_letter(): void {
		$this->assertSame( 'ệ', Nfc::compose_vietnamese( "e\u{0323}\u{0302}" ) );
		$this->assertSame( 'ệ', Nfc::compose_vietnamese( "e\u{0302}\u{0323}" ) );
		$this->assertSame( 'ế', Nfc::compose_vietnamese( "ê\u{0301}" ) );
		$this->assertSame( 'Hội nghị', Nfc::normalize( "Ho\u{0302}\u{0323}i nghi\u{0323}" ) );
	}

	public function test_text_that_is_not_vietnamese_is_left_as_it_is(): void {
		// Two tones on one letter is no Vietnamese letter; intl may compose part of it, the
		// fallback leaves it.
		$this->assertSame( "a\u{0301}\u{0300}", Nfc::compose_vietnamese( "a\u{0301}\u{0300}" ) );
		$this->assertSame( 'plain', Nfc::normalize( 'plain' ) );
		$this->assertSame( '', Nfc::normalize( '' ) );
	}

	public function test_normalize_deep_reaches_nested_strings_only(): void {
		$this->assertSame(
			array(
				'title' => 'Việt',
				'list'  => array( 'ộ', 7, null ),
			),
			Nfc::normalize_deep(
				array(
					'title' => "Vie\u{0323}\u{0302}t",
					'list'  => array( "o\u{0302}\u{0323}", 7, null ),
				)
			)
		);
	}
}
