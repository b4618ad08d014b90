<?php
/**
 * REST endpoint for the site's date formats: `ttdt/v1/date-formats`.
 *
 * @package Ttdt
 */

namespace Ttdt\Settings;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * GET tells which formats the site uses; POST switches the whole site to the Vietnamese
 * ones. Both need the settings capability (which maps to `manage_options`, as core's General
 * settings do).
 *
 * @since 0.1.0
 */
final class DateFormatsController extends RestController {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'date-formats';
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
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Only those who manage the portal may read the formats here.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->check_manage();
	}

	/**
	 * Only those who manage the portal may change the site's formats.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		return $this->check_manage();
	}

	/**
	 * The site's formats.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		return rest_ensure_response( DateFormats::current() );
	}

	/**
	 * Switches the site to the Vietnamese formats.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function create_item( $request ) {
		DateFormats::apply();
		return rest_ensure_response( DateFormats::current() );
	}

	/**
	 * The formats schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return DateFormats::schema();
	}

	/**
	 * Whether the current user manages the portal.
	 *
	 * @return true|WP_Error
	 */
	private function check_manage() {
		return $this->permit(
			current_user_can( Capabilities::MANAGE_SETTINGS ),
			__( 'You are not allowed to manage the portal settings. Ask a system administrator.', 'ttdt-portal' )
		);
	}
}
