<?php
/**
 * REST endpoint of the units: `ttdt/v1/units`.
 *
 * @package Ttdt
 */

namespace Ttdt\Units;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use Ttdt\Support\StringTemplateCheck;
use WP_Error;
use WP_REST_Posts_Controller;
use WP_REST_Request;

/**
 * Core's posts controller with reads closed to the public (core lets anyone read a published
 * post of any type) and open, read-only, to those who handle feedback: they choose the unit
 * an item is forwarded to. Every saved unit is published: units have no editorial workflow.
 *
 * @since 0.1.0
 */
final class UnitsController extends WP_REST_Posts_Controller {

	use StringTemplateCheck;


	/**
	 * Lists need the right to manage units or to handle feedback.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		// Core's check would refuse the `edit` context (which core-data asks for) to those who
		// only read; a unit's record holds no more than the list shows.
		return self::can_read() ? true : self::forbidden();
	}

	/**
	 * Reading one unit: the same as the list.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		// Who may not read units learns nothing, not even whether a unit exists.
		if ( ! self::can_read() ) {
			return self::forbidden();
		}
		$post = $this->get_post( (int) $request['id'] );
		return is_wp_error( $post ) ? $post : true;
	}

	/**
	 * Changing a unit needs the right to manage units, checked before the unit is looked up.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		if ( ! current_user_can( Capabilities::MANAGE_UNITS ) ) {
			return self::forbidden();
		}
		return parent::update_item_permissions_check( $request );
	}

	/**
	 * Deleting a unit: the same.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function delete_item_permissions_check( $request ) {
		if ( ! current_user_can( Capabilities::MANAGE_UNITS ) ) {
			return self::forbidden();
		}
		return parent::delete_item_permissions_check( $request );
	}

	/**
	 * Creating needs the right to manage units (checked first, for a clear message).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		if ( ! current_user_can( Capabilities::MANAGE_UNITS ) ) {
			return self::forbidden();
		}
		return parent::create_item_permissions_check( $request );
	}

	/**
	 * Validates the name and e-mail, and keeps every saved unit published.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \stdClass|WP_Error
	 */
	protected function prepare_item_for_database( $request ) {
		$prepared = parent::prepare_item_for_database( $request );
		if ( is_wp_error( $prepared ) ) {
			return $prepared;
		}
		$creating = empty( $prepared->ID );
		if ( ( $creating || isset( $prepared->post_title ) ) && '' === trim( (string) ( $prepared->post_title ?? '' ) ) ) {
			return new WP_Error(
				'ttdt_unit_name_required',
				__( 'Enter the unit\'s name.', 'ttdt-portal' ),
				array( 'status' => 400 )
			);
		}
		$meta  = is_array( $request['meta'] ?? null ) ? $request['meta'] : array();
		$email = isset( $meta[ UnitPostType::META_EMAIL ] ) ? trim( (string) $meta[ UnitPostType::META_EMAIL ] ) : '';
		if ( '' !== $email && ! is_email( $email ) ) {
			return new WP_Error(
				'ttdt_unit_invalid_email',
				__( 'The unit\'s e-mail address is not valid. Check it: the answer links are sent there.', 'ttdt-portal' ),
				array( 'status' => 400 )
			);
		}
		$prepared->post_status = 'publish';
		return $prepared;
	}

	/**
	 * Whether the current user may read the units.
	 *
	 * @return bool
	 */
	private static function can_read(): bool {
		return current_user_can( Capabilities::MANAGE_UNITS ) || current_user_can( Capabilities::HANDLE_FEEDBACK );
	}

	/**
	 * 401 for visitors, 403 for users without the capability.
	 *
	 * @return WP_Error
	 */
	private static function forbidden(): WP_Error {
		return RestController::forbidden( __( 'You are not allowed to manage the units. Ask the portal\'s administrator.', 'ttdt-portal' ) );
	}
}
