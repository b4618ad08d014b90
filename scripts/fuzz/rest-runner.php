<?php
/**
 * Dispatches REST requests in-process for the fuzz test (`e2e/specs/rest-fuzz.spec.ts`): boots
 * the test site's WordPress once, then for each case sets the user, sends the request through
 * `rest_do_request()` inside a transaction that is rolled back, and notes what went wrong: a
 * 5xx, an error without a message, a PHP error/warning/notice/deprecation, a database error or
 * an exception. Thousands of requests a minute, where HTTP would manage a few hundred.
 *
 *   php scripts/fuzz/rest-runner.php <wordpress-dir> <cases.json> <results.json> [<archives-dir>]
 *
 * A case: `{ "method", "route", "user", "query": {…}, "body": {…}|null, "form": bool }`; a
 * string `{"$bytes": "<base64>"}` stands for raw bytes (invalid UTF-8 cannot travel in JSON).
 * Test sites only (TTDT_ENV = test). Archive packages the cases create go to a folder of this
 * run (`<archives-dir>`, by default one in the system's temporary folder), removed at the end,
since the rollback undoes rows, not files; the last line of the output says how many there were.
 *
 * @package Ttdt
 */

// phpcs:disable WordPress.WP.AlternativeFunctions -- a command-line tool outside WordPress' requests.

[ , $ttdt_wp, $ttdt_in, $ttdt_out ] = $argv;
$ttdt_archives = $argv[4] ?? sys_get_temp_dir() . '/ttdt-fuzz-archives-' . getmypid() . '-' . bin2hex( random_bytes( 4 ) );

$_SERVER['HTTP_HOST']      = 'localhost';
$_SERVER['SERVER_NAME']    = 'localhost';
$_SERVER['REQUEST_URI']    = '/wp-json/';
$_SERVER['SERVER_PORT']    = '80';
$_SERVER['REMOTE_ADDR']    = '127.0.0.1';
$_SERVER['REQUEST_METHOD'] = 'GET';

require rtrim( $ttdt_wp, '/' ) . '/wp-load.php';

if ( ! defined( 'TTDT_ENV' ) || 'test' !== TTDT_ENV ) {
	fwrite( STDERR, "rest-runner: test sites only\n" );
	exit( 2 );
}

/**
 * Restores raw byte strings.
 *
 * @param mixed $value Decoded JSON.
 * @return mixed
 */
function ttdt_fuzz_bytes( $value ) {
	if ( is_array( $value ) ) {
		if ( array( '$bytes' ) === array_keys( $value ) ) {
			return base64_decode( (string) $value['$bytes'] );
		}
		return array_map( 'ttdt_fuzz_bytes', $value );
	}
	return $value;
}

global $wpdb;
$wpdb->suppress_errors( true );
// Mail is covered by the HTTP sample; here it would only wait on the network.
add_filter( 'pre_wp_mail', '__return_true' );
// The rollback undoes rows, not files: archive packages the cases create (dozens a run) go
// to the folder of this run, removed at the end, never to the site's store.
add_filter( Ttdt\Archive\ArchiveStore::DIR_FILTER, static fn(): string => $ttdt_archives, PHP_INT_MAX );

/**
 * Removes a folder and everything in it.
 *
 * @param string $dir Folder.
 */
function ttdt_fuzz_remove( string $dir ): void {
	if ( ! is_dir( $dir ) ) {
		return;
	}
	$entries = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $dir, FilesystemIterator::SKIP_DOTS ), RecursiveIteratorIterator::CHILD_FIRST );
	foreach ( $entries as $entry ) {
		$entry->isDir() ? rmdir( $entry->getPathname() ) : unlink( $entry->getPathname() );
	}
	rmdir( $dir );
}
rest_get_server();

$ttdt_cases   = json_decode( (string) file_get_contents( $ttdt_in ), true, 100000 );
$ttdt_results = array();
$ttdt_php     = array();
set_error_handler(
	static function ( int $level, string $message, string $file, int $line ) use ( &$ttdt_php ): bool {
		$ttdt_php[] = "{$message} in {$file}:{$line}";
		return true;
	}
);

