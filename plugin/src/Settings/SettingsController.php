<?php
/**
 * REST endpoint for the portal settings: `ttdt/v1/settings`.
 *
 * @package Ttdt
 */

namespace Ttdt\Settings;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\EnumLabels;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * GET reads, POST/PUT/PATCH changes; both need the settings capability.
 *
 * @since 0.1.0
 */
final class SettingsController extends RestController {

	/**
	 * Settings service.
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings service.
	 */
	public function __construct( Settings $settings ) {
		$this->settings  = $settings;
		$this->rest_base = 'settings';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		parent::register_hooks();
		// Sites that ran an older version without the option get it on the next admin visit.
		add_action( 'admin_init', array( Settings::class, 'store_defaults' ) );
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
	 * Only those who manage the portal may read its settings here.
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
	 * Only those who manage the portal may change its settings.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		return $this->check_manage();
	}

	/**
	 * Returns the settings.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		return $this->prepare_item_for_response( $this->settings->all(), $request );
	}

	/**
	 * Changes the settings given in the request body.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$changes = array_intersect_key( $request->get_params(), SettingsSchema::schema()['properties'] );
		$result  = $this->settings->update( $changes );
		if ( is_wp_error( $result ) ) {
			// An invalid value is the request's fault (400); a refusal that says its own status
			// (a figure the province locked: 403) keeps it.
			$data = $result->get_error_data();
			if ( ! is_array( $data ) || empty( $data['status'] ) ) {
				$result->add_data( array( 'status' => 400 ) );
			}
			return $result;
		}
		return $this->prepare_item_for_response( $result, $request );
	}

	/**
	 * Filters the settings by context.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item    Settings.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$context = $request['context'] ?? 'edit';
		return rest_ensure_response( $this->filter_response_by_context( $item, $context ) );
	}

	/**
	 * The settings schema, shared with the option's validation. A setting this site may not
	 * change (on a network, a figure the province locked) is marked `readonly` and says so in
	 * its description, so the screen shows it as fixed instead of letting a change be refused
	 * only on saving. Marked here, not in the schema filter: the network's own screen edits
	 * these figures from the same schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		$schema = EnumLabels::add( SettingsSchema::schema(), SettingChoices::labels() );
		/** This filter is documented in src/Settings/SettingsStore.php */
		foreach ( (array) apply_filters( Settings::LOCKED_FILTER, array() ) as $key ) {
			if ( isset( $schema['properties'][ $key ] ) ) {
				$property                     = $schema['properties'][ $key ];
				$property['readonly']         = true;
				$property['description']      = trim( __( 'Set for every commune by the province.', 'ttdt-portal' ) . ' ' . ( $property['description'] ?? '' ) );
				$schema['properties'][ $key ] = $property;
			}
		}
		return $schema;
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
