<?php
/**
 * REST endpoints of the approval workflow: `ttdt/v1/workflow`.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Access\ItemOwnership;
use Ttdt\Support\Hookable;
use WP_Error;
use WP_Post;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * - `GET  /workflow`                 the review queue (items in review or returned);
 * - `GET  /workflow/<id>`            one item's state, receipt, deadline, history and allowed actions;
 * - `POST /workflow/<id>/submit`     submit a draft or returned item;
 * - `POST /workflow/<id>/approve`    approve the item as seen (`fingerprint` required, `note`
 *                                    optional; `override` + `override_reason` for an
 *                                    administrator approving their own item);
 * - `POST /workflow/<id>/return`     return to the writer (`reason` required);
 * - `POST /workflow/<id>/receipt`    record how and when the manuscript came;
 * - `GET  /workflow/reminders`       when the overdue reminder runs next by itself;
 * - `POST /workflow/reminders`       send the overdue reminder now.
 *
 * @since 0.1.0
 */
final class WorkflowController extends WP_REST_Controller implements Hookable {

	/**
	 * Most items in the queue response; the screen filters and pages them itself.
	 *
	 * @var int
	 */
	private const QUEUE_LIMIT = 500;

	/**
	 * Actions.
	 *
	 * @var Transitions
	 */
	private Transitions $transitions;

	/**
	 * Item view.
	 *
	 * @var WorkflowItem
	 */
	private WorkflowItem $items;

