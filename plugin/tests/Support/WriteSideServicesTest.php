<?php
/**
 * Tests of the write-side services a page view registers when one of their hooks fires.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

use Ttdt\Support\Hookable;
use Ttdt\Support\WriteSide;
use Ttdt\Support\WriteSideServices;

/**
 * A page view registers the guards and recorders of writes only when one of their hooks fires
 * (issue 10): the stub runs first, the service's own callbacks run in that same call, and the
 * build lists every hook each write-side service would add.
 */
final class WriteSideServicesTest extends TestCase {

	protected function tearDown(): void {
		// Whatever a test left waiting (its stubs went with the restored hooks).
		WriteSideServices::wake();
		parent::tearDown();
	}

	/**
	 * A write-side service that logs what it registers and what runs.
	 *
	 * @param \ArrayObject $log  The log.
	 * @param string       $hook The hook it uses.
	 * @return WriteSide
	 */
	private function service( \ArrayObject $log, string $hook ): WriteSide {
		return new class( $log, $hook ) implements WriteSide {
			private \ArrayObject $log;
			private string $hook;

			public function __construct( \ArrayObject $log, string $hook ) {
				$this->log  = $log;
				$this->hook = $hook;
			}

			public function register_hooks(): void {
				$this->log[] = 'registered';
				add_filter( $this->hook, array( $this, 'run' ), 10 );
			}

			public function run( $value ) {
				$this->log[] = "ran on {$this->hook}";
				return $value . '+guarded';
			}
		};
	}

	public function test_a_listed_service_waits_and_its_own_callback_runs_in_the_call_that_wakes_it(): void {
		$log      = new \ArrayObject();
		$waiting  = $this->service( $log, 'ttdt_test_write_a' );
		$unlisted = new class() implements WriteSide {
			public function register_hooks(): void {}
		};
		$eager    = new class() implements Hookable {
			public function register_hooks(): void {}
		};

		$now = WriteSideServices::defer(
			array( $waiting, $unlisted, $eager ),
			array( get_class( $waiting ) => array( 'ttdt_test_write_a', 'ttdt_test_write_c' ) )
		);

		$this->assertSame( array( $unlisted, $eager ), $now, 'A write-side service the build did not list is registered at once.' );
		$this->assertTrue( WriteSideServices::waiting() );
		$this->assertSame( array(), $log->getArrayCopy(), 'Registered before any of its hooks fired.' );
		$this->assertNotFalse( has_filter( 'ttdt_test_write_c', array( WriteSideServices::class, 'wake' ) ), 'Each listed hook holds a stub.' );

		$this->assertSame( 'value+guarded', apply_filters( 'ttdt_test_write_a', 'value' ) );
		$this->assertSame( array( 'registered', 'ran on ttdt_test_write_a' ), $log->getArrayCopy() );
		$this->assertFalse( WriteSideServices::waiting() );
		foreach ( array( 'ttdt_test_write_a', 'ttdt_test_write_c' ) as $hook ) {
			$this->assertFalse( has_filter( $hook, array( WriteSideServices::class, 'wake' ) ), "The stub left {$hook}." );
		}

		$this->assertSame( 'again+guarded', apply_filters( 'ttdt_test_write_a', 'again' ) );
		$this->assertSame( 1, array_count_values( $log->getArrayCopy() )['registered'], 'Registered once.' );
	}

	public function test_another_hook_of_the_services_wakes_them_all_and_callbacks_already_there_keep_running(): void {
		$log     = new \ArrayObject();
		$service = $this->service( $log, 'ttdt_test_write_a' );
		add_filter( 'ttdt_test_write_d', static fn( $value ) => $value . '+theirs', 5 );

		WriteSideServices::defer( array( $service ), array( get_class( $service ) => array( 'ttdt_test_write_a', 'ttdt_test_write_d' ) ) );

		$this->assertSame( 'x+theirs', apply_filters( 'ttdt_test_write_d', 'x' ), 'A hook someone else uses keeps its callbacks.' );
		$this->assertSame( array( 'registered' ), $log->getArrayCopy() );
		$this->assertSame( 'y+guarded', apply_filters( 'ttdt_test_write_a', 'y' ) );
	}

	public function test_the_build_lists_every_hook_each_write_side_service_adds_on_a_page_view(): void {
		$listed = self::build_hooks();
		$found  = array();
		foreach ( self::write_side_classes() as $class ) {
			global $wp_filter;
			$saved     = $wp_filter;
			$wp_filter = array(); // A blank table for one service, restored below.
			add_filter( 'ttdt_is_page_view', '__return_true' );
			// Built as the plugin builds it when that needs no argument (its parts are made there).
			$reflection  = new \ReflectionClass( $class );
			$constructor = $reflection->getConstructor();
			$service     = null === $constructor || 0 === $constructor->getNumberOfRequiredParameters() ? $reflection->newInstance() : $reflection->newInstanceWithoutConstructor();
			$service->register_hooks();
			$hooks     = array_values( array_diff( array_keys( $wp_filter ), array( 'ttdt_is_page_view', 'shutdown' ) ) );
			$wp_filter = $saved;
			sort( $hooks );
			$found[ $class ] = $hooks;
		}
		ksort( $found );
		ksort( $listed );
		$this->assertNotEmpty( $found );
		$this->assertSame( $found, $listed, 'build/write-side-hooks.php lists what each service registers: run `npm run build`.' );
	}

	/**
	 * The build's list.
	 *
	 * @return array<string, string[]>
	 */
	private static function build_hooks(): array {
		$file = TTDT_DIR . 'build/write-side-hooks.php';
		if ( ! is_readable( $file ) ) {
			throw new \RuntimeException( 'build/write-side-hooks.php is missing: run `npm run build`.' );
		}
		return include $file;
	}

	/**
	 * Every class of `src/` that implements WriteSide.
	 *
	 * @return string[]
	 */
	private static function write_side_classes(): array {
		$classes = array();
		$items   = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( TTDT_DIR . 'src', \FilesystemIterator::SKIP_DOTS ) );
		foreach ( $items as $item ) {
			$file = substr( $item->getPathname(), strlen( TTDT_DIR . 'src/' ) );
			if ( ! str_ends_with( $file, '.php' ) || 'Autoloader.php' === $file ) {
				continue;
			}
			$class = 'Ttdt\\' . str_replace( '/', '\\', substr( $file, 0, -4 ) );
			if ( class_exists( $class ) && is_subclass_of( $class, WriteSide::class ) ) {
				$classes[] = $class;
			}
		}
		sort( $classes );
		return $classes;
	}
}
