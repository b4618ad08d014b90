<?php
/**
 * REST routes of incident reports: `ttdt/v1/incidents`.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Staff file reports and read their own; the head and the administrators read all of them
 * and record each step. A report's `_links` say whether the current user may handle it, so
 * the screen never decides that itself.
 *
 * @since 0.1.0
 */
final class IncidentsController extends RestController {

	/**
	 * Link relation of the handling action (compacted to `wp:action-handle-incident`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const HANDLE_REL = 'https://api.w.org/action-handle-incident';

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'incidents';

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
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => array(
						'state' => array(
							'description' => __( 'Only reports in this state.', 'ttdt-portal' ),
							'type'        => 'string',
							'enum'        => array_merge( array( '' ), IncidentPostType::STATES ),
							'default'     => '',
						),
					),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>\d+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
					'args'                => array(
						'state' => array(
							'description' => __( 'New state; leave empty to only add a note.', 'ttdt-portal' ),
							'type'        => 'string',
							'enum'        => array( '', 'open', 'investigating', 'closed' ),
							'default'     => '',
						),
						'note'  => array(
							'description'       => __( 'What was found or done.', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 5000,
							'default'           => '',
							'sanitize_callback' => 'sanitize_textarea_field',
							'validate_callback' => 'rest_validate_request_arg',
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Staff may report and list (their own, or all when they handle incidents).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::REPORT_INCIDENT ) || current_user_can( Capabilities::HANDLE_INCIDENTS ),
			__( 'Only staff of the portal may report incidents. Ask an administrator for an account.', 'ttdt-portal' )
		);
	}

	/**
	 * The reporter and the handlers read one report.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::READ_INCIDENT, (int) $request['id'] ),
			__( 'You may read only the incident reports you filed. Ask the head of the board about others.', 'ttdt-portal' )
		);
	}

	/**
	 * Only the handlers record steps.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::HANDLE_INCIDENTS ) && current_user_can( Capabilities::READ_INCIDENT, (int) $request['id'] ),
			__( 'Only the head of the board or an administrator may investigate and close incident reports.', 'ttdt-portal' )
		);
	}

	/**
	 * The reports the user may read, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$reporter = current_user_can( Capabilities::HANDLE_INCIDENTS ) ? 0 : get_current_user_id();
		$items    = array();
		foreach ( $this->incidents->find( $reporter, (string) $request['state'] ) as $report ) {
			$items[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $report, $request ) );
		}
		$response = rest_ensure_response( $items );
		$response->header( 'X-WP-Total', (string) count( $items ) );
		$response->header( 'X-WP-TotalPages', '1' );
		return $response;
	}

	/**
	 * One report.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$report = $this->incidents->get( (int) $request['id'] );
		return null === $report
			? new WP_Error( 'ttdt_incident_missing', __( 'This incident report does not exist. Reload the list.', 'ttdt-portal' ), array( 'status' => 404 ) )
			: $this->prepare_item_for_response( $report, $request );
	}

	/**
	 * Files a report.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$item_id = (int) $request['item_id'];
		if ( $item_id && ! get_post( $item_id ) ) {
			return new WP_Error( 'ttdt_incident_item', __( 'No item has this number. Leave the item empty or enter the number shown in the item list.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		$id = $this->incidents->report(
			array(
				'kind'        => (string) $request['kind'],
				'description' => sanitize_textarea_field( (string) $request['description'] ),
				'occurred_at' => (string) $request['occurred_at'],
				'item_id'     => $item_id,
				'account'     => sanitize_text_field( (string) $request['account'] ),
				'audit_entry' => (int) $request['audit_entry'],
			),
			get_current_user_id()
		);
		if ( is_wp_error( $id ) ) {
			return $id;
		}
		$response = $this->prepare_item_for_response( (array) $this->incidents->get( $id ), $request );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * Records a step of the investigation.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$report = $this->incidents->change( (int) $request['id'], (string) $request['state'], (string) $request['note'], get_current_user_id() );
		return is_wp_error( $report ) ? $report : $this->prepare_item_for_response( $report, $request );
	}

	/**
	 * A report with its links.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item    Report.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$response = rest_ensure_response( $this->filter_response_by_context( $item, 'view' ) );
		$self     = rest_url( sprintf( '%s/%s/%d', $this->namespace, $this->rest_base, $item['id'] ) );
		$response->add_link( 'self', $self );
		if ( current_user_can( Capabilities::HANDLE_INCIDENTS ) ) {
			$response->add_link( self::HANDLE_REL, $self );
		}
		return $response;
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return IncidentSchema::report();
	}
}