	/**
	 * Overdue reminder.
	 *
	 * @var OverdueReminder
	 */
	private OverdueReminder $reminder;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Transitions     $transitions Actions.
	 * @param WorkflowItem    $items       Item view.
	 * @param OverdueReminder $reminder    Overdue reminder.
	 */
	public function __construct( Transitions $transitions, WorkflowItem $items, OverdueReminder $reminder ) {
		$this->transitions = $transitions;
		$this->items       = $items;
		$this->reminder    = $reminder;
		$this->namespace   = 'ttdt/v1';
		$this->rest_base   = 'workflow';
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
		$id = $this->id_args();
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
				'args'   => $id,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)/submit',
			array(
				'args'        => $id,
				'allow_batch' => array( 'v1' => true ),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'submit' ),
					'permission_callback' => array( $this, 'submit_permissions_check' ),
					'args'                => array(),
				),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)/approve',
			array(
				'args'        => $id,
				'allow_batch' => array( 'v1' => true ),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'approve' ),
					'permission_callback' => array( $this, 'approve_permissions_check' ),
					'args'                => array(
						'fingerprint'     => array(
							'description' => __( 'The fingerprint of the item as the moderator saw it (the item\'s `fingerprint`); if the item changed since, it is not approved.', 'ttdt-portal' ),
							'type'        => 'string',
							'pattern'     => '^[0-9a-f]{64}$',
							'required'    => true,
						),
						'note'            => array(
							'description'       => __( 'Comment for the writer.', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 2000,
							'default'           => '',
							'sanitize_callback' => 'sanitize_textarea_field',
						),
						'override'        => array(
							'description' => __( 'An administrator approves an item they wrote themselves, overriding separation of duties (needs a reason; recorded in the audit log).', 'ttdt-portal' ),
							'type'        => 'boolean',
							'default'     => false,
						),
						'override_reason' => array(
							'description'       => __( 'Why the administrator approves their own item.', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 2000,
							'default'           => '',
							'sanitize_callback' => 'sanitize_textarea_field',
						),
					),
				),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)/return',
			array(
				'args'        => $id,
				'allow_batch' => array( 'v1' => true ),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'return_item' ),
					'permission_callback' => array( $this, 'review_permissions_check' ),
					'args'                => array(
						'reason' => array(
							'description'       => __( 'What the writer must change.', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 2000,
							'required'          => true,
							'sanitize_callback' => 'sanitize_textarea_field',
						),
					),
				),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)/receipt',
			array(
				'args'        => $id,
				'allow_batch' => array( 'v1' => true ),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'record_receipt' ),
					'permission_callback' => array( $this, 'receipt_permissions_check' ),
					'args'                => array(
						'received_at'  => array(
							'description' => __( 'Receipt date (YYYY-MM-DD) or time (ISO 8601).', 'ttdt-portal' ),
							'type'        => 'string',
							'pattern'     => WorkflowMeta::RECEIVED_AT_PATTERN,
							'minLength'   => 10,
							'required'    => true,
						),
						'received_via' => array(
							'description' => __( 'How the manuscript was received.', 'ttdt-portal' ),
							'type'        => 'string',
							'enum'        => WorkflowMeta::CHANNELS,
							'required'    => true,
						),
					),
				),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/reminders',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_reminders' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => array(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'send_reminders' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => array(),
				),
			)
		);
	}

	/**
	 * Arguments of the item routes.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function id_args(): array {
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
		return current_user_can( Capabilities::APPROVE ) ? true : self::forbidden( __( 'Only moderators and publishers may see the review queue.', 'ttdt-portal' ) );
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
		return $this->check_item( $request, 'edit_post', __( 'You are not allowed to see the approval of this item.', 'ttdt-portal' ) );
	}

	/**
	 * Whoever may edit an item may submit it.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function submit_permissions_check( $request ) {
		return $this->check_item( $request, 'edit_post', __( 'You are not allowed to submit this item. Only its writer and the editorial staff can.', 'ttdt-portal' ) );
	}

	/**
	 * Approving and returning is for moderators and publishers.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function review_permissions_check( $request ) {
		$post = get_post( (int) $request['id'] );
		if ( $post && current_user_can( Capabilities::APPROVE ) && ItemOwnership::is_own( get_current_user_id(), $post->ID ) ) {
			return $this->check_item( $request, Capabilities::REVIEW_POST, __( 'You wrote this item, so you may not approve or return it yourself. Another moderator must review it.', 'ttdt-portal' ) );
		}
		return $this->check_item( $request, Capabilities::REVIEW_POST, __( 'You are not allowed to approve or return this item. Only moderators and publishers can.', 'ttdt-portal' ) );
	}

	/**
	 * Approving is for moderators and publishers, never on their own item; an administrator's
	 * override is asked for explicitly.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function approve_permissions_check( $request ) {
		if ( ! empty( $request['override'] ) ) {
			return $this->check_item( $request, Capabilities::OVERRIDE_APPROVAL, __( 'Only an administrator may approve an item they wrote themselves. Ask another moderator to approve it.', 'ttdt-portal' ) );
		}
		return $this->review_permissions_check( $request );
	}

	/**
	 * Recording a receipt is for the staff who enter manuscripts.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function receipt_permissions_check( $request ) {
		return $this->check_item( $request, Capabilities::RECORD_RECEIPT, __( 'You are not allowed to record how this item was received. Ask the editorial staff.', 'ttdt-portal' ) );
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
	 * Submits an item.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function submit( $request ) {
		$result = $this->transitions->submit( get_post( (int) $request['id'] ) );
		return is_wp_error( $result ) ? $result : $this->respond( (int) $request['id'], $request );
	}

	/**
	 * Approves an item.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function approve( $request ) {
		$result = $this->transitions->approve(
			get_post( (int) $request['id'] ),
			get_current_user_id(),
			(string) $request['note'],
			(string) $request['fingerprint'],
			empty( $request['override'] ) ? null : (string) $request['override_reason']
		);
		return is_wp_error( $result ) ? $result : $this->respond( (int) $request['id'], $request );
	}

	/**
	 * Returns an item to its writer.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function return_item( $request ) {
		$result = $this->transitions->return_item( get_post( (int) $request['id'] ), (string) $request['reason'] );
		return is_wp_error( $result ) ? $result : $this->respond( (int) $request['id'], $request );
	}

	/**
	 * Records a receipt.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function record_receipt( $request ) {
		$result = $this->transitions->record_receipt( get_post( (int) $request['id'] ), (string) $request['received_at'], (string) $request['received_via'] );
		return is_wp_error( $result ) ? $result : $this->respond( (int) $request['id'], $request );
	}

	/**
	 * When the overdue reminder runs next by itself.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_reminders( $request ) {
		return rest_ensure_response( array( 'next_run' => OverdueReminder::next_run() ) );
	}

	/**
	 * Sends the overdue reminder now.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function send_reminders( $request ) {
		return rest_ensure_response(
			array(
				'notified' => $this->reminder->run(),
				'next_run' => OverdueReminder::next_run(),
			)
		);
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
	 * The item schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( ! $this->schema ) {
			$this->schema = WorkflowItem::schema();
		}
		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * The response for one item, read afresh.
	 *
	 * @param int             $post_id Post ID.
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	private function respond( int $post_id, WP_REST_Request $request ): WP_REST_Response {
		clean_post_cache( $post_id );
		return $this->prepare_item_for_response( $this->items->prepare( get_post( $post_id ) ), $request );
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
				'post_type'        => WorkflowState::POST_TYPE,
				'posts_per_page'   => self::QUEUE_LIMIT,
				'orderby'          => 'date',
				'order'            => 'ASC',
				'suppress_filters' => true,
			)
		);
	}

	/**
	 * Checks a capability on the item of the request: 404 when there is no such item, 401 for
	 * visitors, 403 for users without the capability.
	 *
	 * @param WP_REST_Request $request Request.
	 * @param string          $cap     Meta capability checked with the post ID.
	 * @param string          $message What to tell a user without it.
	 * @return true|WP_Error
	 */
	private function check_item( WP_REST_Request $request, string $cap, string $message ) {
		$post = get_post( (int) $request['id'] );
		if ( ! WorkflowState::applies_to( $post ) || 'trash' === $post->post_status ) {
			return new WP_Error( 'rest_post_invalid_id', __( 'There is no such item. It may have been deleted.', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		return current_user_can( $cap, $post->ID ) ? true : self::forbidden( $message );
	}

	/**
	 * The refusal: 401 for visitors, 403 for users.
	 *
	 * @param string $message What to tell the user.
	 * @return WP_Error
	 */
	private static function forbidden( string $message ): WP_Error {
		return new WP_Error( 'ttdt_rest_forbidden', $message, array( 'status' => rest_authorization_required_code() ) );
	}
}
