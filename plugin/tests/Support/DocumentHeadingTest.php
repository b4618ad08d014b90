<?php
/**
 * Tests of the printed documents' heading (Decree 30/2020/NĐ-CP, Appendix I).
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

use DateTimeImmutable;
use Ttdt\Settings\Settings;
use Ttdt\Support\DocumentHeading;

/**
 * The place is the unit's own name, the date keeps a leading zero only where the decree asks.
 */
final class DocumentHeadingTest extends TestCase {

	/**
	 * @return array<string, array{0: string, 1: string}>
	 */
	public static function dates(): array {
		return array(
			'day under 10, month 3 to 12 without a zero' => array( '2026-03-05', 'ngày 05 tháng 3 năm 2026' ),
			'months 1 and 2 with a zero'                  => array( '2027-01-20', 'ngày 20 tháng 01 năm 2027' ),
			'February'                                    => array( '2027-02-09', 'ngày 09 tháng 02 năm 2027' ),
			'two-digit month'                             => array( '2026-12-03', 'ngày 03 tháng 12 năm 2026' ),
		);
	}

	/**
	 * @dataProvider dates
	 *
	 * @param string $day      The document's date.
	 * @param string $expected How the heading writes it.
	 */
	public function test_the_date_is_written_as_the_decree_asks( string $day, string $expected ): void {
		$this->assertSame( 'Đông Sơn, ' . $expected, DocumentHeading::place_and_date( 'Đông Sơn', new DateTimeImmutable( $day ) ) );
	}

	/**
	 * @return array<string, array{0: string, 1: string, 2: string}>
	 */
	public static function places(): array {
		return array(
			'town'                         => array( '', 'thị trấn Thanh Chương', 'Thanh Chương' ),
			'commune, capitalised'         => array( '', 'Xã Đông Sơn', 'Đông Sơn' ),
			'ward named by a number'       => array( '', 'phường 12', 'Phường 12' ),
			'special zone'                 => array( '', 'đặc khu Phú Quốc', 'Phú Quốc' ),
			'no kind in the name'          => array( '', 'Thanh Chương', 'Thanh Chương' ),
			'a word starting like xã'      => array( '', 'Xãhội', 'Xãhội' ),
			'the setting wins'             => array( 'Phường Lê Lợi', 'phường Lê Lợi', 'Phường Lê Lợi' ),
			'typed with combining accents' => array( '', "thi\u{0323} tra\u{0302}\u{0301}n Thanh Chu\u{031B}o\u{031B}ng", 'Thanh Chương' ),
		);
	}

	/**
	 * @dataProvider places
	 *
	 * @param string $place    The `place_name` setting.
	 * @param string $unit     The `unit_name` setting.
	 * @param string $expected The place the heading writes.
	 */
	public function test_the_place_is_the_units_own_name( string $place, string $unit, string $expected ): void {
		$this->assertSame( $expected, DocumentHeading::place( $place, $unit ) );
	}

	public function test_the_heading_names_the_agency_board_nation_and_place_escaped(): void {
		update_option(
			Settings::OPTION,
			array(
				'agency_name' => 'Ủy ban nhân dân xã <b>Thử</b>',
				'unit_name'   => 'xã Thử',
			)
		);
		$html = DocumentHeading::html( new Settings(), 'Số: ....../BC-BBT', new DateTimeImmutable( '2026-03-05' ) );

		$this->assertStringContainsString( 'ỦY BAN NHÂN DÂN XÃ &lt;B&gt;THỬ&lt;/B&gt;<br><strong>BAN BIÊN TẬP TRANG TTĐT</strong><br>Số: ....../BC-BBT', $html );
		$this->assertStringContainsString( '<strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>', $html );
		$this->assertStringContainsString( '<em>Thử, ngày 05 tháng 3 năm 2026</em>', $html );
	}
}
