<?php
/**
 * REST endpoints of a plan's progress and the plan calendar.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Quota\WeeklyQuota;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * `plan-progress/<plan>`: planned against published per topic and per member or unit, with
 * the board's weekly quota and what each member published this week (Art. 8.1) alongside.
 * `plan-calendar/<yyyy-mm>`: the topics running and the linked items published or planned in a
 * month; `plan-calendar/items/<id>`: moves a planned item to another day.
 *
 * @since 0.1.0
 */
final class ProgressController extends PlanController {

	/**
	 * The weekly quota.
	 *
	 * @var WeeklyQuota
	 */
	private WeeklyQuota $quota;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param PlanRepository $plans Plans and topics.
	 * @param WeeklyQuota    $quota The weekly quota.
	 */
	public function __construct( PlanRepository $plans, WeeklyQuota $quota ) {
		$this->plans     = $plans;
		$this->quota     = $quota;
		$this->rest_base = 'plan-progress';
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<plan>[\d]+)',
			array(
				'args'   => array(
					'plan' => array(
						'description' => __( 'Plan ID.', 'ttdt-portal' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
				),
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/plan-calendar/(?P<month>\d{4}-(?:0[1-9]|1[0-2]))',
			array(
				'args'   => array(
					'month' => array(
						'description' => __( 'Month, yyyy-mm.', 'ttdt-portal' ),
						'type'        => 'string',
						'pattern'     => '^\d{4}-(0[1-9]|1[0-2])$',
					),
				),
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_month' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_calendar_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/plan-calendar/items/(?P<id>[\d]+)',
			array(
				'args'   => array(
					'id' => array(
						'description' => __( 'Item ID.', 'ttdt-portal' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'move_item' ),
					'permission_callback' => array( $this, 'move_item_permissions_check' ),
					'args'                => array(
						'date' => array(
							'description' => __( 'The day the item is planned to be published, yyyy-mm-dd.', 'ttdt-portal' ),
							'type'        => 'string',
							'pattern'     => '^\d{4}-\d{2}-\d{2}$',
							'required'    => true,
						),
					),
				),
				'schema' => array( PlanSchema::class, 'calendar_entry' ),
			)
		);
	}

	/**
	 * Who may use the calendar's move: whoever reads the plans; whether this item moves is
	 * then its own edit permission's call ({@see PlannedDate}).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function move_item_permissions_check( $request ) {
		return $this->get_items_permissions_check( $request );
	}

	/**
	 * Moves an item not yet published to another day ({@see PlannedDate}: the item's own
	 * edit permission and status decide, there).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function move_item( WP_REST_Request $request ) {
		$moved = ( new PlannedDate() )->move( (int) $request['id'], (string) $request['date'] );
		return is_wp_error( $moved ) ? $moved : rest_ensure_response( PlanProgress::entry( $moved ) );
	}

	/**
	 * A plan's progress.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$plan_id = (int) $request['plan'];
		if ( ! $this->plans->plan( $plan_id ) ) {
			return PlanErrors::plan_not_found();
		}
		$progress  = new PlanProgress();
		$this_week = array_column( $this->quota->report( 1 )['members'], 'this_week', 'id' );
		$topics    = array_map(
			static fn( array $row ) => array(
				'id'        => $row['id'],
				'name'      => $row['title'],
				'planned'   => $row['planned'],
				'published' => $row['published'],
				'this_week' => null,
			),
			$progress->topics( $plan_id )
		);
		$members   = array_map(
			static fn( array $row ) => array(
				'id'        => $row['assignee_id'],
				'name'      => TopicsController::in_charge( $row ),
				'planned'   => $row['planned'],
				'published' => $row['published'],
				// A unit has no weekly quota; a member off the board's roster neither.
				'this_week' => isset( $this_week[ $row['assignee_id'] ] ) ? (int) $this_week[ $row['assignee_id'] ] : null,
			),
			$progress->members( $plan_id )
		);
		return rest_ensure_response(
			array(
				'plan'    => $plan_id,
				'quota'   => $this->quota->quota(),
				'topics'  => $topics,
				'members' => $members,
			)
		);
	}

	/**
	 * A month of the calendar.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_month( WP_REST_Request $request ): WP_REST_Response {
		$month = (string) $request['month'];
		return rest_ensure_response( array( 'month' => $month ) + ( new PlanProgress() )->month( $month ) );
	}

	/**
	 * Schema of the calendar route.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_calendar_schema(): array {
		return PlanSchema::calendar();
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return PlanSchema::progress();
	}
}
