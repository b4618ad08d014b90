<?php
/**
 * Tests of the base of the plugin's REST controllers, and of every route built on it.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

use ReflectionClass;
use Ttdt\Collaborators\CollaboratorsController;
use Ttdt\Organisation\OfficialsController;
use Ttdt\Units\UnitsController;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Server;

/**
 * The refusal (401 to a visitor, 403 to a signed-in user), the schema built once with the
 * fields other code adds, and a schema on every route of `ttdt/v1` (the build-time contract
 * checks the arguments of write methods).
 */
final class RestControllerTest extends TestCase {

	/**
	 * A real controller on the base: one route, open to editors, counting its schema builds.
	 *
	 * @return RestController
	 */
	private static function controller(): RestController {
		return new class() extends RestController {

			/**
			 * How often `schema()` ran.
			 *
			 * @var int
			 */
			public int $built = 0;

			public function __construct() {
				$this->rest_base = 'base-test';
			}

			public function register_routes(): void {
				register_rest_route(
					$this->namespace,
					'/' . $this->rest_base,
					array(
						array(
							'methods'             => WP_REST_Server::READABLE,
							'callback'            => static fn() => rest_ensure_response( array( 'ok' => true ) ),
							'permission_callback' => array( $this, 'get_items_permissions_check' ),
						),
						'schema' => array( $this, 'get_public_item_schema' ),
					)
				);
			}

			public function get_items_permissions_check( $request ) {
				return $this->permit( current_user_can( 'edit_posts' ), 'Bạn không có quyền. Hãy hỏi quản trị hệ thống.' );
			}

			protected function schema(): array {
				++$this->built;
				return array(
					'$schema'    => 'http://json-schema.org/draft-04/schema#',
					'title'      => 'ttdt-base-test',
					'type'       => 'object',
					'properties' => array(
						'ok' => array( 'type' => 'boolean' ),
					),
				);
			}
		};
	}

