<?php
/**
 * The printable periodic report, in Vietnamese administrative form (Art. 6.3.7).
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Royalty\Money;
use Ttdt\Settings\Settings;
use Ttdt\Support\DocumentHeading;
use Ttdt\Support\Hookable;

/**
 * `admin.php?page=ttdt-portal-report-print&period=2026-Q1`: a page of its own (no admin menu
 * or bars) with the agency and the national heading, the title "BÁO CÁO Hoạt động của Trang
 * thông tin điện tử … Quý 1 năm 2026", numbered sections with their tables, the board's
 * assessment and proposals, and the head's signature block, printed from the browser. Like
 * the royalty statement, it is written in Vietnamese whatever the admin's language: it is a
 * Vietnamese document sent to the chairman.
 *
 * @since 0.1.0
 */
final class ReportPrint implements Hookable {

	/**
	 * Page slug.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PAGE = 'ttdt-portal-report-print';

	/**
	 * Portal settings (agency, unit, head of the board).
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * The report.
	 *
	 * @var ActivityReport
	 */
	private ActivityReport $reports;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings       $settings Portal settings.
	 * @param ActivityReport $reports  The report.
	 */
	public function __construct( Settings $settings, ActivityReport $reports ) {
		$this->settings = $settings;
		$this->reports  = $reports;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'admin_menu', array( $this, 'register_page' ) );
	}

	/**
	 * Registers the page without a menu entry.
	 *
	 * @since 0.1.0
	 */
	public function register_page(): void {
		$hook = add_submenu_page( '', __( 'Activity report', 'ttdt-portal' ), '', Capabilities::VIEW_REPORTS, self::PAGE, '__return_null' );
		if ( $hook ) {
			add_action( 'load-' . $hook, array( $this, 'render' ) );
		}
	}

	/**
	 * Prints the page and stops (before the admin chrome).
	 *
	 * @since 0.1.0
	 */
	public function render(): void {
		if ( ! current_user_can( Capabilities::VIEW_REPORTS ) ) {
			wp_die( esc_html__( 'You are not allowed to read the activity reports. They are for the head and deputy head of the editorial board; ask the site administrator.', 'ttdt-portal' ), 403 );
		}
		// A read-only page opened by a link: nothing is changed, so no nonce.
		$period = ReportPeriod::parse( isset( $_GET['period'] ) ? sanitize_text_field( wp_unslash( $_GET['period'] ) ) : '' );
		if ( ! $period ) {
			wp_die( esc_html__( 'Choose a month, a quarter, a half-year or a year, e.g. 2026-Q1.', 'ttdt-portal' ), 400 );
		}
		header( 'Content-Type: text/html; charset=utf-8' );
		echo $this->html( $this->reports->build( $period ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every value is escaped in html().
		exit;
	}

	/**
	 * The document.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $r The report.
	 * @return string
	 */
	public function html( array $r ): string {
		$now    = current_datetime();
		$unit   = (string) $this->settings->get( 'unit_name' );
		$agency = (string) $this->settings->get( 'agency_name' );
		$head   = (string) $this->settings->get( 'board_head' );
		$items  = array( 'received' => 'Tiếp nhận', 'approved' => 'Duyệt', 'returned' => 'Trả lại', 'published' => 'Đăng', 'overdue' => 'Quá hạn duyệt' );
		$fb     = array( 'received' => 'Tiếp nhận', 'answered' => 'Đã trả lời', 'overdue' => 'Quá hạn' );
		$a      = $r['approval'];
		$q      = $r['quota'];
		$m      = $r['royalties'];

		$out  = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>' . esc_html( 'Báo cáo ' . $r['name'] ) . '</title>';
		$out .= '<style>' . esc_html( self::css() ) . '</style></head><body onload="window.print()">';
		$out .= DocumentHeading::html( $this->settings, 'Số: ....../BC-BBT', $now );
		$out .= '<h1>BÁO CÁO</h1><p class="title"><strong>' . esc_html( trim( 'Hoạt động của Trang thông tin điện tử ' . $unit ) . ' ' . $r['name'] ) . '</strong></p>';
		$out .= '<p class="period">(Từ ngày ' . esc_html( self::date( $r['from'] ) . ' đến ngày ' . self::date( $r['to'] ) ) . ')</p>';
		$out .= '<p class="to">Kính gửi: Chủ tịch ' . esc_html( $agency ) . '</p>';

		$out .= '<h2>I. KẾT QUẢ HOẠT ĐỘNG</h2>';
		$out .= '<h3>1. Tin, bài</h3>' . self::table( array( '' ) + $items, array( array( 'label' => 'Tổng số' ) + $r['items'] ) );
		$out .= '<h3>2. Theo thành viên Ban biên tập</h3>' . self::table( array( 'Họ và tên' ) + $items + array( 'approvals' => 'Đã duyệt (người duyệt)', 'returns' => 'Đã trả lại (người duyệt)' ), $r['by_member'] );
		$out .= '<h3>3. Theo cộng tác viên</h3>' . self::table( array( 'Cộng tác viên' ) + $items, self::named( $r['by_collaborator'], 'Không qua cộng tác viên' ) );
		$out .= '<h3>4. Theo đơn vị</h3>' . self::table( array( 'Đơn vị' ) + $items, self::named( $r['by_unit'], 'Không ghi đơn vị' ) );
		$out .= '<h3>5. Theo kênh tiếp nhận</h3>' . self::table( array( 'Kênh' ) + $items, self::channels( $r['by_channel'] ) );
		$out .= '<h3>6. Thời gian duyệt</h3><p>Số lượt duyệt được đo: ' . (int) $a['measured'] . '; thời gian duyệt trung vị: ' . esc_html( null === $a['median_days'] ? '—' : self::number( $a['median_days'] ) . ' ngày' ) . '; tỷ lệ duyệt đúng hạn: ' . esc_html( self::percent( $a['within_deadline'] ) ) . '.</p>';
		$out .= '<h3>7. Định mức tin, bài hằng tuần</h3><p>Định mức: ' . (int) $q['quota'] . ' tin, bài/tuần; số tuần: ' . (int) $q['weeks'] . '; tỷ lệ tuần đạt định mức: ' . esc_html( self::percent( $q['share'] ) ) . '.</p>';
		$out .= self::table(
			array( 'name' => 'Họ và tên', 'position' => 'Chức danh', 'weeks' => 'Số tuần', 'met' => 'Số tuần đạt', 'items' => 'Tin, bài đã đăng' ),
			array_map( static fn( $row ) => array( 'label' => $row['name'] ) + $row, $q['members'] ),
			array( 'position' )
		);
		$out .= '<h3>8. Tiếp nhận, xử lý phản ánh, kiến nghị</h3>' . self::table( array( '' ) + $fb, array( array( 'label' => 'Tổng số' ) + $r['feedback']['totals'] ) );
		$out .= self::table( array( 'Loại' ) + $fb, $r['feedback']['by_type'] ) . self::table( array( 'Đơn vị' ) + $fb, self::named( $r['feedback']['by_unit'], 'Chưa chuyển đơn vị' ) );
		$out .= '<h3>9. Nhuận bút, thù lao</h3><p>Nhuận bút: ' . esc_html( Money::format( $m['royalties'] ) ) . '; thù lao: ' . esc_html( Money::format( $m['fees'] ) ) . '; khoản khác: ' . esc_html( Money::format( $m['other'] ) ) . '; cộng: ' . esc_html( Money::format( $m['total'] ) ) . ', trong đó đã chi trả ' . esc_html( Money::format( $m['paid'] ) ) . '.</p>';
		$out .= '<p>Dự toán năm ' . esc_html( substr( $r['from'], 0, 4 ) ) . ': ' . esc_html( Money::format( $m['budget'] ) ) . '; lũy kế đến hết kỳ: ' . esc_html( Money::format( $m['year_to_date'] ) ) . '.</p>';

		$out .= '<h2>II. ĐÁNH GIÁ CHUNG</h2>' . self::text( $r['narrative'] );
		$out .= '<h2>III. ĐỀ XUẤT, KIẾN NGHỊ</h2>' . self::text( $r['proposals'] );
		$out .= '<table class="signatures"><tr><td class="to-list"><strong><em>Nơi nhận:</em></strong><br>- Chủ tịch ' . esc_html( $agency ) . ';<br>- Các thành viên Ban biên tập;<br>- Lưu: VT, BBT.</td>';
		$out .= '<td><strong>TRƯỞNG BAN</strong><br><em>(Ký, ghi rõ họ tên)</em><div class="space"></div><strong>' . esc_html( $head ) . '</strong></td></tr></table>';
		return $out . '</body></html>';
	}

	/**
	 * A table of rows `{ label, …figures }`.
	 *
	 * @param array<int|string, string>        $columns Column key => heading (the first, keyed 0, is the label's).
	 * @param array<int, array<string, mixed>> $rows    Rows.
	 * @param string[]                         $texts   Columns holding text rather than numbers.
	 * @return string
	 */
	private static function table( array $columns, array $rows, array $texts = array() ): string {
		$html = '<table class="lines"><thead><tr><th>STT</th>';
		foreach ( $columns as $heading ) {
			$html .= '<th>' . esc_html( $heading ) . '</th>';
		}
		$html .= '</tr></thead><tbody>';
		if ( ! $rows ) {
			return $html . '<tr><td class="c" colspan="' . ( count( $columns ) + 1 ) . '">Không có số liệu</td></tr></tbody></table>';
		}
		foreach ( array_values( $rows ) as $index => $row ) {
			$html .= '<tr><td class="c">' . ( $index + 1 ) . '</td>';
			foreach ( array_keys( $columns ) as $n => $key ) {
				$value = 0 === $n ? ( $row['label'] ?? '' ) : ( $row[ $key ] ?? '' );
				$html .= '<td' . ( 0 === $n || in_array( $key, $texts, true ) ? '' : ' class="n"' ) . '>' . esc_html( (string) $value ) . '</td>';
			}
			$html .= '</tr>';
		}
		return $html . '</tbody></table>';
	}

	/**
	 * Rows with a name for the group without one.
	 *
	 * @param array<int, array<string, mixed>> $rows Rows.
	 * @param string                           $none Name of the group without a key.
	 * @return array<int, array<string, mixed>>
	 */
	private static function named( array $rows, string $none ): array {
		return array_map( static fn( $row ) => array( 'label' => in_array( $row['key'], array( '', '0' ), true ) ? $none : $row['label'] ) + $row, $rows );
	}

	/**
	 * Rows per channel with the channels' Vietnamese names.
	 *
	 * @param array<int, array<string, mixed>> $rows Rows.
	 * @return array<int, array<string, mixed>>
	 */
	private static function channels( array $rows ): array {
		$names = array( 'online' => 'Trực tuyến', 'email' => 'Thư điện tử', 'paper' => 'Văn bản giấy' );
		return array_map( static fn( $row ) => array( 'label' => $names[ $row['key'] ] ?? $row['key'] ) + $row, $rows );
	}

	/**
	 * Paragraphs of the board's text, or a dotted line to write on by hand.
	 *
	 * @param string $text Text.
	 * @return string
	 */
	private static function text( string $text ): string {
		return '' === trim( $text ) ? '<p>' . str_repeat( '.', 150 ) . '</p>' : wpautop( esc_html( $text ) );
	}

	/**
	 * A day as `dd/mm/yyyy`.
	 *
	 * @param string $day `Y-m-d`.
	 * @return string
	 */
	private static function date( string $day ): string {
		return implode( '/', array_reverse( explode( '-', $day ) ) );
	}

	/**
	 * A decimal number with a decimal comma.
	 *
	 * @param float $value Value.
	 * @return string
	 */
	private static function number( float $value ): string {
		return number_format( $value, 1, ',', '.' );
	}

	/**
	 * A share as a percentage, or a dash.
	 *
	 * @param float|null $share Share, 0 to 1.
	 * @return string
	 */
	private static function percent( ?float $share ): string {
		return null === $share ? '—' : self::number( 100 * $share ) . '%';
	}

	/**
	 * Styles of the form (A4, Times New Roman, as administrative documents are set).
	 *
	 * @return string
	 */
	private static function css(): string {
		return DocumentHeading::CSS
			. 'table{margin:4px 0 8px}h1{text-align:center;font-size:14pt;margin:24px 0 0}.title,.period{text-align:center;margin:0}.to{text-align:center;margin:12px 0}'
			. 'h2{font-size:13pt;margin:16px 0 4px}h3{font-size:13pt;font-weight:normal;font-style:italic;margin:8px 0 4px}'
			. '.lines th,.lines td{border:1px solid #000;padding:3px 6px;font-size:12pt}.c{text-align:center}.n{text-align:right;white-space:nowrap}'
			. '.signatures{margin-top:24px}.signatures td{vertical-align:top;width:50%;text-align:center}.signatures .to-list{text-align:left;font-size:11pt}.space{height:90px}';
	}
}
