<?php
/**
 * Builds services on the hook that needs them, not on every request.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

/**
 * Loading a class and building its object costs every request, public page views included
 * (issue 10). A service whose hooks all hang off one hook that most requests never fire (a
 * REST controller: `rest_api_init`) is built when that hook fires, first of its callbacks,
 * so the hooks it adds at their usual priorities on that same hook still run.
 *
 * @since 0.1.0
 */
final class LazyServices {

	/**
	 * Builds the services of `$factory` and registers their hooks when `$hook` first fires.
	 *
	 * @since 0.1.0
	 *
	 * @param string                  $hook    Action name, e.g. `rest_api_init`.
	 * @param callable(): Hookable[] $factory Returns the services.
	 */
	public static function on( string $hook, callable $factory ): void {
		$built = false;
		add_action(
			$hook,
			static function () use ( $factory, &$built ): void {
				// Once: core fires `rest_api_init` again for each new server (tests do), and
				// the services' own callbacks are already on it.
				if ( $built ) {
					return;
				}
				$built = true;
				foreach ( $factory() as $service ) {
					$service->register_hooks();
				}
			},
			PHP_INT_MIN
		);
	}
}
