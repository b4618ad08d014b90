<?php
/**
 * REST endpoint of the confidentiality mark: `GET|POST ttdt/v1/confidential/<id>`, and the mark
 * on core's item and media responses.
 *
 * @package Ttdt
 */

namespace Ttdt\Confidentiality;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_Post;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * The one REST way to change the mark (the posts endpoints only read it, see
 * {@see ConfidentialFlag}). Core's responses of items and attachments carry the mark as a
 * read-only `ttdt_confidential` field and, for those who may remove it, the
 * `wp:action-unmark-confidential` link.
 *
 * @since 0.1.0
 */
final class ConfidentialController extends RestController {

	/**
	 * Link relation present when the current user may remove the mark.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const UNMARK_REL = 'https://api.w.org/action-unmark-confidential';

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'confidential';
	}

	/**
	 * Registers the route and the field on core's responses.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)',
			array(
				'args'   => array(
					'id' => array(
						'description' => __( 'ID of the item or attachment.', 'ttdt-portal' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
				),
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
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
		foreach ( ConfidentialFlag::post_types() as $post_type ) {
			register_rest_field(
				$post_type,
				ConfidentialFlag::KEY,
				array(
					'get_callback' => static fn( array $post ): bool => ConfidentialFlag::is_marked( (int) $post['id'] ),
					'schema'       => array(
						'description' => __( 'Whether it is confidential (not for publication). Changed through ttdt/v1/confidential.', 'ttdt-portal' ),
						'type'        => 'boolean',
						'context'     => array( 'view', 'edit' ),
						'readonly'    => true,
					),
				)
			);
			add_filter( 'rest_prepare_' . $post_type, array( $this, 'add_link' ), 10, 2 );
		}
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return ConfidentialSchema::state();
	}

	/**
	 * Who may read the mark through this route: those who may edit the item.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		$id = (int) $request['id'];
		// Asked first for a post that does not exist or cannot be marked, too: a visitor
		// learns nothing of which IDs exist.
		return $this->permit(
			in_array( get_post_type( $id ), ConfidentialFlag::post_types(), true ) && current_user_can( 'edit_post', $id ),
			__( 'You may not edit this item, so you cannot see or change its confidentiality. Ask its writer or a moderator.', 'ttdt-portal' )
		);
	}

	/**
	 * Who may change the mark: whoever may edit the item marks it; only the head of the board
	 * or an administrator removes the mark.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		$allowed = $this->get_item_permissions_check( $request );
		if ( true !== $allowed ) {
			return $allowed;
		}
		$id = (int) $request['id'];
		if ( ConfidentialFlag::is_marked( $id ) && ! rest_sanitize_boolean( $request['confidential'] ) ) {
			return $this->permit(
				current_user_can( Capabilities::UNMARK_CONFIDENTIAL, $id ),
				__( 'Only the head of the board or an administrator may remove the confidentiality mark. Ask them if the mark is wrong.', 'ttdt-portal' )
			);
		}
		return true;
	}

	/**
	 * The state.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		return rest_ensure_response( self::state( (int) $request['id'] ) );
	}

	/**
	 * Marks or unmarks.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$id     = (int) $request['id'];
		$wanted = rest_sanitize_boolean( $request['confidential'] );
		if ( $wanted !== ConfidentialFlag::is_marked( $id ) ) {
			if ( $wanted ) {
				update_post_meta( $id, ConfidentialFlag::KEY, true );
			} else {
				delete_post_meta( $id, ConfidentialFlag::KEY );
			}
		}
		if ( ConfidentialFlag::is_marked( $id ) !== $wanted ) {
			return new WP_Error( 'ttdt_confidential_not_saved', __( 'The confidentiality mark could not be changed. Reload the page and try again.', 'ttdt-portal' ), array( 'status' => 500 ) );
		}
		return rest_ensure_response( self::state( $id ) );
	}

	/**
	 * Adds the unmark link to an item or attachment for those who may remove the mark.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Response $response Response.
	 * @param WP_Post          $post     Post.
	 * @return WP_REST_Response
	 */
	public function add_link( $response, $post ) {
		if ( $response instanceof WP_REST_Response && $post instanceof WP_Post && current_user_can( Capabilities::UNMARK_CONFIDENTIAL, $post->ID ) ) {
			$response->add_link( self::UNMARK_REL, rest_url( $this->namespace . '/' . $this->rest_base . '/' . $post->ID ) );
		}
		return $response;
	}

	/**
	 * The state of a post for the current user.
	 *
	 * @param int $id Post ID.
	 * @return array<string, mixed>
	 */
	private static function state( int $id ): array {
		clean_post_cache( $id );
		return array(
			'id'           => $id,
			'confidential' => ConfidentialFlag::is_marked( $id ),
			'status'       => (string) get_post_field( 'post_status', $id, 'raw' ),
			'can_mark'     => current_user_can( 'edit_post', $id ),
			'can_unmark'   => current_user_can( Capabilities::UNMARK_CONFIDENTIAL, $id ),
		);
	}
}
