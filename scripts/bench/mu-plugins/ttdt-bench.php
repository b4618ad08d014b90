<?php
/**
 * Benchmark site only (`npm run bench`): never part of the plugin or of the test sites.
 *
 * - `X-Ttdt-Bench-Plugin: off` (or the constant `TTDT_BENCH_PLUGIN_OFF` in a CLI script)
 *   runs the request with the plugin deactivated, so both arms share one site, one database
 *   and one warm PHP-FPM pool: the difference is the plugin alone.
 * - `X-Ttdt-Bench-No-Cron: 1` keeps the request from starting WP-Cron: the instruction count
 *   (`--only instructions`, one PHP-FPM worker) would otherwise take the dump of the cron request
 *   that a page started, served next by the same worker, for the page's own.
 * - Every request that carries `X-Ttdt-Bench-Id` appends one JSON line to
 *   `wp-content/ttdt-bench.log`: its server time from WordPress's `$timestart` (set before any
 *   plugin loads) to `shutdown`, the CPU time it used (in all and at the end of each stage:
 *   plugins loaded, `init`, main query), the number of SQL queries and the peak memory; with `X-Ttdt-Bench-Sql: 1` also the time spent in SQL queries (`SAVEQUERIES`,
 *   which costs a little, so only the stages that judge SQL time ask for it). A log instead
 *   of a response header, because a streamed response (the CSV export) has sent its headers
 *   long before its time and peak are known.
 *
 * @package Ttdt
 */

// phpcs:disable WordPress.Security.ValidatedSanitizedInput, WordPress.WP.AlternativeFunctions -- a bench-only helper on a loopback site.

defined( 'ABSPATH' ) || exit;

$ttdt_bench_off = ( defined( 'TTDT_BENCH_PLUGIN_OFF' ) && TTDT_BENCH_PLUGIN_OFF )
	|| ( isset( $_SERVER['HTTP_X_TTDT_BENCH_PLUGIN'] ) && 'off' === $_SERVER['HTTP_X_TTDT_BENCH_PLUGIN'] );

// The bench site runs as production (not `local`) on plain HTTP: its REST requests use an
// application password.
add_filter( 'wp_is_application_passwords_available', '__return_true' );

if ( isset( $_SERVER['HTTP_X_TTDT_BENCH_NO_CRON'] ) && ! defined( 'DISABLE_WP_CRON' ) ) {
	define( 'DISABLE_WP_CRON', true );
}

if ( $ttdt_bench_off ) {
	add_filter(
		'option_active_plugins',
		static fn( $plugins ) => array_values( array_diff( (array) $plugins, array( 'ttdt-portal/ttdt-portal.php' ) ) )
	);
}

/**
 * CPU time this PHP process has used, in seconds (user + system).
 */
function ttdt_bench_cpu(): float {
	$usage = getrusage();
	return $usage['ru_utime.tv_sec'] + $usage['ru_utime.tv_usec'] / 1e6 + $usage['ru_stime.tv_sec'] + $usage['ru_stime.tv_usec'] / 1e6;
}

if ( isset( $_SERVER['HTTP_X_TTDT_BENCH_ID'] ) ) {
	// CPU time from here (before any plugin loads) to shutdown: a PHP-FPM worker serves many
	// requests, so only the difference is this request's. On a shared machine it is far
	// steadier than the wall-clock time, which mostly measures waiting for a core.
	$ttdt_bench_cpu = ttdt_bench_cpu();
	if ( isset( $_SERVER['HTTP_X_TTDT_BENCH_SQL'] ) && ! defined( 'SAVEQUERIES' ) ) {
		define( 'SAVEQUERIES', true );
	}
	$ttdt_bench_id  = preg_replace( '/[^A-Za-z0-9_.:-]/', '', (string) $_SERVER['HTTP_X_TTDT_BENCH_ID'] );
	// The CPU time at the end of each stage of the request, last on its hook: loading the
	// plugins, `init` (types, taxonomies, blocks registered), the main query (`wp`). Paired
	// like the total, the stages show where a plugin's cost goes in time, which instruction
	// counts under-state for code that runs once per request.
	foreach ( array( 'plugins_loaded' => 'load', 'init' => 'init', 'wp' => 'query' ) as $ttdt_bench_hook => $ttdt_bench_stage ) {
		add_action(
			$ttdt_bench_hook,
			static function () use ( $ttdt_bench_stage, $ttdt_bench_cpu ): void {
				$GLOBALS['ttdt_bench_stages'][ $ttdt_bench_stage ] = round( ( ttdt_bench_cpu() - $ttdt_bench_cpu ) * 1000, 3 );
			},
			PHP_INT_MAX
		);
	}
	add_action(
		'shutdown',
		static function () use ( $ttdt_bench_id, $ttdt_bench_off, $ttdt_bench_cpu ): void {
			global $timestart, $wpdb;
			$sql  = defined( 'SAVEQUERIES' ) && SAVEQUERIES ? array_sum( array_column( (array) $wpdb->queries, 1 ) ) * 1000 : null;
			$line = wp_json_encode(
				array(
					'id'     => $ttdt_bench_id,
					'plugin' => $ttdt_bench_off ? 'off' : 'on',
					'ms'     => round( ( microtime( true ) - $timestart ) * 1000, 3 ),
					'cpu'    => round( ( ttdt_bench_cpu() - $ttdt_bench_cpu ) * 1000, 3 ),
					'q'      => get_num_queries(),
					'sql'    => null === $sql ? null : round( $sql, 3 ),
					'peak'   => memory_get_peak_usage(),
					'stages' => $GLOBALS['ttdt_bench_stages'] ?? array(),
				)
			);
			file_put_contents( WP_CONTENT_DIR . '/ttdt-bench.log', $line . "\n", FILE_APPEND | LOCK_EX );
		},
		0
	);
}
unset( $ttdt_bench_off, $ttdt_bench_id, $ttdt_bench_cpu, $ttdt_bench_hook, $ttdt_bench_stage );
