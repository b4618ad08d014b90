<?php
/**
 * Tests that every service of the plugin is booted and registers its hooks.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests;

use Closure;
use ReflectionClass;
use ReflectionFunction;
use ReflectionFunctionAbstract;
use ReflectionMethod;
use Ttdt\Support\Hookable;
use Ttdt\Tests\Support\TestCase;

/**
 * One test per `Hookable` class found in `src/`: `Plugin::boot()` (which ran when WordPress
 * loaded) must have wired it, and its `register_hooks()` must add callbacks that WordPress can
 * call with the number of arguments each hook is registered for.
 */
final class PluginTest extends TestCase {

	/**
	 * Every class in `src/` that implements `Hookable`.
	 *
	 * @return array<string, array{class-string<Hookable>}>
	 */
	public static function hookables(): array {
		$src   = TTDT_TESTS_PLUGIN_DIR . 'src/';
		$found = array();
		$files = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( $src, \FilesystemIterator::SKIP_DOTS ) );
		foreach ( $files as $file ) {
			if ( 'php' !== $file->getExtension() ) {
				continue;
			}
			$class = 'Ttdt\\' . str_replace( '/', '\\', substr( $file->getPathname(), strlen( $src ), -4 ) );
			if ( class_exists( $class ) && is_subclass_of( $class, Hookable::class ) && ! ( new ReflectionClass( $class ) )->isAbstract() ) {
				$found[ $class ] = array( $class );
			}
		}
		ksort( $found );
		return $found;
	}

	public function test_the_plugin_has_its_services(): void {
		// A floor, so a broken discovery cannot pass by finding nothing.
		$this->assertGreaterThanOrEqual( 40, count( self::hookables() ) );
	}

	/**
	 * @dataProvider hookables
	 *
	 * @param class-string<Hookable> $class Service class.
	 */
	public function test_service_is_booted_and_registers_its_hooks( string $class ): void {
		global $wp_filter;

		$live      = self::registrations( $wp_filter );
		$instances = array();
		foreach ( $live as $registration ) {
			if ( $registration['object'] instanceof $class && get_class( $registration['object'] ) === $class ) {
				$instances[ spl_object_id( $registration['object'] ) ] = $registration['object'];
			}
		}
		$this->assertLessThanOrEqual( 1, count( $instances ), "Plugin::boot() builds one {$class}." );
		$service = $instances ? reset( $instances ) : ( new ReflectionClass( $class ) )->newInstanceWithoutConstructor();

		// Register again on an empty hook table to see exactly what the service adds.
		$saved     = $wp_filter;
		$wp_filter = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- restored below.
		try {
			$service->register_hooks();
			$fresh = self::registrations( $wp_filter );
		} finally {
			$wp_filter = $saved; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- restoring.
		}

		$this->assertNotEmpty( $fresh, "{$class}::register_hooks() adds at least one hook." );
		$live_keys = array_column( $live, 'key' );
		foreach ( $fresh as $registration ) {
			$where = "{$class}: {$registration['key']}";
			$this->assertContains( $registration['key'], $live_keys, "{$where} is registered by Plugin::boot()." );
			$this->assertTrue( is_callable( $registration['function'] ), "{$where} is callable." );

			$reflection = self::reflect( $registration['function'] );
			$this->assertGreaterThanOrEqual( $reflection->getNumberOfRequiredParameters(), $registration['accepted_args'], "{$where} receives every argument it requires." );
			if ( ! $reflection->isVariadic() ) {
				$this->assertLessThanOrEqual( max( 1, $reflection->getNumberOfParameters() ), $registration['accepted_args'], "{$where} is not registered for more arguments than it takes." );
			}
		}
	}

	/**
	 * Every callback of a hook table, with a key that names it independently of the instance.
	 *
	 * @param array<string, \WP_Hook> $table Hook table.
	 * @return array<int, array{key: string, function: callable, object: object|null, accepted_args: int}>
	 */
	private static function registrations( array $table ): array {
		$list = array();
		foreach ( $table as $hook_name => $hook ) {
			foreach ( $hook->callbacks as $priority => $callbacks ) {
				foreach ( $callbacks as $callback ) {
					$function = $callback['function'];
					$object   = null;
					if ( $function instanceof Closure ) {
						$scope = ( new ReflectionFunction( $function ) )->getClosureScopeClass();
						$name  = ( $scope ? $scope->getName() : '' ) . '::{closure}';
					} elseif ( is_array( $function ) ) {
						$object = is_object( $function[0] ) ? $function[0] : null;
						$name   = ( $object ? get_class( $object ) : (string) $function[0] ) . '::' . $function[1];
					} else {
						$name = (string) $function;
					}
					$list[] = array(
						'key'           => "{$hook_name} @{$priority} → {$name}",
						'function'      => $function,
						'object'        => $object,
						'accepted_args' => (int) $callback['accepted_args'],
					);
				}
			}
		}
		return $list;
	}

	/**
	 * Reflection of a callback.
	 *
	 * @param callable $callback Callback.
	 * @return ReflectionFunctionAbstract
	 */
	private static function reflect( $callback ): ReflectionFunctionAbstract {
		if ( is_array( $callback ) ) {
			return new ReflectionMethod( $callback[0], $callback[1] );
		}
		if ( is_string( $callback ) && str_contains( $callback, '::' ) ) {
			return new ReflectionMethod( $callback );
		}
		return new ReflectionFunction( $callback );
	}
}
