<?php
/**
 * REST endpoint of the audit log's CSV export: `ttdt/v1/audit/export`.
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_HTTP_Response;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * The route validates the filters and checks the capability like any REST route; its
 * response carries the query, and {@see self::serve_csv()} streams the file in place of JSON.
 * A REST route (rather than an admin-post handler) gets the nonce check and the 401/403
 * answers of the REST API for free.
 *
 * @since 0.1.0
 */
final class AuditExportController extends RestController {

	/**
	 * Route, as `WP_REST_Request::get_route()` reports it.
	 *
	 * @var string
	 */
	private const ROUTE = '/ttdt/v1/audit/export';

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'audit/export';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		parent::register_hooks();
		add_filter( 'rest_pre_serve_request', array( $this, 'serve_csv' ), 10, 3 );
	}

	/**
	 * Registers the route.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => $this->get_collection_params(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Only those who may read the log.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::READ_AUDIT_LOG ),
			__( 'Only a system administrator may read the audit log.', 'ttdt-portal' )
		);
	}

	/**
	 * Answers with the query and the download headers; the body is streamed later.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$name     = sanitize_file_name( _x( 'audit-log', 'file name of the CSV export', 'ttdt-portal' ) . '-' . wp_date( 'Ymd-Hi' ) . '.csv' );
		$response = new WP_REST_Response( AuditQuery::from_request( $request ) );
		$response->header( 'Content-Type', 'text/csv; charset=utf-8' );
		$response->header( 'Content-Disposition', 'attachment; filename="' . $name . '"' );
		return $response;
	}

	/**
	 * Streams the CSV instead of JSON for this route; errors (401, 403, 400) stay JSON.
	 *
	 * @since 0.1.0
	 *
	 * @param bool             $served  Whether the request was served already.
	 * @param WP_HTTP_Response $result  Result to send.
	 * @param WP_REST_Request  $request Request.
	 * @return bool
	 */
	public function serve_csv( $served, $result, $request ) {
		if ( $served || ! $request instanceof WP_REST_Request || self::ROUTE !== $request->get_route() || ! $result instanceof WP_HTTP_Response ) {
			return $served;
		}
		$query = $result->get_data();
		if ( ! $query instanceof AuditQuery ) {
			return $served;
		}
		AuditCsv::stream( $query );
		return true;
	}

	/**
	 * The answer is a file.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return AuditSchema::export();
	}

	/**
	 * The list's filters; the export always covers every matching entry, so no paging.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return array_diff_key( AuditSchema::query_params(), array_flip( array( 'page', 'per_page', 'before_id' ) ) );
	}
}
