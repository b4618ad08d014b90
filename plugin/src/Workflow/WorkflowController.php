<?php
/**
 * REST endpoints of the approval workflow's items: `ttdt/v1/workflow`.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemTypes;
use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_Post;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * - `GET /workflow`       the review queue (items in review or returned);
 * - `GET /workflow/<id>`  one item's state, receipt, deadline, history and allowed actions.
 *
 * The actions on an item are {@see WorkflowActionsController}'s, the overdue reminder is
 * {@see WorkflowRemindersController}'s; both answer with the item as shown here.
 *
 * @since 0.1.0
 */
final class WorkflowController extends RestController {

	/**
	 * Most items in the queue response; the screen filters and pages them itself.
	 *
	 * @var int
	 */
	private const QUEUE_LIMIT = 500;

	/**
	 * Item view.
	 *
	 * @var WorkflowItem
	 */
	private WorkflowItem $items;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param WorkflowItem $items Item view.
	 */
	public function __construct( WorkflowItem $items ) {
		$this->items     = $items;
		$this->rest_base = 'workflow';
	}

	/**
	 * Registers the routes.
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
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => array(
						'state' => array(
							'description' => __( 'Limit the queue to items in these states.', 'ttdt-portal' ),
							'type'        => 'array',
							'items'       => array(
								'type' => 'string',
								'enum' => array( WorkflowState::SUBMITTED, WorkflowState::APPROVED, WorkflowState::RETURNED ),
							),
							'default'     => array( WorkflowState::SUBMITTED, WorkflowState::APPROVED, WorkflowState::RETURNED ),
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)',
			array(
				'args'   => $this->id_args(),
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Arguments of the item route.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function id_args(): array {
		return array(
			'id' => array(
				'description' => __( 'Item ID.', 'ttdt-portal' ),
				'type'        => 'integer',
			),
		);
	}

	/**
	 * The queue is for those who may approve.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return $this->permit( current_user_can( Capabilities::APPROVE ), __( 'Only moderators and publishers may see the review queue.', 'ttdt-portal' ) );
	}

	/**
	 * An item's workflow is for those who may edit it.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		$post = self::find( $request );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		return $this->permit( current_user_can( 'edit_post', $post->ID ), __( 'You are not allowed to see the approval of this item.', 'ttdt-portal' ) );
	}

	/**
	 * The review queue.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$states = (array) $request['state'];
		$posts  = array();
		if ( array_intersect( $states, array( WorkflowState::SUBMITTED, WorkflowState::APPROVED ) ) ) {
			$posts = $this->query( array( 'post_status' => 'pending' ) );
		}
		if ( in_array( WorkflowState::RETURNED, $states, true ) ) {
			$posts = array_merge(
				$posts,
				$this->query(
					array(
						'post_status' => 'draft',
						'meta_key'    => WorkflowMeta::RETURNED, // phpcs:ignore WordPress.DB.SlowDBQuery -- only returned items.
					)
				)
			);
		}

		$data = array();
		foreach ( $posts as $post ) {
			$item = $this->items->prepare( $post );
			if ( in_array( $item['state'], $states, true ) ) {
				$data[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $item, $request ) );
			}
		}
		return rest_ensure_response( $data );
	}

	/**
	 * One item.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		return $this->respond( (int) $request['id'], $request );
	}

	/**
	 * Shapes an item for the response.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item    Item from `WorkflowItem::prepare()`.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$data     = $this->filter_response_by_context( $item, $request['context'] ?? 'view' );
		$response = rest_ensure_response( $data );
		$response->add_link( 'about', rest_url( 'wp/v2/posts/' . $item['id'] ), array( 'embeddable' => false ) );
		return $response;
	}

	/**
	 * The response for one item, read afresh (after an action changed it).
	 *
	 * @since 0.1.0
	 *
	 * @param int             $post_id Post ID.
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function respond( int $post_id, WP_REST_Request $request ): WP_REST_Response {
		clean_post_cache( $post_id );
		return $this->prepare_item_for_response( $this->items->prepare( get_post( $post_id ) ), $request );
	}

	/**
	 * The workflow item of a request, or the 404 every item route answers for one that does
	 * not exist, is not of the workflow's post type or is in the trash.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request with an `id`.
	 * @return WP_Post|WP_Error
	 */
	public static function find( WP_REST_Request $request ) {
		$post = get_post( (int) $request['id'] );
		if ( ! WorkflowState::applies_to( $post ) || 'trash' === $post->post_status ) {
			return new WP_Error( 'rest_post_invalid_id', __( 'There is no such item. It may have been deleted.', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		return $post;
	}

	/**
	 * The item schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return WorkflowSchema::item();
	}

	/**
	 * Items of the workflow's post type.
	 *
	 * @param array<string, mixed> $args Query arguments.
	 * @return WP_Post[]
	 */
	private function query( array $args ): array {
		return get_posts(
			$args + array(
				'post_type'        => ItemTypes::all(),
				'posts_per_page'   => self::QUEUE_LIMIT,
				'orderby'          => 'date',
				'order'            => 'ASC',
				'suppress_filters' => true,
			)
		);
	}
}
