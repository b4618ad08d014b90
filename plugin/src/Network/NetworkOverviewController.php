<?php
/**
 * REST route of the network overview: `ttdt/v1/network/overview`.
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_REST_Request;
use WP_REST_Server;

/**
 * Every commune's figures, for the network administrator only (`manage_network`). The screen
 * sorts, filters and exports the rows itself: a province has at most a few hundred sites.
 * Registered only on a network.
 *
 * @since 0.1.0
 */
final class NetworkOverviewController extends RestController {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'network/overview';
	}

	/**
	 * Registers the route.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		if ( ! is_multisite() ) {
			return;
		}
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Only the network administrator.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::VIEW_NETWORK ),
			__( 'Only the network administrator of the province sees every commune\'s figures. Ask the provincial Department.', 'ttdt-portal' )
		);
	}

	/**
	 * Every site's row; the server time spent is sent in `X-TTDT-Server-Time` (milliseconds).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response
	 */
	public function get_items( $request ) {
		$started  = microtime( true );
		$rows     = ( new NetworkOverview() )->rows();
		$response = rest_ensure_response( $rows );
		$response->header( 'X-WP-Total', (string) count( $rows ) );
		$response->header( 'X-WP-TotalPages', '1' );
		$response->header( 'X-TTDT-Server-Time', (string) round( ( microtime( true ) - $started ) * 1000 ) );
		return $response;
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return NetworkSchema::overview_row();
	}
}
