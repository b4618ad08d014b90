<?php
/**
 * REST endpoints of the plans: `ttdt/v1/plans`.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Audit\AuditLog;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Board members who write read the plans; those who manage plans add, change (drafts only)
 * and delete them (drafts only) and submit them; the head approves them through
 * `POST plans/<id>/transition` ({@see PlanRules}).
 *
 * @since 0.1.0
 */
final class PlansController extends PlanController {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param PlanRepository $plans Plans and topics.
	 */
	public function __construct( PlanRepository $plans ) {
		$this->plans     = $plans;
		$this->rest_base = 'plans';
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		$id = array(
			'id' => array(
				'description' => __( 'Plan ID.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);
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
				'args'   => $id,
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
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)/transition',
			array(
				'args'   => $id,
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'transition' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => array(
						'status' => array(
							'description' => __( 'New state of the plan.', 'ttdt-portal' ),
							'type'        => 'string',
							'enum'        => PlanRules::states(),
							'required'    => true,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * The plans.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$rows = $this->plans->plans( (string) ( $request['status'] ?? '' ) );
		return rest_ensure_response( array_map( fn( $row ) => $this->prepare_response_for_collection( $this->prepare_item_for_response( $row, $request ) ), $rows ) );
	}

	/**
	 * One plan.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$plan = $this->found( $request );
		return is_wp_error( $plan ) ? $plan : $this->prepare_item_for_response( $plan, $request );
	}

	/**
	 * Adds a plan, a draft.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$fields = $this->fields( $request, array() );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$id = $this->plans->insert_plan( $fields );
		if ( ! $id ) {
			return PlanErrors::not_saved();
		}
		AuditLog::record( 'plan.created', 'plan', $id, (string) $fields['title'], null, array_intersect_key( $fields, array_flip( array( 'period', 'year' ) ) ) );
		$response = $this->prepare_item_for_response( (array) $this->plans->plan( $id ), $request );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * Changes a draft plan.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$plan = $this->found( $request );
		if ( is_wp_error( $plan ) ) {
			return $plan;
		}
		$locked = PlanRules::locked( $plan );
		if ( $locked ) {
			return $locked;
		}
		$fields = $this->fields( $request, $plan );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		// Topics must stay inside the plan: a new period may not leave any of them outside.
		foreach ( $this->plans->topics( (int) $plan['id'] ) as $topic ) {
			if ( TopicCheck::problem( array_merge( $plan, $fields ), $topic ) ) {
				return new WP_Error( 'rest_invalid_param', __( 'Some topics lie outside the new period. Change their dates first, then the plan\'s period.', 'ttdt-portal' ), array( 'status' => 400 ) );
			}
		}
		$this->plans->update_plan( (int) $plan['id'], $fields );
		return $this->prepare_item_for_response( (array) $this->plans->plan( (int) $plan['id'] ), $request );
	}

	/**
	 * Deletes a draft plan with its topics.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$plan = $this->found( $request );
		if ( is_wp_error( $plan ) ) {
			return $plan;
		}
		$locked = PlanRules::locked( $plan );
		if ( $locked ) {
			return $locked;
		}
		$deleted = $this->plans->delete_plan( (int) $plan['id'] );
		if ( is_wp_error( $deleted ) ) {
			return $deleted;
		}
		AuditLog::record( 'plan.deleted', 'plan', (int) $plan['id'], (string) $plan['title'] );
		return $this->deleted( $this->prepare_item_for_response( $plan, $request ) );
	}

	/**
	 * Moves a plan to another state ({@see PlanRules::move()}).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function transition( WP_REST_Request $request ) {
		$plan = $this->found( $request );
		if ( is_wp_error( $plan ) ) {
			return $plan;
		}
		$moved = ( new PlanRules( $this->plans ) )->move( $plan, (string) $request['status'] );
		return is_wp_error( $moved ) ? $moved : $this->prepare_item_for_response( $moved, $request );
	}

	/**
	 * A plan as the client reads it.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item    Plan row.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		list( $starts, $ends ) = PlanPeriod::bounds( (string) $item['period'], (int) $item['year'] );
		$approver              = $item['approved_by'] ? get_userdata( (int) $item['approved_by'] ) : false;
		$data                  = array(
			'id'           => (int) $item['id'],
			'period'       => (string) $item['period'],
			'year'         => (int) $item['year'],
			'title'        => (string) $item['title'],
			'note'         => (string) $item['note'],
			'status'       => (string) $item['status'],
			'starts_on'    => $starts,
			'ends_on'      => $ends,
			'approved_by'  => $approver ? $approver->display_name : '',
			'approved_at'  => (string) ( $item['approved_at'] ?? '' ),
			'moves'        => PlanRules::moves( $item ),
			'editable'     => null === PlanRules::locked( $item ) && current_user_can( Capabilities::MANAGE_PLANS ),
			'topics_count' => count( $this->plans->topics( (int) $item['id'] ) ),
			'print_url'    => PlanPrint::url( (int) $item['id'] ),
		);
		$data = $this->filter_response_by_context( $data, $request['context'] ?? 'view' );
		return rest_ensure_response( $data );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return PlanSchema::plan();
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
			'status'  => array(
				'description' => __( 'Only plans in this state.', 'ttdt-portal' ),
				'type'        => 'string',
				'enum'        => PlanRules::states(),
			),
		);
	}

	/**
	 * The plan the request names, or a 404.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_Error
	 */
	private function found( WP_REST_Request $request ) {
		$plan = $this->plans->plan( (int) $request['id'] );
		return $plan ?? PlanErrors::plan_not_found();
	}

	/**
	 * The plan's fields from the request, over the current ones.
	 *
	 * @param WP_REST_Request      $request Request.
	 * @param array<string, mixed> $plan    Current plan, empty for a new one.
	 * @return array<string, mixed>|WP_Error
	 */
	private function fields( WP_REST_Request $request, array $plan ) {
		$fields = array();
		foreach ( PlanRepository::PLAN_FIELDS as $field ) {
			if ( isset( $request[ $field ] ) ) {
				$fields[ $field ] = $request[ $field ];
			}
		}
		if ( '' === trim( (string) ( $fields['title'] ?? $plan['title'] ?? '' ) ) ) {
			return PlanErrors::invalid( 'title', __( 'Enter the title of the plan.', 'ttdt-portal' ) );
		}
		return $fields + ( $plan ? array() : array( 'note' => '' ) );
	}
}
