<?php
/**
 * Benchmark of the royalty dashboard and statement on a full year of ledger lines.
 *
 *     TTDT_WP_PATH=<folder of wp-load.php> php scripts/bench/royalty.php [--lines=200000] [--keep] [--seed-only]
 *
 * Budget (issue 12): with 200,000 ledger lines in a year, the yearly dashboard's REST response
 * (`GET ttdt/v1/royalty/summary?year=Y`) and the yearly statement (`GET
 * ttdt/v1/royalty/statement?period=Y`) each take at most 300 ms server time. The lines are
 * seeded in SQL (MariaDB's sequence engine) in fiscal year 2099, so they never mix with a
 * site's real lines, and removed afterwards unless `--keep`. Each route runs five times
 * inside this PHP process (no HTTP); the median is judged. Exits 1 when over budget.
 * `--seed-only` seeds (and keeps) the lines and stops: `npm run bench` (admin stage) then
 * times the two routes over HTTP.
 *
 * What it does not seed: the 50,000 published items of the issue's figure. The two reports
 * read the ledger table only (item titles are read for the line list, one page at a time),
 * so the items do not change these timings.
 *
 * @package Ttdt
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput, WordPress.DB -- a CLI script, not part of the plugin.

const BUDGET_MS = 300;
const YEAR      = 2099;

$options = getopt( '', array( 'lines::', 'keep', 'seed-only' ) );
$count   = (int) ( $options['lines'] ?? 200000 );
$path    = getenv( 'TTDT_WP_PATH' );
if ( ! $path || ! is_file( $path . '/wp-load.php' ) ) {
	fwrite( STDERR, "Set TTDT_WP_PATH to a test site's WordPress folder (the one holding wp-load.php).\n" );
	exit( 2 );
}
require $path . '/wp-load.php';

use Ttdt\Royalty\LedgerTable;
use Ttdt\Royalty\LedgerTotals;

global $wpdb;
$table = LedgerTable::name();
$admin = get_users( array( 'role' => 'administrator', 'number' => 1 ) )[0] ?? null;
wp_set_current_user( $admin ? $admin->ID : 0 );

$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE fiscal_year = %d', $table, YEAR ) );
$started = microtime( true );
// 300 payees, 5 genres, 12 months; mostly royalties, some fees; a third paid.
$wpdb->query(
	$wpdb->prepare(
		"INSERT INTO %i (fiscal_year, period, accrued_on, kind, status, item_id, genre, grade, payee_user_id, payee_name, share_percent, amount, computed_amount, note, created_at, created_by)
		SELECT %d, CONCAT(%d, '-', LPAD(1 + seq MOD 12, 2, '0')), CONCAT(%d, '-', LPAD(1 + seq MOD 12, 2, '0'), '-15'),
			ELT(1 + seq MOD 4, 'royalty', 'royalty', 'royalty', 'fee_approval'), ELT(1 + seq MOD 3, 'open', 'final', 'paid'),
			1000000 + FLOOR(seq / 4), ELT(1 + seq MOD 5, 'tin', 'anh', 'bai', 'phong_su', 'chuyen_de'), 'b',
			seq MOD 300, CONCAT('Cộng tác viên ', seq MOD 300), 100, 40000 + seq MOD 60000, 40000 + seq MOD 60000, '', NOW(), 0
		FROM seq_1_to_%d",
		$table,
		YEAR,
		YEAR,
		YEAR,
		$count
	)
);
$seeded = microtime( true ) - $started;
// Lines written by the plugin keep their running totals (`Ledger`); SQL-seeded ones are
// counted once, as when the table is created on a site that already holds lines.
$started = microtime( true );
LedgerTotals::rebuild( YEAR . '-01', YEAR . '-12' );
printf( "Seeded %s lines in %.1f s; their totals counted in %.1f s.\n", number_format( $count ), $seeded, microtime( true ) - $started );
if ( isset( $options['seed-only'] ) ) {
	exit( 0 );
}

$routes = array(
	'yearly dashboard' => array( '/ttdt/v1/royalty/summary', array( 'year' => YEAR ) ),
	'yearly statement' => array( '/ttdt/v1/royalty/statement', array( 'period' => (string) YEAR ) ),
);
$over   = false;
foreach ( $routes as $name => list( $route, $params ) ) {
	$times = array();
	for ( $run = 0; $run < 5; $run++ ) {
		$request = new WP_REST_Request( 'GET', $route );
		foreach ( $params as $key => $value ) {
			$request->set_param( $key, $value );
		}
		$start    = microtime( true );
		$response = rest_do_request( $request );
		$times[]  = ( microtime( true ) - $start ) * 1000;
		if ( 200 !== $response->get_status() ) {
			fwrite( STDERR, "$name answered " . $response->get_status() . "\n" );
			exit( 1 );
		}
	}
	sort( $times );
	$median = $times[2];
	$over   = $over || $median > BUDGET_MS;
	printf( "%-18s median %6.1f ms (min %.1f, max %.1f) budget %d ms %s\n", $name, $median, $times[0], $times[4], BUDGET_MS, $median > BUDGET_MS ? 'OVER' : 'ok' );
}

if ( ! isset( $options['keep'] ) ) {
	$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE fiscal_year = %d', $table, YEAR ) );
	LedgerTotals::rebuild( YEAR . '-01', YEAR . '-12' );
}
exit( $over ? 1 : 0 );
