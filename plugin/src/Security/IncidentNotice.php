<?php
/**
 * The admin bar's "report an incident" node and the handlers' dashboard notice.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreens;
use Ttdt\Support\WriteSide;
use WP_Admin_Bar;

/**
 * Reporting must be one click away from any page (Art. 8.2: report suspected leaks to the
 * head); the head must see unresolved reports the moment they open the dashboard.
 *
 * @since 0.1.0
 */
final class IncidentNotice implements WriteSide {

	/**
	 * Admin bar node ID.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NODE = 'ttdt-report-incident';

	/**
	 * Reports.
	 *
	 * @var Incidents
	 */
	private Incidents $incidents;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Incidents $incidents Reports.
	 */
	public function __construct( Incidents $incidents ) {
		$this->incidents = $incidents;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'admin_bar_menu', array( $this, 'add_node' ), 90 );
		add_action( 'admin_notices', array( $this, 'notice' ) );
	}

	/**
	 * URL of the incident screen, with its report form open when asked.
	 *
	 * @since 0.1.0
	 *
	 * @param bool $form Open the form.
	 * @return string
	 */
	public static function screen_url( bool $form = false ): string {
		$url = admin_url( 'admin.php?page=' . AdminScreens::page_slug( IncidentsScreen::NAME ) );
		return $form ? add_query_arg( 'report', '1', $url ) : $url;
	}

	/**
	 * Adds "Report an incident" to the admin bar of staff.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Admin_Bar $bar Admin bar.
	 */
	public function add_node( $bar ): void {
		if ( ! $bar instanceof WP_Admin_Bar || ! current_user_can( Capabilities::REPORT_INCIDENT ) ) {
			return;
		}
		$bar->add_node(
			array(
				'id'    => self::NODE,
				'title' => esc_html__( 'Report an incident', 'ttdt-portal' ),
				'href'  => self::screen_url( true ),
				'meta'  => array( 'title' => esc_attr__( 'Report a suspected leak or security incident to the head of the board', 'ttdt-portal' ) ),
			)
		);
	}

	/**
	 * Tells the handlers, on the dashboard, how many reports are not closed.
	 *
	 * @since 0.1.0
	 */
	public function notice(): void {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( ! $screen || 'dashboard' !== $screen->id || ! current_user_can( Capabilities::HANDLE_INCIDENTS ) ) {
			return;
		}
		$count = $this->incidents->unresolved();
		if ( ! $count ) {
			return;
		}
		printf(
			'<div class="notice notice-error ttdt-incident-notice"><p>%1$s <a href="%2$s">%3$s</a></p></div>',
			esc_html(
				sprintf(
					/* translators: %d: number of reports. */
					_n( '%d incident report is waiting for you to investigate or close it.', '%d incident reports are waiting for you to investigate or close them.', $count, 'ttdt-portal' ),
					$count
				)
			),
			esc_url( self::screen_url() ),
			esc_html__( 'Open the incident reports', 'ttdt-portal' )
		);
	}
}
