<?php
/**
 * Tests of legacy-encoding detection and conversion against reference pairs.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\VietnameseText;

use Ttdt\Tests\Support\TestCase;
use Ttdt\VietnameseText\LegacyText;

/**
 * The legacy strings are written out by hand from the published TCVN3 (ABC, TCVN 5712:1993 VN3)
 * and VNI-Windows code charts, read as Windows-1252 the way they arrive when pasted — not
 * produced from the plugin's own table, so a wrong table entry fails here.
 */
final class LegacyTextTest extends TestCase {

	/**
	 * Unicode, TCVN3, VNI.
	 *
	 * @return array<string, array{string, string, string}>
	 */
	public static function pairs(): array {
		return array(
			'national motto' => array(
				'Cộng hòa xã hội chủ nghĩa Việt Nam',
				'Céng hßa x· héi chñ nghÜa ViÖt Nam',
				'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam',
			),
			'motto'          => array(
				'Độc lập - Tự do - Hạnh phúc',
				'§éc lËp - Tù do - H¹nh phóc',
				'Ñoäc laäp - Töï do - Haïnh phuùc',
			),
			'meeting'        => array(
				'Hội nghị triển khai nhiệm vụ năm 2025',
				'Héi nghÞ triÓn khai nhiÖm vô n¨m 2025',
				'Hoäi nghò trieån khai nhieäm vuï naêm 2025',
			),
			'notice'         => array(
				// TCVN3 fonts have no capital letters with tones (those are in the separate `.VnTimeH`
				// fonts), so the sample keeps "ủy" lowercase.
				'Thông báo lịch tiếp công dân của ủy ban nhân dân',
				'Th«ng b¸o lÞch tiÕp c«ng d©n cña ñy ban nh©n d©n',
				'Thoâng baùo lòch tieáp coâng daân cuûa uûy ban nhaân daân',
			),
		);
	}

	/**
	 * @dataProvider pairs
	 *
	 * @param string $unicode Unicode text.
	 * @param string $tcvn3   The same in TCVN3.
	 */
	public function test_tcvn3_is_detected_and_converted( string $unicode, string $tcvn3 ): void {
		$this->assertSame( 'tcvn3', LegacyText::detect( $tcvn3 ) );
		$this->assertSame(
			array(
				'text'     => $unicode,
				'encoding' => 'tcvn3',
			),
			LegacyText::convert( $tcvn3 )
		);
	}

	/**
	 * @dataProvider pairs
	 *
	 * @param string $unicode Unicode text.
	 * @param string $tcvn3   Unused.
	 * @param string $vni     The same in VNI.
	 */
	public function test_vni_is_detected_and_converted( string $unicode, string $tcvn3, string $vni ): void {
		$this->assertSame( 'vni', LegacyText::detect( $vni ) );
		$this->assertSame(
			array(
				'text'     => $unicode,
				'encoding' => 'vni',
			),
			LegacyText::convert( $vni )
		);
	}

	/**
	 * @dataProvider pairs
	 *
	 * @param string $unicode Unicode text.
	 */
	public function test_unicode_is_left_alone( string $unicode ): void {
		$this->assertNull( LegacyText::detect( $unicode ) );
		$this->assertSame(
			array(
				'text'     => $unicode,
				'encoding' => null,
			),
			LegacyText::convert( $unicode )
		);
	}

	public function test_vni_capitals_with_tones(): void {
		$this->assertSame( 'Ủy ban nhân dân xã Đắk Nông', LegacyText::convert( 'UÛy ban nhaân daân xaõ Ñaék Noâng' )['text'] );
	}

	public function test_latin_languages_with_accents_are_not_taken_for_legacy_text(): void {
		foreach ( array( 'Où est la gare ? Très bien, merci.', 'Ça coûte cher, garçon.', 'Müller über Größe', 'plain ASCII text' ) as $text ) {
			$this->assertNull( LegacyText::detect( $text ), $text );
		}
	}

	public function test_only_the_legacy_paragraph_of_a_unicode_post_is_converted(): void {
		$html = "<p>Thông báo của Ủy ban.</p>\n<p>Héi nghÞ triÓn khai nhiÖm vô n¨m 2025</p>";

		$this->assertSame( 'tcvn3', LegacyText::detect( $html ) );
		$this->assertSame( "<p>Thông báo của Ủy ban.</p>\n<p>Hội nghị triển khai nhiệm vụ năm 2025</p>", LegacyText::convert( $html )['text'] );
	}
}
