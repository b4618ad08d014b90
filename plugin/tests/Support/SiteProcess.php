<?php
/**
 * A GET of the test site's home, booted in a PHP process of its own.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

/**
 * What the plugin decides once per process while it loads (which classes it declares, whether
 * the request is a page view) cannot be asked again of the test process, which has loaded
 * already: the test boots WordPress with the plugin in a new PHP process, the way PHP-FPM
 * serves a visitor's `GET /`.
 */
final class SiteProcess {

	/**
	 * Boots the site in a new PHP process and runs `$then` in it.
	 *
	 * @param string   $then   PHP run once WordPress has loaded; it echoes its answer on a line of its own, last.
	 * @param string   $before PHP run before WordPress loads (constants).
	 * @param string[] $ini    More options of the PHP command line (`-d`, `name=value` pairs).
	 * @return array{0: string, 1: string} The last line the process printed, and what it wrote to stderr.
	 */
	public static function run( string $then, string $before = '', array $ini = array() ): array {
		$code    = sprintf(
			'foreach ( array( "HTTP_HOST" => "localhost", "SERVER_NAME" => "localhost", "REQUEST_URI" => "/", "SERVER_PORT" => "80", "REMOTE_ADDR" => "127.0.0.1", "REQUEST_METHOD" => "GET" ) as $k => $v ) { $_SERVER[ $k ] = $v; }
			%s
			$GLOBALS["wp_filter"]["plugins_loaded"][-1000][] = array( "function" => static function () { if ( ! defined( "TTDT_FILE" ) ) { require %s; } }, "accepted_args" => 0 );
			require %s;
			echo "\n";
			%s',
			$before,
			var_export( TTDT_DIR . 'ttdt-portal.php', true ),
			var_export( ABSPATH . 'wp-load.php', true ),
			$then
		);
		$process = proc_open(
			array_merge( array( PHP_BINARY, '-d', 'display_errors=stderr' ), $ini, array( '-r', $code ) ),
			array(
				1 => array( 'pipe', 'w' ),
				2 => array( 'pipe', 'w' ),
			),
			$pipes
		);
		if ( ! is_resource( $process ) ) {
			return array( '', 'The PHP process did not start.' );
		}
		$out    = (string) stream_get_contents( $pipes[1] );
		$errors = (string) stream_get_contents( $pipes[2] );
		proc_close( $process );
		return array( substr( (string) strrchr( "\n" . $out, "\n" ), 1 ), $errors );
	}
}
