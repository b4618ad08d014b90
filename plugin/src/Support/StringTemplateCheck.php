<?php
/**
 * A template check for the plugin's controllers built on core's posts controller.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

use WP_Error;
use WP_REST_Request;

/**
 * Core's `check_template()` uses the value as an array key before its type is checked (its own
 * validate callback replaces the schema's), so an array or a float was a fatal 500 or a PHP
 * warning. A template must be a string; then core decides.
 *
 * @since 0.1.0
 */
trait StringTemplateCheck {

	/**
	 * Refuses a template that is not a string, then runs core's check.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed           $template Requested template.
	 * @param WP_REST_Request $request  Request.
	 * @return true|WP_Error
	 */
	public function check_template( $template, $request ) {
		if ( ! is_string( $template ) ) {
			return new WP_Error( 'rest_invalid_param', __( 'The template must be the name of a template. Leave it empty to use the default.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		return parent::check_template( $template, $request );
	}
}
