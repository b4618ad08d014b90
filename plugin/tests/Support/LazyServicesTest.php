<?php
/**
 * Tests of services built on the hook that needs them.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;

/**
 * REST controllers are built when REST starts, not on every request (issue 10): the factory
 * runs once, first on its hook, and what the services add on that hook runs the same time.
 */
final class LazyServicesTest extends TestCase {

	public function test_services_are_built_once_when_their_hook_fires_and_their_hooks_run(): void {
		$log     = new \ArrayObject();
		$factory = static function () use ( $log ): array {
			$log[] = 'built';
			return array(
				new class( $log ) implements Hookable {
					private \ArrayObject $log;

					public function __construct( \ArrayObject $log ) {
						$this->log = $log;
					}

					public function register_hooks(): void {
						add_action( 'ttdt_test_lazy_hook', array( $this, 'run' ) );
					}

					public function run(): void {
						$this->log[] = 'ran';
					}
				},
			);
		};

		LazyServices::on( 'ttdt_test_lazy_hook', $factory );
		$this->assertSame( array(), $log->getArrayCopy(), 'Built before its hook fired.' );

		do_action( 'ttdt_test_lazy_hook' );
		$this->assertSame( array( 'built', 'ran' ), $log->getArrayCopy() );

		do_action( 'ttdt_test_lazy_hook' );
		$this->assertSame( array( 'built', 'ran', 'ran' ), $log->getArrayCopy(), 'Built once; its hook stays.' );
	}

	public function test_the_plugins_rest_routes_are_there_once_rest_starts(): void {
		$routes = rest_get_server()->get_routes( 'ttdt/v1' );
		foreach ( array( '/ttdt/v1/settings', '/ttdt/v1/audit', '/ttdt/v1/quota' ) as $route ) {
			$this->assertArrayHasKey( $route, $routes );
		}
	}
}
