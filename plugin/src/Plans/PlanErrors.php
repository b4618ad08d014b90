<?php
/**
 * The refusals the plan routes share.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use WP_Error;

/**
 * One wording per refusal, so the plans, topics, progress and print say the same thing.
 *
 * @since 0.1.0
 */
final class PlanErrors {

	/**
	 * What to tell someone who may not read the plans.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function cannot_view(): string {
		return __( 'You cannot see the editorial plans. Ask the head of the editorial board for access.', 'ttdt-portal' );
	}

	/**
	 * What to tell someone who may not write plans.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function cannot_write(): string {
		return __( 'You cannot write editorial plans. Ask a board member who writes the plans.', 'ttdt-portal' );
	}

	/**
	 * A 404 for a plan that does not exist.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_Error
	 */
	public static function plan_not_found(): WP_Error {
		return new WP_Error( 'ttdt_plan_not_found', __( 'This plan does not exist (it may have been deleted). Reload the list.', 'ttdt-portal' ), array( 'status' => 404 ) );
	}

	/**
	 * A 503 when the database refused a write.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_Error
	 */
	public static function not_saved(): WP_Error {
		return new WP_Error( 'ttdt_plan_database', __( 'The plan could not be saved. Try again in a moment.', 'ttdt-portal' ), array( 'status' => 503 ) );
	}

	/**
	 * A 400 naming the field at fault, as the admin forms read it.
	 *
	 * @since 0.1.0
	 *
	 * @param string $field   Field.
	 * @param string $message What to do.
	 * @return WP_Error
	 */
	public static function invalid( string $field, string $message ): WP_Error {
		return new WP_Error(
			'rest_invalid_param',
			$message,
			array(
				'status' => 400,
				'params' => array( $field => $message ),
			)
		);
	}
}
