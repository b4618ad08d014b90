<?php
/**
 * REST endpoints of the royalty dashboard and statements: `ttdt/v1/royalty/summary` and
 * `ttdt/v1/royalty/statement`.
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
 * Read-only figures aggregated in SQL. Everyone signed in sees their own; the accountant and
 * administrators see everyone's. The statement carries its total in words, read in PHP, so
 * the screen, the spreadsheet and the printed page say the same.
 *
 * @since 0.1.0
 */
final class ReportController extends RestController {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'royalty';
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/summary',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'summary' ),
					'permission_callback' => array( $this, 'read_permissions_check' ),
					'args'                => array(
						'year'  => array(
							'description' => __( 'Fiscal year.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 2000,
							'maximum'     => 2100,
							'required'    => true,
						),
						'payee' => array(
							'description' => __( 'Account of the payee.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 0,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/statement',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'statement' ),
					'permission_callback' => array( $this, 'read_permissions_check' ),
					'args'                => array(
						'period' => array(
							'description' => __( 'Month (2026-03), quarter (2026-Q1) or year (2026).', 'ttdt-portal' ),
							'type'        => 'string',
							'pattern'     => Period::PATTERN,
							'required'    => true,
						),
						'payee'  => array(
							'description' => __( 'Account of the payee.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 0,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Anyone signed in reads their own figures; someone else's, or everyone's, need the
	 * statements capability.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function read_permissions_check( $request ) {
		if ( current_user_can( Capabilities::VIEW_ROYALTIES ) ) {
			return true;
		}
		$payee = $request->has_param( 'payee' ) ? (int) $request['payee'] : get_current_user_id();
		return $this->permit(
			is_user_logged_in() && current_user_can( Capabilities::READ_ROYALTY_LINES, $payee ),
			__( 'You may see only your own royalties. Ask the accountant for other people\'s.', 'ttdt-portal' )
		);
	}

	/**
	 * The payee a request is limited to, or null for everyone.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return int|null
	 */
	private static function payee( $request ): ?int {
		if ( $request->has_param( 'payee' ) ) {
			return (int) $request['payee'];
		}
		return current_user_can( Capabilities::VIEW_ROYALTIES ) ? null : get_current_user_id();
	}

	/**
	 * The dashboard figures of a year.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function summary( $request ) {
		$data                  = LedgerReport::summary( (int) $request['year'], self::payee( $request ) );
		$data['type']          = 'summary';
		$data['can_manage']    = current_user_can( Capabilities::MANAGE_ROYALTIES );
		$data['can_export']    = current_user_can( Capabilities::EXPORT_ROYALTIES );
		return rest_ensure_response( $data );
	}

	/**
	 * The statement of a period: per payee, and the total in figures and words.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function statement( $request ) {
		$period = (string) $request['period'];
		$filter = array( 'months' => Period::months( $period ) );
		$payee  = self::payee( $request );
		if ( null !== $payee ) {
			$filter['payee_user_id'] = $payee;
		}
		$rows  = LedgerReport::statement( $filter );
		$total = array_sum( array_column( $rows, 'total' ) );
		return rest_ensure_response(
			array(
				'type'     => 'statement',
				'period'   => $period,
				'rows'     => $rows,
				'total'    => $total,
				'in_words' => AmountInWords::dong( $total ),
			)
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		$read = array(
			'context'  => array( 'view' ),
			'readonly' => true,
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-royalty-report',
			'type'       => 'object',
			'properties' => array(
				'type'     => array_merge( $read, array( 'type' => 'string', 'enum' => array( 'summary', 'statement' ), 'description' => __( 'Which report.', 'ttdt-portal' ) ) ),
				'year'     => array_merge( $read, array( 'type' => 'integer', 'description' => __( 'Fiscal year.', 'ttdt-portal' ) ) ),
				'period'   => array_merge( $read, array( 'type' => 'string', 'description' => __( 'Period of the statement.', 'ttdt-portal' ) ) ),
				'budget'   => array_merge( $read, array( 'type' => 'integer', 'description' => __( 'Annual budget, in VND.', 'ttdt-portal' ) ) ),
				'spent'    => array_merge( $read, array( 'type' => 'integer', 'description' => __( 'Total of the year\'s lines, in VND.', 'ttdt-portal' ) ) ),
				'unpaid'   => array_merge( $read, array( 'type' => 'integer', 'description' => __( 'Total not paid yet, in VND.', 'ttdt-portal' ) ) ),
				'months'   => array_merge( $read, array( 'type' => 'array', 'description' => __( 'Totals per month.', 'ttdt-portal' ) ) ),
				'genres'   => array_merge( $read, array( 'type' => 'array', 'description' => __( 'Totals per genre.', 'ttdt-portal' ) ) ),
				'top'      => array_merge( $read, array( 'type' => 'array', 'description' => __( 'Top payees.', 'ttdt-portal' ) ) ),
				'rows'     => array_merge( $read, array( 'type' => 'array', 'description' => __( 'One row per payee.', 'ttdt-portal' ) ) ),
				'total'    => array_merge( $read, array( 'type' => 'integer', 'description' => __( 'Total of the statement, in VND.', 'ttdt-portal' ) ) ),
				'in_words' => array_merge( $read, array( 'type' => 'string', 'description' => __( 'The total in Vietnamese words.', 'ttdt-portal' ) ) ),
				'can_manage' => array_merge( $read, array( 'type' => 'boolean', 'description' => __( 'Whether the user may change lines and periods.', 'ttdt-portal' ) ) ),
				'can_export' => array_merge( $read, array( 'type' => 'boolean', 'description' => __( 'Whether the user may export statements.', 'ttdt-portal' ) ) ),
			),
		);
	}
}
