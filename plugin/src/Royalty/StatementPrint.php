<?php
/**
 * The printable statement, in Vietnamese administrative form.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Settings\Settings;
use Ttdt\Support\DocumentHeading;
use Ttdt\Support\Hookable;

/**
 * `admin.php?page=ttdt-portal-royalty-print&period=2026-03`: a page of its own (no admin
 * menu or bars), with the national heading, the table per payee, the total in figures and in
 * words ("Bằng chữ") and the signature lines, printed from the browser. The page is written
 * in Vietnamese because the document is a Vietnamese administrative form whatever the
 * language of the admin.
 *
 * @since 0.1.0
 */
final class StatementPrint implements Hookable {

	/**
	 * Page slug.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PAGE = 'ttdt-portal-royalty-print';

	/**
	 * Portal settings (unit and agency names).
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Portal settings.
	 */
	public function __construct( Settings $settings ) {
		$this->settings = $settings;
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
		$hook = add_submenu_page( '', __( 'Royalty statement', 'ttdt-portal' ), '', Capabilities::EXPORT_ROYALTIES, self::PAGE, '__return_null' );
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
		if ( ! current_user_can( Capabilities::EXPORT_ROYALTIES ) ) {
			wp_die( esc_html__( 'You are not allowed to print royalty statements. Ask the accountant.', 'ttdt-portal' ), 403 );
		}
		$period = isset( $_GET['period'] ) ? sanitize_text_field( wp_unslash( $_GET['period'] ) ) : '';
		$months = Period::months( $period );
		if ( ! $months ) {
			wp_die( esc_html__( 'Choose a month, a quarter or a year.', 'ttdt-portal' ), 400 );
		}
		$rows  = LedgerReport::statement( array( 'months' => $months ) );
		$total = array_sum( array_column( $rows, 'total' ) );
		$now   = current_datetime();

		header( 'Content-Type: text/html; charset=utf-8' );
		echo '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>' . esc_html( 'Bảng kê nhuận bút ' . $period ) . '</title>';
		echo '<style>' . esc_html( self::css() ) . '</style></head><body onload="window.print()">';
		echo DocumentHeading::html( $this->settings, '', $now ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped where built.
		echo '<h1>BẢNG KÊ CHI TRẢ NHUẬN BÚT, THÙ LAO</h1><p class="period">' . esc_html( self::period_name( $period ) ) . '</p>';
		echo '<table class="lines"><thead><tr><th>STT</th><th>Họ và tên</th><th>Số khoản</th><th>Nhuận bút</th><th>Thù lao</th><th>Khác</th><th>Thành tiền</th><th>Ký nhận</th></tr></thead><tbody>';
		foreach ( $rows as $index => $row ) {
			printf(
				'<tr><td class="c">%1$d</td><td>%2$s</td><td class="c">%3$d</td><td class="n">%4$s</td><td class="n">%5$s</td><td class="n">%6$s</td><td class="n">%7$s</td><td></td></tr>',
				(int) ( $index + 1 ),
				esc_html( $row['name'] ),
				(int) $row['lines'],
				esc_html( Money::format( $row['royalties'] ) ),
				esc_html( Money::format( $row['fees'] ) ),
				esc_html( Money::format( $row['other'] ) ),
				esc_html( Money::format( $row['total'] ) )
			);
		}
		echo '</tbody><tfoot><tr><th colspan="6">Tổng cộng</th><th class="n">' . esc_html( Money::format( $total ) ) . '</th><th></th></tr></tfoot></table>';
		$words = AmountInWords::dong( $total );
		echo '<p class="words"><strong>Bằng chữ:</strong> <em>' . esc_html( mb_strtoupper( mb_substr( $words, 0, 1 ) ) . mb_substr( $words, 1 ) ) . '.</em></p>';
		echo '<table class="signatures"><tr><td><strong>Người lập biểu</strong><br><em>(Ký, ghi rõ họ tên)</em></td><td><strong>Kế toán</strong><br><em>(Ký, ghi rõ họ tên)</em></td><td><strong>Chủ tịch</strong><br><em>(Ký, ghi rõ họ tên, đóng dấu)</em></td></tr></table>';
		echo '</body></html>';
		exit;
	}

	/**
	 * The period as the form names it.
	 *
	 * @param string $period Period.
	 * @return string
	 */
	private static function period_name( string $period ): string {
		if ( 4 === strlen( $period ) ) {
			return 'Năm ' . $period;
		}
		if ( 'Q' === $period[5] ) {
			return sprintf( 'Quý %s năm %s', $period[6], substr( $period, 0, 4 ) );
		}
		return sprintf( 'Tháng %d năm %s', (int) substr( $period, 5, 2 ), substr( $period, 0, 4 ) );
	}

	/**
	 * Styles of the form (A4, Times New Roman, as administrative documents are set).
	 *
	 * @return string
	 */
	private static function css(): string {
		return DocumentHeading::CSS
			. 'h1{text-align:center;font-size:14pt;margin:24px 0 4px}.period{text-align:center;margin:0 0 16px}'
			. '.lines th,.lines td{border:1px solid #000;padding:4px 6px}.c{text-align:center}.n{text-align:right;white-space:nowrap}'
			. '.signatures{margin-top:24px}.signatures td{text-align:center;vertical-align:top;width:33%;height:120px}';
	}
}
