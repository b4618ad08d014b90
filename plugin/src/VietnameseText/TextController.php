<?php
/**
 * REST endpoints converting legacy-encoded Vietnamese text: `ttdt/v1/text/convert` and
 * `ttdt/v1/text/fix-post/<id>`.
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\RestController;
use WP_Error;
use WP_Post;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * `convert` turns any text into Unicode for people who write content; `fix-post` converts a
 * stored post in place for whoever may edit that post.
 *
 * @since 0.1.0
 */
final class TextController extends RestController {

	/**
	 * Longest text the conversion route takes, in characters: about 500 pages, far more than
	 * any item or Word file a commune publishes, and what the legacy-text budget (≤ 1 s, ≤ 64 MB;
	 * scripts/bench/legacy-text.php) is measured at.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const MAX_LENGTH = 1000000;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'text';
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/convert',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'convert' ),
					'permission_callback' => array( $this, 'convert_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/fix-post/(?P<id>[\d]+)',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'fix_post' ),
					'permission_callback' => array( $this, 'fix_post_permissions_check' ),
					'args'                => array(
						'id' => array(
							'description' => __( 'ID of the item whose text is converted.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * People who write content may convert text.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function convert_permissions_check( $request ) {
		return $this->permit(
			current_user_can( 'edit_posts' ),
			__( 'You are not allowed to convert text. Sign in with an account that writes content.', 'ttdt-portal' )
		);
	}

	/**
	 * Converting a post's text changes the post: it takes the right to edit that post.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function fix_post_permissions_check( $request ) {
		$post = $this->get_post( (int) $request['id'] );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		return $this->permit(
			current_user_can( 'edit_post', $post->ID ),
			__( 'You are not allowed to edit this item, so its text cannot be converted.', 'ttdt-portal' )
		);
	}

	/**
	 * Converts the text sent.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function convert( $request ) {
		$result = LegacyText::convert( (string) $request['text'], $request['encoding'] ?? null );
		return $this->prepare_item_for_response( $result, $request );
	}

	/**
	 * Converts a stored post's text.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function fix_post( $request ) {
		$post = $this->get_post( (int) $request['id'] );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$result = PostTextFixer::fix( $post );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return $this->prepare_item_for_response( array( 'id' => $post->ID ) + $result, $request );
	}

	/**
	 * Shapes a result.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item    Result.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$data = array_intersect_key( $item, $this->get_item_schema()['properties'] );
		return rest_ensure_response( $this->filter_response_by_context( $data, 'edit' ) );
	}

	/**
	 * The conversion schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return TextSchema::conversion();
	}

	/**
	 * The post with that ID, or a 404 error.
	 *
	 * @param int $id Post ID.
	 * @return WP_Post|WP_Error
	 */
	private function get_post( int $id ) {
		$post = get_post( $id );
		if ( ! $post instanceof WP_Post ) {
			return new WP_Error(
				'ttdt_rest_post_invalid_id',
				__( 'This item does not exist. Check the link or reload the list.', 'ttdt-portal' ),
				array( 'status' => 404 )
			);
		}
		return $post;
	}
}
