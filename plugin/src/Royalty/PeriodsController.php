<?php
/**
 * REST endpoint that finalises or marks paid a period: `ttdt/v1/royalty/periods`.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * POST `{ period, status: "final" }` locks every open line of the period; `status: "paid"`
 * then marks the finalised lines paid. POST `/royalty/stipends { year }` records the board's
 * yearly stipends. Administrators only: this is the year-end work of the one who pays.
 *
 * @since 0.1.0
 */
final class PeriodsController extends RestController {

	/**
	 * The board stipends.
	 *
	 * @var Stipends
	 */
	private Stipends $stipends;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Stipends $stipends The board stipends.
	 */
	public function __construct( Stipends $stipends ) {
		$this->stipends  = $stipends;
		$this->rest_base = 'royalty/periods';
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
			'/royalty/stipends',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'accrue_stipends' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => array(
						'year' => array(
							'description' => __( 'Fiscal year whose board stipends are recorded.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 2000,
							'maximum'     => 2100,
							'required'    => true,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Records the board stipends of a year (once per member).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function accrue_stipends( $request ) {
		$ids = $this->stipends->accrue( (int) $request['year'] );
		if ( is_wp_error( $ids ) ) {
			return $ids;
		}
		return rest_ensure_response(
			array(
				'period' => (string) (int) $request['year'],
				'lines'  => count( $ids ),
			)
		);
	}

	/**
	 * Who may close periods.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::MANAGE_ROYALTIES ),
			__( 'Only a system administrator may finalise or mark paid a period. The accountant reads and exports the statements.', 'ttdt-portal' )
		);
	}

	/**
	 * Finalises or marks paid a period.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$count = Ledger::close( (string) $request['period'], (string) $request['status'] );
		if ( is_wp_error( $count ) ) {
			return $count;
		}
		return rest_ensure_response(
			array(
				'period' => (string) $request['period'],
				'status' => (string) $request['status'],
				'lines'  => $count,
			)
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-royalty-period',
			'type'       => 'object',
			'properties' => array(
				'period' => array(
					'description' => __( 'Month (2026-03), quarter (2026-Q1) or year (2026).', 'ttdt-portal' ),
					'type'        => 'string',
					'pattern'     => Period::PATTERN,
					'required'    => true,
					'context'     => array( 'view', 'edit' ),
				),
				'status' => array(
					'description' => __( 'Finalise the period, or mark its finalised lines paid.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => array( 'final', 'paid' ),
					'required'    => true,
					'context'     => array( 'view', 'edit' ),
				),
				'lines'  => array(
					'description' => __( 'Number of lines changed.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
			),
		);
	}
}
