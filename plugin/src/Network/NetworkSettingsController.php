<?php
/**
 * REST route of the province-wide figures: `ttdt/v1/network/settings`.
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

/**
 * Read and set by the network administrator only (`manage_network_options`); a site
 * administrator of one commune cannot change the figures of the others. Registered only on a
 * network.
 *
 * @since 0.1.0
 */
final class NetworkSettingsController extends RestController {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'network/settings';
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
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => $this->update_args(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * The arguments of an update: each figure is checked against its own schema, so a
	 * refusal names the figure (`param`: `values[<figure>]`, which the screen shows under that
	 * field) instead of the whole `values` object.
	 *
	 * @return array<string, mixed>
	 */
	private function update_args(): array {
		$args                                = $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE );
		$args['values']['validate_callback'] = array( $this, 'validate_values' );
		return $args;
	}

	/**
	 * Validates the figures one by one.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed           $value   The `values` object.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Its name.
	 * @return true|WP_Error One error per refused figure, each with its own code and `param`.
	 */
	public function validate_values( $value, $request, string $param ) {
		$schema = NetworkSettings::values_schema();
		if ( ! is_array( $value ) ) {
			return rest_validate_value_from_schema( $value, $schema, $param );
		}
		$errors = new WP_Error();
		foreach ( $value as $key => $figure ) {
			$property = $schema['properties'][ $key ] ?? null;
			$checked  = null === $property
				/* translators: %s: a name sent in place of a figure. */
				? new WP_Error( 'rest_additional_properties_forbidden', sprintf( __( '"%s" is not a figure the province sets. Send only the figures of this form.', 'ttdt-portal' ), $key ) )
				: rest_validate_value_from_schema( $figure, $property, (string) ( $property['title'] ?? $key ) );
			if ( is_wp_error( $checked ) ) {
				// One code per figure: WordPress keeps one set of data per error code.
				$errors->add( 'ttdt_invalid_figure_' . $key, $checked->get_error_message(), array( 'param' => $param . '[' . $key . ']' ) );
			}
		}
		return $errors->has_errors() ? $errors : true;
	}

	/**
	 * Only the network administrator.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::MANAGE_NETWORK_SETTINGS ),
			__( 'Only the network administrator of the province sets the province-wide figures. Ask the provincial Department.', 'ttdt-portal' )
		);
	}

	/**
	 * The figures, the locks and the uninstall choice.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response
	 */
	public function get_item( $request ) {
		return rest_ensure_response( self::current() );
	}

	/**
	 * Replaces the figures and locks given in the body.
	 *
	 * A lock without a figure would lock nothing (the sites would keep their own values while
	 * the administrator believes them fixed): refused, under the figure it concerns.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$current = NetworkSettings::get();
		$values  = isset( $request['values'] ) ? (array) $request['values'] : $current['values'];
		$locked  = isset( $request['locked'] ) ? (array) $request['locked'] : $current['locked'];
		$params  = array();
		foreach ( array_diff( $locked, array_keys( $values ) ) as $key ) {
			$params[ 'values[' . $key . ']' ] = sprintf(
				/* translators: %s: name of the figure. */
				__( '"%s" is locked but has no figure: enter the figure every commune must use, or unlock it.', 'ttdt-portal' ),
				NetworkSettings::values_schema()['properties'][ $key ]['title'] ?? $key
			);
		}
		if ( $params ) {
			return new WP_Error(
				'rest_invalid_param',
				implode( ' ', $params ),
				array(
					'status' => 400,
					'params' => $params,
				)
			);
		}
		NetworkSettings::save( $values, $locked );
		if ( isset( $request['delete_data_on_uninstall'] ) ) {
			update_site_option( SiteCleanup::DELETE_DATA_OPTION, (bool) $request['delete_data_on_uninstall'] );
		}
		return rest_ensure_response( self::current() );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return NetworkSchema::settings();
	}

	/**
	 * The resource.
	 *
	 * @return array<string, mixed>
	 */
	private static function current(): array {
		return NetworkSettings::get() + array( 'delete_data_on_uninstall' => SiteCleanup::delete_data_asked() );
	}
}
