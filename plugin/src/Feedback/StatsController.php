<?php
/**
 * REST endpoint of the feedback statistics: `ttdt/v1/feedback/stats`.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

/**
 * Aggregates only, no personal data; still kept to those who handle feedback, whose work
 * they measure. Also registers the statistics screen.
 *
 * @since 0.1.0
 */
final class StatsController extends RestController {

	/**
	 * Statistics.
	 *
	 * @var FeedbackStats
	 */
	private FeedbackStats $stats;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param FeedbackStats $stats Statistics.
	 */
	public function __construct( FeedbackStats $stats ) {
		$this->rest_base = 'feedback/stats';
		$this->stats     = $stats;
	}

	/**
	 * Registers the route.
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
						'from' => array(
							'description' => __( 'First day of the period (received), YYYY-MM-DD; default: a year ago.', 'ttdt-portal' ),
							'type'        => 'string',
							'pattern'     => '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
						),
						'to'   => array(
							'description' => __( 'Last day of the period, YYYY-MM-DD; default: today.', 'ttdt-portal' ),
							'type'        => 'string',
							'pattern'     => '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Needs `ttdt_handle_feedback`.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::HANDLE_FEEDBACK ),
			__( 'You are not allowed to read citizens\' feedback. Ask the head of the editorial board for the moderator or publisher level.', 'ttdt-portal' )
		);
	}

	/**
	 * The report of a period.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		$today = current_datetime();
		$to    = (string) ( $request['to'] ?? $today->format( 'Y-m-d' ) );
		$from  = (string) ( $request['from'] ?? $today->modify( '-1 year' )->modify( '+1 day' )->format( 'Y-m-d' ) );
		if ( $from > $to ) {
			return new WP_Error( 'ttdt_stats_period', __( 'The first day comes after the last one. Swap the two dates.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		return rest_ensure_response( array( 'from' => $from, 'to' => $to ) + $this->stats->report( $from, $to ) );
	}

	/**
	 * Schema of the report.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return self::report_schema();
	}

	/**
	 * Schema of the report (static, so the TypeScript type is generated from it).
	 *
	 * @since 0.1.0
	 * @contract FeedbackStatsReport
	 *
	 * @return array<string, mixed>
	 */
	public static function report_schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-feedback-stats',
			'type'       => 'object',
			'properties' => array(
				'from' => array(
					'description' => __( 'First day of the period.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'to' => array(
					'description' => __( 'Last day of the period.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'total' => array(
					'description' => __( 'Items received in the period.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'answered' => array(
					'description' => __( 'Of them, items answered.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'by_status' => array(
					'description' => __( 'Counts by status.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'key'      => array( 'type' => 'string' ),
							'label'    => array( 'type' => 'string' ),
							'count'    => array( 'type' => 'integer' ),
							'answered' => array( 'type' => 'integer' ),
						),
					),
				),
				'by_type' => array(
					'description' => __( 'Counts by type.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'key'      => array( 'type' => 'string' ),
							'label'    => array( 'type' => 'string' ),
							'count'    => array( 'type' => 'integer' ),
							'answered' => array( 'type' => 'integer' ),
						),
					),
				),
				'by_unit' => array(
					'description' => __( 'Counts by unit.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'key'      => array( 'type' => 'string' ),
							'label'    => array( 'type' => 'string' ),
							'count'    => array( 'type' => 'integer' ),
							'answered' => array( 'type' => 'integer' ),
						),
					),
				),
				'by_month' => array(
					'description' => __( 'Counts by month received, with those answered.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'key'      => array( 'type' => 'string' ),
							'label'    => array( 'type' => 'string' ),
							'count'    => array( 'type' => 'integer' ),
							'answered' => array( 'type' => 'integer' ),
						),
					),
				),
				'median_hours' => array(
					'description' => __( 'Median time to answer, in hours.', 'ttdt-portal' ),
					'type'        => array( 'number', 'null' ),
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'p90_hours' => array(
					'description' => __( '90th percentile of the time to answer, in hours.', 'ttdt-portal' ),
					'type'        => array( 'number', 'null' ),
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'within_deadline' => array(
					'description' => __( 'Share of the answered items answered within their deadline, 0 to 1.', 'ttdt-portal' ),
					'type'        => array( 'number', 'null' ),
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
			),
		);
	}
}
