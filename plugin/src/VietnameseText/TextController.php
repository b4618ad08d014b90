<?php
/**
 * REST endpoints converting legacy-encoded Vietnamese text: `ttdt/v1/text/convert` and
 * `ttdt/v1/text/fix-post/<id>`.
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use WP_Error;
use WP_Post;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * `convert` turns any text into Unicode for people who write content; `fix-post` converts a
 * stored post in place for whoever may edit that post.
 *
 * @since 0.1.0
 */
final class TextController extends WP_REST_Controller implements Hookable {

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
		$this->namespace = 'ttdt/v1';
		$this->rest_base = 'text';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
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
		if ( current_user_can( 'edit_posts' ) ) {
			return true;
		}
		return new WP_Error(
			'ttdt_rest_forbidden',
			__( 'You are not allowed to convert text. Sign in with an account that writes content.', 'ttdt-portal' ),
			array( 'status' => rest_authorization_required_code() )
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
		if ( current_user_can( 'edit_post', $post->ID ) ) {
			return true;
		}
		return new WP_Error(
			'ttdt_rest_forbidden',
			__( 'You are not allowed to edit this item, so its text cannot be converted.', 'ttdt-portal' ),
			array( 'status' => rest_authorization_required_code() )
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
	public function get_item_schema() {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-text-conversion',
			'type'       => 'object',
			'properties' => array(
				'text'     => array(
					'description' => __( 'Text to convert; in the response, the text in Unicode NFC.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'edit' ),
					'required'    => true,
					'maxLength'   => self::MAX_LENGTH,
				),
				'encoding' => array(
					'description' => __( 'Legacy encoding to convert from (detected when absent); in the response, the encoding converted from, or null when the text was already Unicode.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'enum'        => array( 'tcvn3', 'vni', null ),
					'context'     => array( 'edit' ),
				),
				'id'       => array(
					'description' => __( 'ID of the converted item.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'edit' ),
					'readonly'    => true,
				),
				'fields'   => array(
					'description' => __( 'Fields and meta keys of the item that were converted.', 'ttdt-portal' ),
					'type'        => 'array',
					'items'       => array( 'type' => 'string' ),
					'context'     => array( 'edit' ),
					'readonly'    => true,
				),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
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