// Each database round trip costs a wait for the server on a busy machine, so a case pays for
// as few as it can. Whether the case wrote anything: only then is the object cache flushed
// after its rollback (a case that only read, as most refused by validation do, leaves the rows
// as they were, so what it cached is still true and the next case need not reload every option
// and the user). Whether it switched autocommit: only then is it switched off again.
$ttdt_wrote      = false;
$ttdt_autocommit = false;
add_filter(
	'query',
	static function ( string $query ) use ( &$ttdt_wrote, &$ttdt_autocommit ): string {
		if ( ! preg_match( '/^\s*(SELECT|SHOW|SET|START|SAVEPOINT|RELEASE|ROLLBACK)\b/i', $query ) ) {
			$ttdt_wrote = true;
		}
		if ( preg_match( '/^\s*SET\s+autocommit\b/i', $query ) ) {
			$ttdt_autocommit = true;
		}
		return $query;
	},
	PHP_INT_MAX
);
// Off for the whole run, as the cases used to switch it off one by one: the plugin's
// transactions then nest in each case's own with savepoints.
$wpdb->query( 'SET autocommit = 0' );

foreach ( $ttdt_cases as $ttdt_case ) {
	$ttdt_php        = array();
	$ttdt_wrote      = false;
	$ttdt_autocommit = false;
	$ttdt_db         = count( $GLOBALS['EZSQL_ERROR'] ?? array() );
	wp_set_current_user( (int) $ttdt_case['user'] );
	$wpdb->query( 'START TRANSACTION' );

	$ttdt_request = new WP_REST_Request( $ttdt_case['method'], $ttdt_case['route'] );
	$ttdt_request->set_query_params( (array) ttdt_fuzz_bytes( $ttdt_case['query'] ?? array() ) );
	if ( null !== ( $ttdt_case['body'] ?? null ) ) {
		if ( ! empty( $ttdt_case['form'] ) ) {
			$ttdt_request->set_header( 'content-type', 'application/x-www-form-urlencoded' );
			$ttdt_request->set_body_params( (array) ttdt_fuzz_bytes( $ttdt_case['body'] ) );
		} else {
			$ttdt_request->set_header( 'content-type', 'application/json' );
			$ttdt_request->set_body( is_string( $ttdt_case['body'] ) ? $ttdt_case['body'] : (string) wp_json_encode( ttdt_fuzz_bytes( $ttdt_case['body'] ) ) );
		}
	}
	$ttdt_problem = '';
	$ttdt_status  = 0;
	ob_start();
	try {
		$ttdt_response = rest_do_request( $ttdt_request );
		$ttdt_status   = $ttdt_response->get_status();
		$ttdt_data     = $ttdt_response->get_data();
		if ( $ttdt_status >= 500 ) {
			$ttdt_problem = 'status ' . $ttdt_status . ': ' . wp_json_encode( $ttdt_data );
		} elseif ( $ttdt_status >= 400 && ( ! is_array( $ttdt_data ) || '' === trim( (string) ( $ttdt_data['message'] ?? '' ) ) ) ) {
			$ttdt_problem = 'error without a message: ' . wp_json_encode( $ttdt_data );
		} elseif ( $ttdt_status < 200 || ( $ttdt_status >= 300 && $ttdt_status < 400 ) ) {
			$ttdt_problem = 'unexpected status ' . $ttdt_status;
		}
	} catch ( Throwable $e ) {
		$ttdt_problem = get_class( $e ) . ': ' . $e->getMessage() . ' at ' . $e->getFile() . ':' . $e->getLine();
	}
	ob_end_clean();
	if ( $ttdt_php ) {
		$ttdt_problem .= ( '' !== $ttdt_problem ? '; ' : '' ) . 'PHP: ' . implode( ' | ', array_unique( $ttdt_php ) );
	}
	$ttdt_db_errors = array_slice( $GLOBALS['EZSQL_ERROR'] ?? array(), $ttdt_db );
	if ( $ttdt_db_errors ) {
		$ttdt_problem .= ( '' !== $ttdt_problem ? '; ' : '' ) . 'database: ' . $ttdt_db_errors[0]['error_str'];
	}
	$wpdb->query( 'ROLLBACK' );
	if ( $ttdt_autocommit ) {
		$wpdb->query( 'SET autocommit = 0' );
	}
	if ( $ttdt_wrote ) {
		wp_cache_flush();
	}
	$ttdt_results[] = array(
		'status'  => $ttdt_status,
		'problem' => $ttdt_problem,
	);
}

restore_error_handler();
$ttdt_packages = count( (array) glob( $ttdt_archives . '/ttdt-*.zip' ) );
ttdt_fuzz_remove( $ttdt_archives );
echo 'archive packages made and removed: ' . (int) $ttdt_packages . "\n";

file_put_contents( $ttdt_out, (string) wp_json_encode( $ttdt_results, JSON_INVALID_UTF8_SUBSTITUTE | JSON_PARTIAL_OUTPUT_ON_ERROR ) );
