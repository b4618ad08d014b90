<?php
/**
 * REST: `ttdt/v1/reports/<period>`, the periodic activity report and the board's notes on it.
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

/**
 * GET answers the report of a period (figures computed when asked, so a late correction is
 * in the next reading); PUT/POST saves the board's assessment and proposals of that period
 * and answers the report again.
 *
 * @since 0.1.0
 */
final class ReportsController extends RestController {

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
	 * @param ActivityReport $reports The report.
	 */
	public function __construct( ActivityReport $reports ) {
		$this->rest_base = 'reports';
		$this->reports   = $reports;
	}

	/**
	 * Registers the route.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<period>[0-9]{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4]|-H[12])?)',
			array(
				'args'   => array(
					'period' => array(
						'description' => __( 'Period: 2026-03, 2026-Q1, 2026-H1 or 2026.', 'ttdt-portal' ),
						'type'        => 'string',
						'pattern'     => ReportPeriod::PATTERN,
					),
				),
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Needs `ttdt_view_reports`.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::VIEW_REPORTS ),
			__( 'You are not allowed to read the activity reports. They are for the head and deputy head of the editorial board; ask the site administrator.', 'ttdt-portal' )
		);
	}

	/**
	 * Needs `ttdt_edit_reports`.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::EDIT_REPORTS ),
			__( 'You are not allowed to write the board\'s assessment and proposals. Ask the head of the editorial board.', 'ttdt-portal' )
		);
	}

	/**
	 * The report of a period.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$period = ReportPeriod::parse( (string) $request['period'] );
		if ( ! $period ) {
			return self::bad_period();
		}
		return rest_ensure_response( $this->reports->build( $period ) );
	}

	/**
	 * Saves the board's notes of a period.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$period = ReportPeriod::parse( (string) $request['period'] );
		if ( ! $period ) {
			return self::bad_period();
		}
		$changes = array();
		foreach ( ReportNotes::FIELDS as $field ) {
			if ( isset( $request[ $field ] ) ) {
				$changes[ $field ] = sanitize_textarea_field( (string) $request[ $field ] );
			}
		}
		if ( ! ReportNotes::save( $period->key, $changes ) ) {
			return new WP_Error( 'ttdt_report_not_saved', __( 'The report notes could not be saved. Try again; if it keeps failing, tell the site administrator.', 'ttdt-portal' ), array( 'status' => 500 ) );
		}
		return rest_ensure_response( $this->reports->build( $period ) );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return ReportSchema::schema();
	}

	/**
	 * The error of a period that is not one.
	 *
	 * @return WP_Error
	 */
	private static function bad_period(): WP_Error {
		return new WP_Error( 'ttdt_report_period', __( 'Choose a month, a quarter, a half-year or a year, e.g. 2026-Q1.', 'ttdt-portal' ), array( 'status' => 400 ) );
	}
}
