<?php
/**
 * Benchmark of legacy Vietnamese text detection and conversion on worst-case inputs.
 *
 *     php -d memory_limit=128M scripts/bench/legacy-text.php [--json] [--case=NAME] [--chars=N]
 *
 * Budget (issue 8): any input up to the limit of `/ttdt/v1/text/convert` (1,000,000
 * characters) is detected and converted in at most 64 MB peak and 1 s. Each case runs in its
 * own PHP process, so its peak memory is its own and caches start cold, as in a request. The
 * figures are for `LegacyText::detect()` (what the publish rule runs) and
 * `LegacyText::convert()` (what the route runs, detection included); the peak counts the
 * input too.
 *
 * The 1 s is judged on the CPU time the process used: on a shared machine the wall-clock time
 * (printed too) mostly measures the other processes waiting for the same cores. Exits 1 when
 * any case is over budget. With `--json` it prints one JSON object (for a general bench
 * runner) instead of the table.
 *
 * The plugin classes are loaded directly: they need nothing of WordPress but `ABSPATH`.
 *
 * @package Ttdt
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput -- a CLI script, not part of the plugin.

const BUDGET_MS = 1000;
const BUDGET_MB = 64;

define( 'ABSPATH', __DIR__ . '/' );
define( 'TTDT_DIR', dirname( __DIR__, 2 ) . '/plugin/' );
$text_dir = dirname( __DIR__, 2 ) . '/plugin/src/VietnameseText';
foreach ( glob( $text_dir . '/*.php' ) as $file ) {
	$source = (string) file_get_contents( $file );
	// Only the pure text classes: the others are WordPress hooks and REST controllers.
	if ( ! preg_match( '/\b(implements|extends)\b/', $source ) ) {
		require_once $file;
	}
}
require_once __DIR__ . '/legacy-text-inputs.php';

use Ttdt\VietnameseText\LegacyText;

$options = getopt( '', array( 'json', 'case:', 'chars:' ) );
// The /text/convert route's limit (TextController::MAX_LENGTH): the budget holds up to it.
$chars   = isset( $options['chars'] ) ? max( 1, (int) $options['chars'] ) : 1000000;

if ( isset( $options['case'] ) ) {
	echo json_encode( run_case( (string) $options['case'], $chars ) );
	exit( 0 );
}

$rows = array();
foreach ( array_keys( LegacyTextInputs::cases() ) as $name ) {
	$rows[] = spawn_case( $name, $chars );
}
$met = ! in_array( false, array_column( $rows, 'met' ), true );

if ( isset( $options['json'] ) ) {
	echo json_encode(
		array(
			'bench'  => 'legacy-text',
			'budget' => array(
				'ms' => BUDGET_MS,
				'mb' => BUDGET_MB,
			),
			'chars'  => $chars,
			'met'    => $met,
			'cases'  => $rows,
		),
		JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE
	) . "\n";
} else {
	print_table( $rows, $chars );
}
exit( $met ? 0 : 1 );

/**
 * Runs one case in this process and returns its figures.
 *
 * @param string $name  Case name.
 * @param int    $chars Input length in characters.
 * @return array<string, mixed>
 */
function run_case( string $name, int $chars ): array {
	$text = LegacyTextInputs::cases()[ $name ]( $chars );
	gc_collect_cycles();
	memory_reset_peak_usage();

	$start      = hrtime( true );
	$cpu        = cpu_ms();
	$detected   = LegacyText::detect( $text );
	$detect     = ( hrtime( true ) - $start ) / 1e6;
	$detect_cpu = cpu_ms() - $cpu;

	$start       = hrtime( true );
	$cpu         = cpu_ms();
	$converted   = LegacyText::convert( $text );
	$convert     = ( hrtime( true ) - $start ) / 1e6;
	$convert_cpu = cpu_ms() - $cpu;

	return array(
		'case'           => $name,
		'chars'          => mb_strlen( $text ),
		'bytes'          => strlen( $text ),
		'detected'       => $detected,
		'converted'      => $converted['encoding'],
		'detect_ms'      => round( $detect, 1 ),
		'detect_cpu_ms'  => round( $detect_cpu, 1 ),
		'convert_ms'     => round( $convert, 1 ),
		'convert_cpu_ms' => round( $convert_cpu, 1 ),
		'peak_mb'        => round( memory_get_peak_usage() / 1048576, 1 ),
	);
}

/**
 * CPU time this process has used, in milliseconds.
 *
 * @return float
 */
function cpu_ms(): float {
	$usage = getrusage();
	return ( $usage['ru_utime.tv_sec'] + $usage['ru_stime.tv_sec'] ) * 1000 + ( $usage['ru_utime.tv_usec'] + $usage['ru_stime.tv_usec'] ) / 1000;
}

/**
 * Runs one case in a child PHP process, so memory and caches are its own.
 *
 * @param string $name  Case name.
 * @param int    $chars Input length in characters.
 * @return array<string, mixed>
 */
function spawn_case( string $name, int $chars ): array {
	$command = sprintf(
		'%s -d memory_limit=%s %s --case=%s --chars=%d 2>&1',
		escapeshellarg( PHP_BINARY ),
		escapeshellarg( (string) ini_get( 'memory_limit' ) ),
		escapeshellarg( __FILE__ ),
		escapeshellarg( $name ),
		$chars
	);
	$output = (string) shell_exec( $command );
	$row    = json_decode( $output, true );
	if ( ! is_array( $row ) ) {
		return array(
			'case'  => $name,
			'chars' => $chars,
			'error' => trim( preg_replace( '/\s+/', ' ', $output ) ),
			'met'   => false,
		);
	}
	$row['met'] = $row['detect_cpu_ms'] <= BUDGET_MS && $row['convert_cpu_ms'] <= BUDGET_MS && $row['peak_mb'] <= BUDGET_MB;
	return $row;
}

/**
 * Prints the results as a table.
 *
 * @param array<int, array<string, mixed>> $rows  Results.
 * @param int                              $chars Input length.
 */
function print_table( array $rows, int $chars ): void {
	printf( "Legacy text: detect and convert, %s characters per input; budget %d ms of CPU each, %d MB peak.\n\n", number_format( $chars ), BUDGET_MS, BUDGET_MB );
	$format = "%-22s %10s %6s %18s %18s %8s  %s\n";
	printf( $format, 'input', 'bytes', 'found', 'detect ms cpu/wall', 'convert cpu/wall', 'peak MB', 'budget met' );
	foreach ( $rows as $row ) {
		if ( isset( $row['error'] ) ) {
			printf( "%-22s FAILED: %s\n", $row['case'], substr( $row['error'], 0, 160 ) );
			continue;
		}
		printf(
			$format,
			$row['case'],
			number_format( $row['bytes'] ),
			$row['detected'] ?? '-',
			sprintf( '%.0f / %.0f', $row['detect_cpu_ms'], $row['detect_ms'] ),
			sprintf( '%.0f / %.0f', $row['convert_cpu_ms'], $row['convert_ms'] ),
			number_format( $row['peak_mb'], 1 ),
			$row['met'] ? 'yes' : 'NO'
		);
	}
}
