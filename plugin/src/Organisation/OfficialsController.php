<?php
/**
 * REST endpoint of the officials: `ttdt/v1/officials`.
 *
 * @package Ttdt
 */

namespace Ttdt\Organisation;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use Ttdt\Support\StringTemplateCheck;
use Ttdt\Units\UnitPostType;
use WP_Error;
use WP_REST_Posts_Controller;
use WP_REST_Request;

/**
 * Core's posts controller, closed to all but those who manage the units (core lets anyone
 * read a published post of any type, and an official hidden from the portal must stay so);
 * visitors see officials only through the `ttdt/organisation` block. Every saved official is
 * published: the records have no editorial workflow. The server checks what a form cannot be
 * trusted with: a name, an existing unit, a valid e-mail address and a photo that is an image.
 *
 * @since 0.1.0
 */
final class OfficialsController extends WP_REST_Posts_Controller {

	use StringTemplateCheck;

	/**
	 * Reading the list needs the right to manage units.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return current_user_can( Capabilities::MANAGE_UNITS ) ? true : self::forbidden();
	}

	/**
	 * Reading one official: the same, before the record is looked up.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return current_user_can( Capabilities::MANAGE_UNITS ) ? parent::get_item_permissions_check( $request ) : self::forbidden();
	}

	/**
	 * Creating: the same.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		return current_user_can( Capabilities::MANAGE_UNITS ) ? parent::create_item_permissions_check( $request ) : self::forbidden();
	}

	/**
	 * Changing: the same.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		return current_user_can( Capabilities::MANAGE_UNITS ) ? parent::update_item_permissions_check( $request ) : self::forbidden();
	}

	/**
	 * Deleting: the same.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function delete_item_permissions_check( $request ) {
		return current_user_can( Capabilities::MANAGE_UNITS ) ? parent::delete_item_permissions_check( $request ) : self::forbidden();
	}

	/**
	 * Validates the record and keeps every saved official published.
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
		$meta     = is_array( $request['meta'] ?? null ) ? $request['meta'] : array();
		$error    = self::invalid( $creating, $prepared->post_title ?? null, $meta, $creating ? 0 : (int) $prepared->ID );
		if ( '' !== $error ) {
			return new WP_Error( 'ttdt_official_invalid', $error, array( 'status' => 400 ) );
		}
		$prepared->post_status = 'publish';
		return $prepared;
	}

	/**
	 * What is wrong with a record about to be saved, as a Vietnamese sentence; '' when
	 * nothing is.
	 *
	 * @since 0.1.0
	 *
	 * @param bool                 $creating Whether the record is new.
	 * @param mixed                $name     The name sent, null when not sent.
	 * @param array<string, mixed> $meta     The meta sent.
	 * @param int                  $id       The record's ID when it exists.
	 * @return string
	 */
	public static function invalid( bool $creating, $name, array $meta, int $id ): string {
		if ( ( $creating || null !== $name ) && '' === trim( (string) $name ) ) {
			return __( 'Enter the official\'s full name.', 'ttdt-portal' );
		}
		$unit = array_key_exists( OfficialPostType::UNIT, $meta ) ? absint( $meta[ OfficialPostType::UNIT ] ) : absint( get_post_meta( $id, OfficialPostType::UNIT, true ) );
		if ( ( $creating || array_key_exists( OfficialPostType::UNIT, $meta ) ) && null === UnitPostType::find( $unit ) ) {
			return __( 'Choose the unit the official belongs to. If it is not in the list, add it on the Units screen first.', 'ttdt-portal' );
		}
		$email = trim( (string) ( $meta[ OfficialPostType::EMAIL ] ?? '' ) );
		if ( '' !== $email && ! is_email( $email ) ) {
			return __( 'The official\'s e-mail address is not valid. Check it, or leave it empty.', 'ttdt-portal' );
		}
		$photo = absint( $meta[ OfficialPostType::PHOTO ] ?? 0 );
		if ( $photo && ! wp_attachment_is_image( $photo ) ) {
			return __( 'The photo must be an image from the media library. Choose a photo again.', 'ttdt-portal' );
		}
		return '';
	}

	/**
	 * 401 for visitors, 403 for users without the capability.
	 *
	 * @return WP_Error
	 */
	private static function forbidden(): WP_Error {
		return RestController::forbidden( __( 'You are not allowed to manage the officials. Ask the portal\'s administrator.', 'ttdt-portal' ) );
	}
}
