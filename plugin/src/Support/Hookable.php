<?php
/**
 * Contract for services that attach themselves to WordPress hooks.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

/**
 * A service registers every hook it needs in one place, so wiring is explicit and testable.
 *
 * @since 0.1.0
 */
interface Hookable {

	/**
	 * Adds the service's actions and filters.
	 *
	 * @since 0.1.0
	 */
	public function register_hooks(): void;
}
