<?php
/**
 * The printable plan, in Vietnamese administrative form.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Settings\Settings;
use Ttdt\Support\DocumentHeading;
use Ttdt\Support\Hookable;

/**
 * `admin.php?page=ttdt-portal-plan-print&plan=<id>`: a page of its own (no admin menu or
 * bars) with the agency and the national motto, "KẾ HOẠCH …", the table of topics and the
 * head's signature, printed from the browser. Written in Vietnamese whatever the admin's
 * language, because the document is a Vietnamese administrative form. A plan not yet approved
 * prints as a draft ("DỰ THẢO") without the head's name.
 *
 * @since 0.1.0
 */
final class PlanPrint implements Hookable {

	/**
	 * Page slug.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PAGE = 'ttdt-portal-plan-print';

	/**
	 * Portal settings (agency and unit names).
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * Plans and topics.
	 *
	 * @var PlanRepository
	 */
	private PlanRepository $plans;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings       $settings Portal settings.
	 * @param PlanRepository $plans    Plans and topics.
	 */
	public function __construct( Settings $settings, PlanRepository $plans ) {
		$this->settings = $settings;
		$this->plans    = $plans;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'admin_menu', array( $this, 'register_page' ) );
	}

	/**
	 * Address of a plan's printable page.
	 *
	 * @since 0.1.0
	 *
	 * @param int $plan_id Plan ID.
	 * @return string
	 */
	public static function url( int $plan_id ): string {
		return add_query_arg(
			array(
				'page' => self::PAGE,
				'plan' => $plan_id,
			),
			admin_url( 'admin.php' )
		);
	}

	/**
	 * Registers the page without a menu entry.
	 *
	 * @since 0.1.0
	 */
	public function register_page(): void {
		$hook = add_submenu_page( '', __( 'Editorial plan', 'ttdt-portal' ), '', Capabilities::VIEW_PLANS, self::PAGE, '__return_null' );
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
		echo $this->document( isset( $_GET['plan'] ) ? absint( $_GET['plan'] ) : 0 ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped, WordPress.Security.NonceVerification.Recommended -- escaped in document(); reading only.
		exit;
	}

	/**
	 * The page's HTML, every value escaped.
	 *
	 * @since 0.1.0
	 *
	 * @param int $plan_id Plan ID.
	 * @return string
	 */
	public function document( int $plan_id ): string {
		if ( ! current_user_can( Capabilities::VIEW_PLANS ) ) {
			wp_die( esc_html( PlanErrors::cannot_view() ), 403 );
		}
		$plan = $this->plans->plan( $plan_id );
		if ( ! $plan ) {
			wp_die( esc_html( PlanErrors::plan_not_found()->get_error_message() ), 404 );
		}
		$approved = PlanRules::APPROVED === $plan['status'];
		$day      = $approved && $plan['approved_at'] ? new \DateTimeImmutable( (string) $plan['approved_at'] ) : current_datetime();
		$period   = PlanPeriod::vietnamese( (string) $plan['period'], (int) $plan['year'] );
		$topics   = $this->plans->topics( $plan_id );
		$head     = $approved ? get_userdata( (int) $plan['approved_by'] ) : false;

		$html  = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>' . esc_html( 'Kế hoạch ' . $period ) . '</title>';
		$html .= '<style>' . esc_html( self::css() ) . '</style></head><body onload="window.print()">';
		$html .= DocumentHeading::html( $this->settings, 'Số: &nbsp;&nbsp;&nbsp;&nbsp;/KH-BBT', $day );
		if ( ! $approved ) {
			$html .= '<p class="draft">DỰ THẢO</p>';
		}
		$html .= '<h1>KẾ HOẠCH</h1><p class="subject"><strong>' . esc_html( $plan['title'] ) . '</strong><br>' . esc_html( 'Thông tin, tuyên truyền trên Trang thông tin điện tử ' . $period ) . '</p>';
		if ( '' !== trim( (string) $plan['note'] ) ) {
			$html .= '<p class="note">' . nl2br( esc_html( (string) $plan['note'] ) ) . '</p>';
		}
		$html .= '<table class="topics"><thead><tr><th>STT</th><th>Chủ đề</th><th>Số tin, bài</th><th>Thời gian</th><th>Người, đơn vị phụ trách</th><th>Ghi chú</th></tr></thead><tbody>';
		foreach ( $topics as $index => $topic ) {
			$html .= sprintf(
				'<tr><td class="c">%1$d</td><td>%2$s</td><td class="c">%3$d</td><td class="c">%4$s – %5$s</td><td>%6$s</td><td>%7$s</td></tr>',
				(int) ( $index + 1 ),
				esc_html( $topic['title'] ),
				(int) $topic['target'],
				esc_html( gmdate( 'd/m/Y', (int) strtotime( $topic['starts_on'] ) ) ),
				esc_html( gmdate( 'd/m/Y', (int) strtotime( $topic['ends_on'] ) ) ),
				esc_html( TopicsController::in_charge( $topic ) ),
				esc_html( $topic['note'] )
			);
		}
		$html .= '</tbody><tfoot><tr><th colspan="2">Tổng cộng</th><th class="c">' . (int) array_sum( array_column( $topics, 'target' ) ) . '</th><th colspan="3"></th></tr></tfoot></table>';
		$html .= '<table class="signatures"><tr><td class="to"><strong><em>Nơi nhận:</em></strong><br>- Thành viên Ban Biên tập;<br>- Lưu: BBT.</td>';
		$html .= '<td><strong>TRƯỞNG BAN</strong><br><em>(Ký, ghi rõ họ tên)</em><div class="sign"></div><strong>' . esc_html( $head ? $head->display_name : '' ) . '</strong></td></tr></table>';
		return $html . '</body></html>';
	}

	/**
	 * Styles of the form (A4, Times New Roman, as administrative documents are set).
	 *
	 * @return string
	 */
	private static function css(): string {
		return DocumentHeading::CSS
			. 'h1{text-align:center;font-size:14pt;margin:24px 0 4px}.subject{text-align:center;margin:0 0 16px}.draft{text-align:right;font-weight:bold}'
			. '.topics th,.topics td{border:1px solid #000;padding:4px 6px;vertical-align:top}.c{text-align:center}'
			. '.signatures{margin-top:24px}.signatures td{vertical-align:top;width:50%;text-align:center}.signatures td.to{text-align:left;font-size:11pt}.sign{height:80px}';
	}
}
