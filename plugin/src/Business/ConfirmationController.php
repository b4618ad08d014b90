<?php
/**
 * REST endpoint of a business entry's confirmation: `GET ttdt/v1/businesses/<id>/confirmation`.
 *
 * @package Ttdt
 */

namespace Ttdt\Business;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\PrivateFileResponse;
use Ttdt\Support\PrivateFiles;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

/**
 * The only way to read a confirmation once {@see ConfirmationFiles} moved it into the private
 * folder: for those who may edit the entry (its writer and the moderators who check it).
 *
 * @since 0.1.0
 */
final class ConfirmationController extends RestController {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'businesses';
	}

	/**
	 * Registers the route.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>\d+)/confirmation',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(
						'id' => array(
							'description' => __( 'Business entry ID.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'required'    => true,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Only those who may edit the entry read its confirmation.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		$id = (int) $request['id'];
		return $this->permit(
			BusinessPostType::NAME === get_post_type( $id ) && current_user_can( Capabilities::READ_BUSINESS_CONFIRMATION, $id ),
			__( 'Only the writer of this business entry and the moderators may open the business\'s confirmation. Ask a moderator if you need to see it.', 'ttdt-portal' )
		);
	}

	/**
	 * The confirmation file, streamed by {@see PrivateFiles::serve()}.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return PrivateFileResponse|WP_Error
	 */
	public function get_item( $request ) {
		$attachment = absint( get_post_meta( (int) $request['id'], BusinessMeta::CONFIRMATION, true ) );
		// A file attached on a path that skipped the meta hooks is protected before it is read.
		ConfirmationFiles::protect( $attachment );
		$path = $attachment ? (string) get_attached_file( $attachment, true ) : '';
		if ( ! PrivateFiles::contains( $path ) || ! is_readable( $path ) ) {
			return new WP_Error( 'ttdt_business_confirmation_missing', __( 'This entry has no confirmation file. Upload the business\'s signed confirmation in the entry\'s details panel.', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		return new PrivateFileResponse( $path, (string) get_post_mime_type( $attachment ), wp_basename( $path ) );
	}

	/**
	 * Schema: the file itself, with its type and name in the headers.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return array(
			'$schema'     => 'http://json-schema.org/draft-04/schema#',
			'title'       => 'ttdt-business-confirmation',
			'description' => __( 'The business\'s written confirmation, as uploaded.', 'ttdt-portal' ),
			'type'        => 'string',
		);
	}
}
