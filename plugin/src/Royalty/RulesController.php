<?php
/**
 * REST endpoint of the royalty rules: `ttdt/v1/royalty/rules/<year>`.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Audit\AuditLog;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * GET reads a fiscal year's rules (those who read royalty statements); PUT changes them
 * (administrators only, {@see Capabilities::MANAGE_ROYALTY_RULES}). Saving never touches the
 * ledger: amounts already recorded stay as they are.
 *
 * @since 0.1.0
 */
final class RulesController extends RestController {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'royalty/rules';
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<year>[\d]{4})',
			array(
				'args'   => array(
					'year' => array(
						'description' => __( 'Fiscal year.', 'ttdt-portal' ),
						'type'        => 'integer',
						'minimum'     => 2000,
						'maximum'     => 2100,
					),
				),
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Who may read the rules.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::VIEW_ROYALTIES ) || current_user_can( Capabilities::MANAGE_ROYALTY_RULES ),
			__( 'You are not allowed to see the royalty rules. Ask the accountant or a system administrator.', 'ttdt-portal' )
		);
	}

	/**
	 * Who may change the rules.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::MANAGE_ROYALTY_RULES ),
			__( 'Only a system administrator may change the royalty rules. Ask them to make the change.', 'ttdt-portal' )
		);
	}

	/**
	 * Returns a year's rules.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		return $this->prepare_item_for_response( RoyaltyRules::for_year( (int) $request['year'] ), $request );
	}

	/**
	 * Changes a year's rules.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$year    = (int) $request['year'];
		$changes = array();
		foreach ( array_keys( RoyaltyRules::defaults( $year ) ) as $key ) {
			if ( 'year' !== $key && $request->has_param( $key ) ) {
				$changes[ $key ] = $request[ $key ];
			}
		}
		$valid = self::validate( $changes );
		if ( is_wp_error( $valid ) ) {
			return $valid;
		}
		$before = RoyaltyRules::for_year( $year );
		$after  = RoyaltyRules::save( $year, $changes );
		/* translators: %d: fiscal year. */
		AuditLog::record( 'royalty.rules', 'royalty_rules', $year, sprintf( __( 'Royalty rules for %d', 'ttdt-portal' ), $year ), array_intersect_key( $before, $changes ), array_intersect_key( $after, $changes ) );

		$request->set_param( 'context', 'edit' );
		return $this->prepare_item_for_response( $after, $request );
	}

	/**
	 * What the schema cannot say: keys and dates unique within their list.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $changes Changed rules.
	 * @return true|WP_Error
	 */
	public static function validate( array $changes ) {
		foreach ( array( 'genres', 'grades' ) as $list ) {
			if ( isset( $changes[ $list ] ) && count( array_unique( array_column( $changes[ $list ], 'key' ) ) ) !== count( $changes[ $list ] ) ) {
				return self::refused( 'ttdt_royalty_rules_key', $list, __( 'Two genres or two grades have the same key. Give each a different key.', 'ttdt-portal' ) );
			}
		}
		foreach ( array( 'base_wage', 'day_divisor', 'unit_value' ) as $list ) {
			if ( isset( $changes[ $list ] ) && count( array_unique( array_column( $changes[ $list ], 'from' ) ) ) !== count( $changes[ $list ] ) ) {
				return self::refused( 'ttdt_royalty_rules_date', $list, __( 'Two values of the same figure start on the same date. Keep one value per date.', 'ttdt-portal' ) );
			}
		}
		if ( isset( $changes['day_divisor'] ) && max( array_column( $changes['day_divisor'], 'value' ) ) > 31 ) {
			return self::refused( 'ttdt_royalty_rules_divisor', 'day_divisor', __( 'A month has at most 31 days. Enter the number of working days in a month, e.g. 22.', 'ttdt-portal' ) );
		}
		return true;
	}

	/**
	 * A refusal that names its field the way WordPress names refused parameters
	 * (`data.params`), so the form shows the reason under that field.
	 *
	 * @param string $code    Error code.
	 * @param string $field   The rule refused.
	 * @param string $message Why, and what to do.
	 * @return WP_Error
	 */
	private static function refused( string $code, string $field, string $message ): WP_Error {
		return new WP_Error(
			$code,
			$message,
			array(
				'status' => 400,
				'params' => array( $field => $message ),
			)
		);
	}

	/**
	 * Shapes the rules for the response.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item    Rules.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$year             = (int) $item['year'];
		$item['saved']    = RoyaltyRules::is_saved( $year );
		$today            = current_datetime()->format( 'Y-m-d' );
		$item['day_cap']  = RoyaltyCalculator::day_cap( $item, substr( $today, 0, 4 ) === (string) $year ? $today : $year . '-12-31' );
		$context          = ! empty( $request['context'] ) ? $request['context'] : 'view';
		$response         = rest_ensure_response( $this->filter_response_by_context( $item, $context ) );
		$actions          = current_user_can( Capabilities::MANAGE_ROYALTY_RULES ) ? array( 'manage-royalty-rules' => $this->item_url( $year ) ) : array();
		$response->add_links( $this->item_links( $year, $actions ) );
		return $response;
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return RulesSchema::rules();
	}
}
