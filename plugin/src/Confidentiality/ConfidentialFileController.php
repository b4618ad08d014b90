<?php
/**
 * `GET ttdt/v1/confidential/<id>/file`: the file of a confidential attachment, to those who may
 * edit it.
 *
 * @package Ttdt
 */

namespace Ttdt\Confidentiality;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

/**
 * The only way to a file in the private folder ({@see PrivateAttachmentFiles}). A browser
 * loading it in an `<img>` or a link sends no REST nonce, so the URLs handed to signed-in staff
 * carry theirs (`_wpnonce`), which lets WordPress recognise their cookie.
 *
 * @since 0.1.0
 */
final class ConfidentialFileController extends RestController {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'confidential';
	}

	/**
	 * The route's URL for an attachment and a size.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $attachment_id Attachment ID.
	 * @param string $size          Size name, `full` for the file itself.
	 * @return string
	 */
	public static function url( int $attachment_id, string $size = 'full' ): string {
		$url = rest_url( self::REST_NAMESPACE . '/confidential/' . $attachment_id . '/file' );
		if ( 'full' !== $size ) {
			$url = add_query_arg( 'size', rawurlencode( $size ), $url );
		}
		return is_user_logged_in() ? add_query_arg( '_wpnonce', wp_create_nonce( 'wp_rest' ), $url ) : $url;
	}

	/**
	 * Registers the route.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)/file',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(
						'id'   => array(
							'description' => __( 'Attachment ID.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'size' => array(
							'description' => __( 'Image size, e.g. thumbnail; the file itself when left out.', 'ttdt-portal' ),
							'type'        => 'string',
							'default'     => 'full',
							'pattern'     => '^[a-z0-9_\-]{1,64}$',
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return array(
			'$schema'     => 'http://json-schema.org/draft-04/schema#',
			'title'       => 'ttdt-confidential-file',
			'description' => __( 'The bytes of the confidential file, with its type in the headers.', 'ttdt-portal' ),
			'type'        => 'string',
		);
	}

	/**
	 * Who may read the file: those who may edit the attachment.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->permit(
			'attachment' === get_post_type( (int) $request['id'] ) && current_user_can( 'edit_post', (int) $request['id'] ),
			__( 'This file is confidential. Sign in with an account that may edit it, or ask the head of the board.', 'ttdt-portal' )
		);
	}

	/**
	 * Sends the file.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_Error Only on failure; on success the file is sent and the request ends.
	 */
	public function get_item( $request ) {
		$id   = (int) $request['id'];
		$path = PrivateAttachmentFiles::is_private( $id ) ? PrivateAttachmentFiles::path( $id, (string) $request['size'] ) : '';
		if ( '' === $path || ! is_readable( $path ) ) {
			return new WP_Error( 'ttdt_confidential_file_missing', __( 'This attachment has no confidential file of this size. Open the attachment in the media library.', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		$type = wp_check_filetype( $path );
		nocache_headers();
		header( 'Content-Type: ' . ( $type['type'] ? $type['type'] : 'application/octet-stream' ) );
		header( 'Content-Length: ' . (int) filesize( $path ) );
		header( 'X-Content-Type-Options: nosniff' );
		header( "Content-Disposition: inline; filename*=UTF-8''" . rawurlencode( wp_basename( $path ) ) );
		readfile( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams a private file to an authorised reader.
		exit;
	}
}