	public function test_refuses_a_visitor_with_401_and_a_user_with_403(): void {
		$controller = self::controller();
		add_action( 'rest_api_init', array( $controller, 'register_routes' ) );
		$GLOBALS['wp_rest_server'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- a fresh server runs rest_api_init again.

		$visitor = rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/base-test' ) );
		$this->assertSame( 401, $visitor->get_status() );
		$this->assertSame( RestController::FORBIDDEN, $visitor->get_data()['code'] );
		$this->assertSame( 'Bạn không có quyền. Hãy hỏi quản trị hệ thống.', $visitor->get_data()['message'] );

		wp_set_current_user( self::create_user( 'subscriber' )->ID );
		$user = rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/base-test' ) );
		$this->assertSame( 403, $user->get_status() );
		$this->assertSame( 'ttdt_rest_forbidden', $user->get_data()['code'] );

		wp_set_current_user( self::create_user( 'editor' )->ID );
		$editor = rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/base-test' ) );
		$this->assertSame( 200, $editor->get_status() );
		$GLOBALS['wp_rest_server'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- the next test builds the plugin's own server.
	}

	public function test_forbidden_is_the_same_refusal_for_controllers_off_the_base(): void {
		$error = RestController::forbidden( 'Không được.' );
		$this->assertInstanceOf( WP_Error::class, $error );
		$this->assertSame( array( 'status' => 401 ), $error->get_error_data() );

		wp_set_current_user( self::create_user( 'subscriber' )->ID );
		$this->assertSame( array( 'status' => 403 ), RestController::forbidden( 'Không được.' )->get_error_data() );
	}

	public function test_register_hooks_registers_the_routes_on_rest_api_init(): void {
		$controller = self::controller();
		$controller->register_hooks();
		$this->assertSame( 10, has_action( 'rest_api_init', array( $controller, 'register_routes' ) ) );
	}

	public function test_the_schema_is_built_once_and_carries_added_fields(): void {
		$controller = self::controller();
		register_rest_field(
			'ttdt-base-test',
			'extra',
			array( 'schema' => array( 'type' => 'string' ) )
		);

		$first  = $controller->get_item_schema();
		$second = $controller->get_public_item_schema();

		$this->assertSame( 1, $controller->built, 'schema() runs once per controller.' );
		$this->assertSame( 'ttdt-base-test', $first['title'] );
		$this->assertSame( array( 'type' => 'string' ), $second['properties']['extra'] );
		$this->assertSame( 'ttdt/v1', ( new ReflectionClass( $controller ) )->getProperty( 'namespace' )->getValue( $controller ) );
	}

	/**
	 * Every class in `src/` that extends a core REST controller.
	 *
	 * @return array<string, array{class-string<WP_REST_Controller>}>
	 */
	public static function rest_controllers(): array {
		$src   = TTDT_TESTS_PLUGIN_DIR . 'src/';
		$found = array();
		$files = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( $src, \FilesystemIterator::SKIP_DOTS ) );
		foreach ( $files as $file ) {
			if ( 'php' !== $file->getExtension() ) {
				continue;
			}
			$class = 'Ttdt\\' . str_replace( '/', '\\', substr( $file->getPathname(), strlen( $src ), -4 ) );
			if ( class_exists( $class ) && is_subclass_of( $class, WP_REST_Controller::class ) && ! ( new ReflectionClass( $class ) )->isAbstract() ) {
				$found[ $class ] = array( $class );
			}
		}
		ksort( $found );
		return $found;
	}

	public function test_the_plugin_has_its_controllers(): void {
		// A floor, so a broken discovery cannot pass by finding nothing.
		$this->assertGreaterThanOrEqual( 12, count( self::rest_controllers() ) );
	}

	/**
	 * @dataProvider rest_controllers
	 *
	 * @param class-string<WP_REST_Controller> $class Controller class.
	 */
	public function test_every_controller_is_on_the_base( string $class ): void {
		if ( in_array( $class, array( CollaboratorsController::class, UnitsController::class, OfficialsController::class ), true ) ) {
			// Core's posts controller is its base (the post type's `rest_controller_class`).
			$this->assertTrue( is_subclass_of( $class, \WP_REST_Posts_Controller::class ) );
			return;
		}
		$this->assertTrue( is_subclass_of( $class, RestController::class ), "{$class} extends Ttdt\\Support\\RestController." );
	}

	/**
	 * Every route of the plugin's namespace.
	 *
	 * @return array<string, array{string}>
	 */
	public static function routes(): array {
		$routes = array();
		foreach ( array_keys( rest_get_server()->get_routes( 'ttdt/v1' ) ) as $route ) {
			if ( '/ttdt/v1' !== $route ) {
				$routes[ $route ] = array( $route );
			}
		}
		return $routes;
	}

	public function test_the_namespace_has_its_routes(): void {
		$this->assertGreaterThanOrEqual( 20, count( self::routes() ) );
	}

	/**
	 * @dataProvider routes
	 *
	 * @param string $route Route.
	 */
	public function test_every_route_has_a_schema( string $route ): void {
		$server  = rest_get_server();
		$options = $server->get_route_options( $route );
		$this->assertIsCallable( $options['schema'] ?? null, "{$route} has a schema." );
		$schema = call_user_func( $options['schema'] );
		$this->assertIsArray( $schema );
		$this->assertNotEmpty( $schema['title'] ?? '', "{$route}'s schema has a title." );
		$this->assertNotEmpty( $schema['type'] ?? '', "{$route}'s schema has a type." );
	}

	/**
	 * An argument with its own sanitizer skips WordPress's schema check unless it names a
	 * validator too (core validates by schema only when neither callback is given): its
	 * `maxLength`, `enum` or `minimum` would be read by nobody.
	 *
	 * @dataProvider routes
	 *
	 * @param string $route Route.
	 */
	public function test_every_argument_with_a_sanitizer_is_validated_too( string $route ): void {
		$unchecked = array();
		foreach ( rest_get_server()->get_routes( 'ttdt/v1' )[ $route ] as $endpoint ) {
			foreach ( $endpoint['args'] ?? array() as $name => $arg ) {
				if ( isset( $arg['sanitize_callback'] ) && ! isset( $arg['validate_callback'] ) && ! self::from_core( $arg['sanitize_callback'] ) ) {
					$unchecked[] = $name;
				}
			}
		}
		$this->assertSame( array(), $unchecked, "{$route}: arguments sanitized but never validated against their schema." );
	}

	/**
	 * A page number is bounded: a page such as `1e+308` passes "integer, minimum 1" and then
	 * overflows the offset a list computes from it (the fuzz found one in the royalty ledger).
	 *
	 * @dataProvider routes
	 *
	 * @param string $route Route.
	 */
	public function test_every_page_argument_has_a_maximum( string $route ): void {
		$unbounded = array();
		foreach ( rest_get_server()->get_routes( 'ttdt/v1' )[ $route ] as $endpoint ) {
			$page = $endpoint['args']['page'] ?? null;
			if ( null !== $page && ! isset( $page['maximum'] ) && ! self::from_core( $endpoint['callback'] ?? null ) ) {
				$unbounded[] = implode( ',', array_keys( (array) $endpoint['methods'] ) );
			}
		}
		$this->assertSame( array(), $unbounded, "{$route}: a page argument without a maximum." );
	}

	/**
	 * Whether a callback is a method of core's own REST controllers (the post types whose
	 * controller is core's keep core's collection parameters, which validate themselves).
	 *
	 * @param mixed $callback Callback.
	 * @return bool
	 */
	private static function from_core( $callback ): bool {
		if ( ! is_array( $callback ) || ! is_object( $callback[0] ) ) {
			return false;
		}
		$method = new \ReflectionMethod( $callback[0], (string) $callback[1] );
		return str_starts_with( $method->getDeclaringClass()->getName(), 'WP_REST_' );
	}
}
