<?php
/**
 * REST endpoints of the actions on a workflow item: `ttdt/v1/workflow/<id>/<action>`.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Access\ItemOwnership;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * - `POST /workflow/<id>/submit`   submit a draft or returned item;
 * - `POST /workflow/<id>/approve`  approve the item as seen (`fingerprint` required, `note`
 *                                  optional; `override` + `override_reason` for an
 *                                  administrator approving their own item);
 * - `POST /workflow/<id>/return`   return to the writer (`reason` required);
 * - `POST /workflow/<id>/receipt`  record how and when the manuscript came.
 *
 * Each action has its own arguments and its own permission check; each answers with the item
 * as {@see WorkflowController} shows it, so the screen needs no second request.
 *
 * @since 0.1.0
 */
final class WorkflowActionsController extends RestController {

	/**
	 * Actions.
	 *
	 * @var Transitions
	 */
	private Transitions $transitions;

	/**
	 * The item routes, which shape the answer.
	 *
	 * @var WorkflowController
	 */
	private WorkflowController $items;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Transitions        $transitions Actions.
	 * @param WorkflowController $items       The item routes.
	 */
	public function __construct( Transitions $transitions, WorkflowController $items ) {
		$this->transitions = $transitions;
		$this->items       = $items;
		$this->rest_base   = 'workflow';
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
				'schema'      => array( $this, 'get_public_item_schema' ),
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
							'validate_callback' => 'rest_validate_request_arg',
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
							'validate_callback' => 'rest_validate_request_arg',
						),
					),
				),
				'schema'      => array( $this, 'get_public_item_schema' ),
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
					'permission_callback' => array( $this, 'return_permissions_check' ),
					'args'                => array(
						'reason' => array(
							'description'       => __( 'What the writer must change.', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 2000,
							'required'          => true,
							'sanitize_callback' => 'sanitize_textarea_field',
							'validate_callback' => 'rest_validate_request_arg',
						),
					),
				),
				'schema'      => array( $this, 'get_public_item_schema' ),
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
				'schema'      => array( $this, 'get_public_item_schema' ),
			)
		);
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
		return $this->review_check( $request );
	}

	/**
	 * Returning is for moderators and publishers, never on their own item.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function return_permissions_check( $request ) {
		return $this->review_check( $request );
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
	 * Submits an item.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function submit( $request ) {
		$result = $this->transitions->submit( get_post( (int) $request['id'] ) );
		return is_wp_error( $result ) ? $result : $this->items->respond( (int) $request['id'], $request );
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
		return is_wp_error( $result ) ? $result : $this->items->respond( (int) $request['id'], $request );
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
		return is_wp_error( $result ) ? $result : $this->items->respond( (int) $request['id'], $request );
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
		return is_wp_error( $result ) ? $result : $this->items->respond( (int) $request['id'], $request );
	}

	/**
	 * Every action answers with the item.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return WorkflowSchema::item();
	}

	/**
	 * Arguments of the item routes.
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
	 * Approving and returning: for moderators and publishers, with a message of its own for
	 * someone who wrote the item.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	private function review_check( WP_REST_Request $request ) {
		$post = get_post( (int) $request['id'] );
		if ( $post && current_user_can( Capabilities::APPROVE ) && ItemOwnership::is_own( get_current_user_id(), $post->ID ) ) {
			return $this->check_item( $request, Capabilities::REVIEW_POST, __( 'You wrote this item, so you may not approve or return it yourself. Another moderator must review it.', 'ttdt-portal' ) );
		}
		return $this->check_item( $request, Capabilities::REVIEW_POST, __( 'You are not allowed to approve or return this item. Only moderators and publishers can.', 'ttdt-portal' ) );
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
		$post = WorkflowController::find( $request );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		return $this->permit( current_user_can( $cap, $post->ID ), $message );
	}
}
