<?php
/**
 * PHPUnit bootstrap: boots a real WordPress and the plugin of this checkout.
 *
 * The tests run inside WordPress, on its database, the way core's own suite does: every test is
 * wrapped in a transaction that is rolled back afterwards (see `Support/TestCase.php`). Point
 * `TTDT_WP_PATH` at the root of a WordPress install (the folder holding `wp-load.php`) whose
 * database is a throw-away test database on MariaDB/MySQL with InnoDB tables:
 *
 *     TTDT_WP_PATH=/path/to/site phpunit
 *
 * `scripts/test-php.sh` starts such a site and sets the variable.
 *
 * @package Ttdt
 */

// phpcs:disable WordPress.WP.AlternativeFunctions -- runs before and outside WordPress.

/**
 * Stops the run with a message that says what to do.
 *
 * @param string $message What is wrong and how to fix it.
 */
function ttdt_tests_fail( string $message ): void {
	fwrite( STDERR, "\nttdt-portal PHP tests: {$message}\n\n" );
	exit( 1 );
}

$ttdt_wp_path = getenv( 'TTDT_WP_PATH' );
if ( false === $ttdt_wp_path || '' === $ttdt_wp_path ) {
	ttdt_tests_fail( 'TTDT_WP_PATH is not set. Set it to the folder of a WordPress test site (the one holding wp-load.php), or run `bash scripts/test-php.sh`, which starts one.' );
}
$ttdt_wp_path = rtrim( $ttdt_wp_path, '/' );
if ( ! is_file( $ttdt_wp_path . '/wp-load.php' ) ) {
	ttdt_tests_fail( "TTDT_WP_PATH={$ttdt_wp_path} holds no wp-load.php. Set it to the root folder of a WordPress install." );
}

define( 'TTDT_TESTS_PLUGIN_DIR', dirname( __DIR__ ) . '/' );

// The request WordPress believes it serves: a front-end request from the command line.
$_SERVER['HTTP_HOST']   = $_SERVER['HTTP_HOST'] ?? 'localhost';
$_SERVER['SERVER_NAME'] = $_SERVER['SERVER_NAME'] ?? 'localhost';
$_SERVER['REQUEST_URI'] = $_SERVER['REQUEST_URI'] ?? '/';
$_SERVER['SERVER_PORT'] = $_SERVER['SERVER_PORT'] ?? '80';
$_SERVER['REMOTE_ADDR'] = $_SERVER['REMOTE_ADDR'] ?? '127.0.0.1';
$_SERVER['REQUEST_METHOD'] = $_SERVER['REQUEST_METHOD'] ?? 'GET';

/*
 * Load this checkout's plugin when the site does not have it active: a callback placed in the
 * hook table before WordPress starts (core's test suite does the same with `tests_add_filter()`)
 * runs first on `plugins_loaded`, and the plugin's own `boot()` then runs at its priority.
 */
$GLOBALS['wp_filter']['plugins_loaded'][-1000][] = array(
	'function'      => static function (): void {
		if ( ! defined( 'TTDT_FILE' ) ) {
			require TTDT_TESTS_PLUGIN_DIR . 'ttdt-portal.php';
		}
	},
	'accepted_args' => 0,
);

require $ttdt_wp_path . '/wp-load.php';

if ( realpath( TTDT_DIR ) !== realpath( TTDT_TESTS_PLUGIN_DIR ) ) {
	ttdt_tests_fail( sprintf( 'the site at %s runs ttdt-portal from %s, not from this checkout (%s). Deactivate that copy or point its plugin folder at this checkout.', $ttdt_wp_path, TTDT_DIR, TTDT_TESTS_PLUGIN_DIR ) );
}

/*
 * Rolling back isolates tests only on a transactional engine: a MyISAM table would keep every
 * row a test wrote and make later tests depend on earlier ones.
 */
global $wpdb;
if ( ! $wpdb->dbh instanceof mysqli ) {
	ttdt_tests_fail( 'the site does not run on MariaDB/MySQL (mysqli). The PHP tests need a native test site with a MariaDB database; see scripts/test-php.sh.' );
}
$ttdt_non_transactional = $wpdb->get_col(
	$wpdb->prepare(
		'SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE %s AND ENGINE <> %s',
		$wpdb->esc_like( $wpdb->prefix ) . '%',
		'InnoDB'
	)
);
if ( $ttdt_non_transactional ) {
	ttdt_tests_fail( 'these tables are not InnoDB, so the tests cannot roll back what they write: ' . implode( ', ', $ttdt_non_transactional ) . '. Use a fresh test database.' );
}

spl_autoload_register(
	static function ( string $class_name ): void {
		$prefix = 'Ttdt\\Tests\\';
		if ( str_starts_with( $class_name, $prefix ) ) {
			$file = __DIR__ . '/' . str_replace( '\\', '/', substr( $class_name, strlen( $prefix ) ) ) . '.php';
			if ( is_readable( $file ) ) {
				require_once $file;
			}
		}
	}
);

// Tests create many users; bcrypt's default cost makes each one take a fifth of a second here.
add_filter( 'wp_hash_password_options', static fn( array $options ): array => array( 'cost' => 4 ) + $options );
