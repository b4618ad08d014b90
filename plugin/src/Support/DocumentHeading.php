<?php
/**
 * The heading of the board's printed documents, as Decree 30/2020/NĐ-CP sets it.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

use DateTimeInterface;
use Ttdt\Settings\Settings;
use Ttdt\VietnameseText\Nfc;

/**
 * The royalty statement, the periodic report and the information plan are Vietnamese
 * administrative documents whatever the language of the admin, so their fixed words are
 * Vietnamese. Their heading follows Appendix I of Decree 30/2020/NĐ-CP:
 *
 * - left, the owning agency (capitals, not bold), the issuing board (capitals, bold) and the
 *   document's number line;
 * - right, the national name (capitals, bold) and the motto (bold, a line under it), then
 *   the place and date (italic): the place is the unit's own name ("Đông Sơn" for "xã Đông
 *   Sơn"), in full for a unit named by a number ("Phường 12"); days under 10 and the months
 *   1 and 2 are written with a leading zero ("ngày 05 tháng 3", "tháng 01").
 *
 * @since 0.1.0
 */
final class DocumentHeading {

	/**
	 * The page and heading styles every printed document shares (A4, Times New Roman 13 pt, the
	 * margins of Decree 30/2020).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CSS = '@page{size:A4;margin:20mm 15mm 20mm 30mm}body{font-family:Times New Roman,serif;font-size:13pt;color:#000}'
		. 'table{border-collapse:collapse;width:100%}.heading td{text-align:center;vertical-align:top;width:50%}';

	/**
	 * The issuing board, as the heading names it.
	 *
	 * @var string
	 */
	private const BOARD = 'BAN BIÊN TẬP TRANG TTĐT';

	/**
	 * Administrative prefixes a unit's name may start with (lower case), longest first.
	 *
	 * @var string[]
	 */
	private const UNIT_KINDS = array( 'thị trấn', 'đặc khu', 'phường', 'xã' );

	/**
	 * The heading table.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings          $settings Portal settings (agency, unit and place names).
	 * @param string            $number   The number line ("Số: …/KH-BBT"), escaped HTML; '' for none.
	 * @param DateTimeInterface $day      The document's date.
	 * @return string
	 */
	public static function html( Settings $settings, string $number, DateTimeInterface $day ): string {
		$values = $settings->all();
		$agency = trim( (string) $values['agency_name'] );
		$place  = self::place( (string) $values['place_name'], (string) $values['unit_name'] );
		return '<table class="heading"><tr><td>'
			. ( '' === $agency ? '' : esc_html( mb_strtoupper( $agency ) ) . '<br>' )
			. '<strong>' . self::BOARD . '</strong>'
			. ( '' === $number ? '' : '<br>' . $number )
			. '</td><td><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br><em>'
			. esc_html( self::place_and_date( $place, $day ) ) . '</em></td></tr></table>';
	}

	/**
	 * The place a document is issued in: the setting, else the unit's name without its kind.
	 *
	 * @since 0.1.0
	 *
	 * @param string $place The `place_name` setting.
	 * @param string $unit  The `unit_name` setting, e.g. "thị trấn Thanh Chương".
	 * @return string
	 */
	public static function place( string $place, string $unit ): string {
		$place = trim( $place );
		if ( '' !== $place ) {
			return $place;
		}
		// Composed first: a name typed with combining accents still starts with its kind.
		$unit  = Nfc::normalize( trim( $unit ) );
		$lower = mb_strtolower( $unit );
		foreach ( self::UNIT_KINDS as $kind ) {
			if ( str_starts_with( $lower, $kind . ' ' ) ) {
				$rest = trim( mb_substr( $unit, mb_strlen( $kind ) ) );
				// A unit named by a number keeps its kind: "Phường 12".
				return ctype_digit( $rest ) ? mb_strtoupper( mb_substr( $unit, 0, 1 ) ) . mb_substr( $unit, 1 ) : $rest;
			}
		}
		return $unit;
	}

	/**
	 * "Đông Sơn, ngày 05 tháng 3 năm 2026".
	 *
	 * @since 0.1.0
	 *
	 * @param string            $place Place name ('' leaves it out).
	 * @param DateTimeInterface $day   The date.
	 * @return string
	 */
	public static function place_and_date( string $place, DateTimeInterface $day ): string {
		$month = (int) $day->format( 'n' );
		$date  = sprintf( 'ngày %s tháng %s năm %s', $day->format( 'd' ), $month < 3 ? sprintf( '%02d', $month ) : (string) $month, $day->format( 'Y' ) );
		return '' === trim( $place ) ? ucfirst( $date ) : trim( $place ) . ', ' . $date;
	}
}
