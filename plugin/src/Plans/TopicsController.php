<?php
/**
 * REST endpoints of the plan topics: `ttdt/v1/plan-topics`.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * The topics of one plan (`?plan=<id>`), or, without a plan, the topics of the approved plans
 * (the editor's choice of topic for an item). Topics change only while their plan is a draft.
 *
 * @since 0.1.0
 */
final class TopicsController extends PlanController {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param PlanRepository $plans Plans and topics.
	 */
	public function __construct( PlanRepository $plans ) {
		$this->plans     = $plans;
		$this->rest_base = 'plan-topics';
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
					'args'                => $this->get_collection_params(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)',
			array(
				'args'   => array(
					'id' => array(
						'description' => __( 'Topic ID.', 'ttdt-portal' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
				),
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * The topics of a plan, or of the approved plans.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$titles = array_column( $this->plans->plans(), 'title', 'id' );
		$rows   = array();
		foreach ( $this->plans->topics( (int) ( $request['plan'] ?? 0 ) ) as $topic ) {
			$topic['plan_title'] = (string) ( $titles[ $topic['plan_id'] ] ?? '' );
			$rows[]              = $this->prepare_response_for_collection( $this->prepare_item_for_response( $topic, $request ) );
		}
		return rest_ensure_response( $rows );
	}

	/**
	 * One topic.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$topic = $this->found( (int) $request['id'] );
		return is_wp_error( $topic ) ? $topic : $this->prepare_item_for_response( $topic, $request );
	}

	/**
	 * Adds a topic to a draft plan.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$plan = $this->plans->plan( (int) $request['plan_id'] );
		if ( ! $plan ) {
			return PlanErrors::plan_not_found();
		}
		$fields = $this->checked( $plan, $request, array() );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$id = $this->plans->insert_topic( (int) $plan['id'], $fields );
		if ( ! $id ) {
			return new WP_Error( 'ttdt_plan_database', __( 'The topic could not be saved. Try again in a moment.', 'ttdt-portal' ), array( 'status' => 503 ) );
		}
		$response = $this->prepare_item_for_response( (array) $this->plans->topic( $id ), $request );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * Changes a topic of a draft plan.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$topic = $this->found( (int) $request['id'] );
		if ( is_wp_error( $topic ) ) {
			return $topic;
		}
		$fields = $this->checked( (array) $this->plans->plan( (int) $topic['plan_id'] ), $request, $topic );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$this->plans->update_topic( (int) $topic['id'], $fields );
		return $this->prepare_item_for_response( (array) $this->plans->topic( (int) $topic['id'] ), $request );
	}

	/**
	 * Deletes a topic of a draft plan.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$topic = $this->found( (int) $request['id'] );
		if ( is_wp_error( $topic ) ) {
			return $topic;
		}
		$locked = PlanRules::locked( (array) $this->plans->plan( (int) $topic['plan_id'] ) );
		if ( $locked ) {
			return $locked;
		}
		$this->plans->delete_topic( (int) $topic['id'] );
		return $this->deleted( $this->prepare_item_for_response( $topic, $request ) );
	}

	/**
	 * A topic as the client reads it.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item    Topic row.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$data = array(
			'id'            => (int) $item['id'],
			'plan_id'       => (int) $item['plan_id'],
			'title'         => (string) $item['title'],
			'target'        => (int) $item['target'],
			'starts_on'     => (string) $item['starts_on'],
			'ends_on'       => (string) $item['ends_on'],
			'assignee_id'   => (int) $item['assignee_id'],
			'unit_id'       => (int) $item['unit_id'],
			'note'          => (string) $item['note'],
			'assignee_name' => self::in_charge( $item ),
			'plan_title'    => (string) ( $item['plan_title'] ?? '' ),
		);
		return rest_ensure_response( $this->filter_response_by_context( $data, $request['context'] ?? 'view' ) );
	}

	/**
	 * Name of the member and/or unit in charge of a topic.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $topic Topic row.
	 * @return string
	 */
	public static function in_charge( array $topic ): string {
		$names = array();
		$user  = $topic['assignee_id'] ? get_userdata( (int) $topic['assignee_id'] ) : false;
		if ( $user ) {
			$names[] = $user->display_name;
		}
		if ( $topic['unit_id'] ) {
			$names[] = get_the_title( (int) $topic['unit_id'] );
		}
		return implode( ' – ', array_filter( $names ) );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return PlanSchema::topic();
	}

	/**
	 * Filters of the list.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return array(
			'context' => $this->get_context_param( array( 'default' => 'view' ) ),
			'plan'    => array(
				'description' => __( 'Topics of this plan; without it, the topics of the approved plans.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'default'     => 0,
			),
		);
	}

	/**
	 * The topic, or a 404.
	 *
	 * @param int $id Topic ID.
	 * @return array<string, mixed>|WP_Error
	 */
	private function found( int $id ) {
		return $this->plans->topic( $id ) ?? new WP_Error( 'ttdt_plan_topic_not_found', __( 'This topic does not exist (it may have been deleted). Reload the plan.', 'ttdt-portal' ), array( 'status' => 404 ) );
	}

	/**
	 * The topic's values after the change, checked against its plan (a draft).
	 *
	 * @param array<string, mixed> $plan    Plan row.
	 * @param WP_REST_Request      $request Request.
	 * @param array<string, mixed> $topic   Current topic, empty for a new one.
	 * @return array<string, mixed>|WP_Error
	 */
	private function checked( array $plan, WP_REST_Request $request, array $topic ) {
		$locked = PlanRules::locked( $plan );
		if ( $locked ) {
			return $locked;
		}
		$fields = array();
		foreach ( PlanRepository::TOPIC_FIELDS as $field ) {
			if ( isset( $request[ $field ] ) ) {
				$fields[ $field ] = $request[ $field ];
			}
		}
		$problem = TopicCheck::problem( $plan, array_merge( $topic, $fields ) );
		return $problem ?? $fields;
	}
}
