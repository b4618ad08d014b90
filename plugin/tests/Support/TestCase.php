<?php
/**
 * Base class of the plugin's PHP tests: each test runs in a database transaction.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

use PHPUnit\Framework\TestCase as PHPUnitTestCase;
use WP_Post;
use WP_User;

/**
 * Isolates tests the way core's `WP_UnitTestCase` does: autocommit off and a transaction opened
 * before each test, rolled back after it, with the hook table, the object cache, the current
 * user and the roles put back as they were. Tables a test creates become temporary tables, since
 * `CREATE TABLE` would otherwise commit the transaction (MariaDB commits implicitly on DDL; an
 * `ALTER TABLE` in a test would still do so, as would anything written to a MyISAM table — the
 * bootstrap refuses to run on one).
 *
 * @since 0.1.0
 */
abstract class TestCase extends PHPUnitTestCase {

	/**
	 * The hook globals as they were before the test.
	 *
	 * @var array<string, mixed>
	 */
	private array $saved_hooks = array();

	/**
	 * Counter that keeps generated logins and titles unique within a run.
	 *
	 * @var int
	 */
	private static int $sequence = 0;

	/**
	 * Mail WordPress sent during the test: every test keeps mail instead of sending it.
	 *
	 * @var \ArrayObject<int, array<string, mixed>>
	 */
	protected \ArrayObject $mail;

	/**
	 * Opens the transaction and saves the hooks.
	 */
	protected function setUp(): void {
		global $wpdb;

		parent::setUp();
		$this->backup_hooks();
		// A database error prints a message: output during a test makes it fail (phpunit.xml.dist),
		// so every query the plugin runs in a test must be valid on MariaDB.
		$wpdb->suppress_errors( false );
		$wpdb->show_errors( true );
		$wpdb->query( 'SET autocommit = 0' );
		$wpdb->query( 'START TRANSACTION' );
		add_filter( 'query', array( self::class, 'temporary_tables' ) );
		$this->mail = self::capture_mail();
		wp_set_current_user( 0 );
	}

	/**
	 * Rolls back and restores the state kept outside the database.
	 */
	protected function tearDown(): void {
		global $wpdb;

		$wpdb->query( 'ROLLBACK' );
		$this->restore_hooks();
		wp_cache_flush();
		wp_set_current_user( 0 );
		// Roles are read from an option once per request; read them again after the rollback.
		wp_roles()->for_site();
		unset( $GLOBALS['post'] );
		parent::tearDown();
	}

	/**
	 * Turns `CREATE TABLE` and `DROP TABLE` into their temporary forms, which do not commit.
	 *
	 * @param string $query SQL.
	 * @return string
	 */
	public static function temporary_tables( string $query ): string {
		$trimmed = ltrim( $query );
		if ( 0 === stripos( $trimmed, 'CREATE TABLE' ) ) {
			return 'CREATE TEMPORARY TABLE' . substr( $trimmed, 12 );
		}
		if ( 0 === stripos( $trimmed, 'DROP TABLE' ) ) {
			return 'DROP TEMPORARY TABLE' . substr( $trimmed, 10 );
		}
		return $query;
	}

	/**
	 * Asserts an error with a code.
	 *
	 * @param string $code    Expected code.
	 * @param mixed  $actual  Value.
	 * @param string $message Failure message.
	 */
	protected function assertWPErrorCode( string $code, $actual, string $message = '' ): void {
		$this->assertInstanceOf( \WP_Error::class, $actual, $message );
		$this->assertSame( $code, $actual->get_error_code(), $message );
	}

	/**
	 * Creates a user with a role.
	 *
	 * @param string               $role Role slug.
	 * @param array<string, mixed> $args More `wp_insert_user()` fields.
	 * @return WP_User
	 */
	protected static function create_user( string $role, array $args = array() ): WP_User {
		$n  = ++self::$sequence;
		$id = wp_insert_user(
			$args + array(
				'user_login'   => "ttdt_test_{$n}",
				'user_email'   => "ttdt-test-{$n}@example.org",
				'user_pass'    => wp_generate_password(),
				'display_name' => "Người thử {$n}",
				'role'         => $role,
			)
		);
		self::assertIsInt( $id, is_wp_error( $id ) ? $id->get_error_message() : 'wp_insert_user failed' );
		return new WP_User( $id );
	}

	/**
	 * Creates a post.
	 *
	 * @param array<string, mixed> $args `wp_insert_post()` fields.
	 * @return WP_Post
	 */
	protected static function create_post( array $args = array() ): WP_Post {
		$n  = ++self::$sequence;
		$id = wp_insert_post(
			$args + array(
				'post_title'   => "Tin thử {$n}",
				'post_content' => 'Nội dung thử.',
				'post_status'  => 'draft',
				'post_type'    => 'post',
			),
			true
		);
		self::assertIsInt( $id, is_wp_error( $id ) ? $id->get_error_message() : 'wp_insert_post failed' );
		return get_post( $id );
	}

	/**
	 * Puts fresh instances of services in place of the ones the plugin booted, so a test holds
	 * the objects that handle the hooks (the hook table is restored after the test).
	 *
	 * @param \Ttdt\Support\Hookable ...$services Fresh services.
	 */
	protected static function replace_booted( \Ttdt\Support\Hookable ...$services ): void {
		global $wp_filter;

		foreach ( $services as $service ) {
			$class = get_class( $service );
			foreach ( $wp_filter as $hook_name => $hook ) {
				foreach ( $hook->callbacks as $priority => $callbacks ) {
					foreach ( $callbacks as $callback ) {
						$function = $callback['function'];
						if ( is_array( $function ) && is_object( $function[0] ) && get_class( $function[0] ) === $class && $function[0] !== $service ) {
							remove_filter( $hook_name, $function, $priority );
						}
					}
				}
			}
			$service->register_hooks();
		}
	}

	/**
	 * Keeps the mail WordPress would send, instead of sending it.
	 *
	 * @return \ArrayObject<int, array<string, mixed>> Filled as mail is sent.
	 */
	protected static function capture_mail(): \ArrayObject {
		$sent = new \ArrayObject();
		add_filter(
			'pre_wp_mail',
			static function ( $short_circuit, array $atts ) use ( $sent ) {
				$sent[] = $atts;
				return true;
			},
			10,
			2
		);
		return $sent;
	}

	/**
	 * Saves the hook table (each `WP_Hook` cloned, since callbacks are added to the objects).
	 */
	private function backup_hooks(): void {
		foreach ( array( 'wp_filter', 'wp_actions', 'wp_filters', 'wp_current_filter' ) as $name ) {
			$this->saved_hooks[ $name ] = $GLOBALS[ $name ] ?? array();
		}
		$this->saved_hooks['wp_filter'] = array_map(
			static fn( $hook ) => is_object( $hook ) ? clone $hook : $hook,
			$this->saved_hooks['wp_filter']
		);
	}

	/**
	 * Puts the hook table back.
	 */
	private function restore_hooks(): void {
		foreach ( $this->saved_hooks as $name => $value ) {
			$GLOBALS[ $name ] = $value;
		}
		$this->saved_hooks = array();
	}
}
