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
	 * REST field of business entries describing the confirmation to the editor.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FIELD = 'ttdt_confirmation';

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'businesses';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		parent::register_hooks();
		add_action( 'rest_api_init', array( $this, 'register_field' ) );
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
	 * What the editor's panel needs to know of the confirmation, in the `edit` context only:
	 * the file's name and whether the current user may check it (a reviewer of the entry,
	 * never its own writer) and download it.
	 *
	 * @since 0.1.0
	 */
	public function register_field(): void {
		register_rest_field(
			BusinessPostType::NAME,
			self::FIELD,
			array(
				'get_callback' => array( self::class, 'field' ),
				'schema'       => array(
					'description' => __( 'The confirmation as the editor shows it: file name and what the current user may do with it.', 'ttdt-portal' ),
					'type'        => 'object',
					'context'     => array( 'edit' ),
					'readonly'    => true,
					'properties'  => array(
						'name'         => array( 'type' => 'string' ),
						'can_check'    => array( 'type' => 'boolean' ),
						'can_download' => array( 'type' => 'boolean' ),
					),
				),
			)
		);
	}

	/**
	 * The field's value for one entry.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item The entry as the posts controller prepared it.
	 * @return array{name: string, can_check: bool, can_download: bool}
	 */
	public static function field( array $item ): array {
		$id         = (int) ( $item['id'] ?? 0 );
		$attachment = absint( get_post_meta( $id, BusinessMeta::CONFIRMATION, true ) );
		$path       = $attachment ? (string) get_attached_file( $attachment, true ) : '';
		return array(
			'name'         => '' === $path ? '' : wp_basename( $path ),
			'can_check'    => current_user_can( Capabilities::REVIEW_POST, $id ),
			'can_download' => '' !== $path && current_user_can( Capabilities::READ_BUSINESS_CONFIRMATION, $id ),
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
		$entry      = (int) $request['id'];
		$attachment = absint( get_post_meta( $entry, BusinessMeta::CONFIRMATION, true ) );
		// An ID stored before its choice was checked may name a file this reader may not see
		// (another entry's, a confidential one).
		$allowed = ConfirmationChoice::may_serve( $attachment, $entry );
		if ( $allowed ) {
			// A file attached on a path that skipped the meta hooks is protected before it is read.
			ConfirmationFiles::protect( $attachment );
		}
		$path = $allowed ? (string) get_attached_file( $attachment, true ) : '';
		if ( ! PrivateFiles::contains( $path, ConfirmationFiles::AREA ) || ! is_readable( $path ) ) {
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
