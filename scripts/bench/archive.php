<?php
/**
 * The archive at scale (issue 14): seeds items in bulk SQL, exports them with the background
 * job's own steps, and restores a package into an (empty) site, printing time and PHP's peak
 * memory as JSON (`npm run bench -- --only archive`).
 *
 *     php scripts/bench/archive.php <wordpress-dir> <site-url> seed N
 *     php scripts/bench/archive.php <wordpress-dir> <site-url> export
 *     php scripts/bench/archive.php <wordpress-dir> <site-url> restore <package.zip>
 *
 * Export and restore run `ArchiveJobRunner::run()` in 20-second chunks, as the loopback
 * requests do, but in one process: its peak memory covers every chunk, so a leak from one
 * chunk to the next would show. Seeding writes rows directly (`wp_insert_post()` would take
 * an hour for 50,000 items; the bench measures the archive, not the editor): posts with the
 * plugin's source and writer, one revision for every tenth, and one audit entry each.
 *
 * @package Ttdt
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput, WordPress.DB.PreparedSQL.NotPrepared -- a CLI script, not part of the plugin; every row is prepared.

if ( 'cli' !== PHP_SAPI || $argc < 4 ) {
	fwrite( STDERR, "usage: php archive.php <wordpress-dir> <site-url> seed N | export | restore <zip>\n" );
	exit( 2 );
}
list( , $wordpress_dir, $site_url, $mode ) = $argv;

$parts                      = parse_url( $site_url );
$_SERVER['HTTP_HOST']       = $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
$_SERVER['SERVER_NAME']     = $parts['host'];
$_SERVER['SERVER_PORT']     = (string) ( $parts['port'] ?? 80 );
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

require $wordpress_dir . '/wp-load.php';

use Ttdt\Archive\ArchiveExporter;
use Ttdt\Archive\ArchiveJobRunner;
use Ttdt\Archive\ArchiveJobs;
use Ttdt\Archive\ArchiveRestorer;
use Ttdt\Archive\ArchiveStore;
use Ttdt\Archive\ArchiveVerifier;
use Ttdt\Audit\AuditTable;
use Ttdt\Settings\Settings;

wp_set_current_user( 1 );
// The bench drives the chunks itself: no loopback to the site.
add_filter( 'pre_http_request', static fn() => array( 'response' => array( 'code' => 200 ), 'body' => '' ) );
global $wpdb;

if ( 'seed' === $mode ) {
	$count   = max( 1, (int) ( $argv[4] ?? 50000 ) );
	$started = microtime( true );
	$now     = gmdate( 'Y-m-d H:i:s' );
	$audit   = $wpdb->prefix . AuditTable::NAME;
	$wpdb->query( 'SET autocommit = 0' );
	for ( $i = 1; $i <= $count; $i++ ) {
		$wpdb->insert(
			$wpdb->posts,
			array(
				'post_author'           => 1,
				'post_title'            => 'Tin số ' . $i . ': Hội nghị triển khai nhiệm vụ của xã',
				'post_name'             => 'tin-so-' . $i,
				'post_type'             => 'post',
				'post_status'           => 'publish',
				'post_content'          => '<!-- wp:paragraph --><p>Sáng nay, Ủy ban nhân dân xã tổ chức hội nghị triển khai nhiệm vụ số ' . $i . '. Các thôn báo cáo kết quả và đề xuất giải pháp.</p><!-- /wp:paragraph -->',
				'post_excerpt'          => '',
				'to_ping'               => '',
				'pinged'                => '',
				'post_content_filtered' => '',
				'post_date'             => $now,
				'post_date_gmt'         => $now,
				'post_modified'         => $now,
				'post_modified_gmt'     => $now,
			)
		);
		$id = (int) $wpdb->insert_id;
		$wpdb->query( $wpdb->prepare( "INSERT INTO {$wpdb->postmeta} (post_id, meta_key, meta_value) VALUES (%d, 'ttdt_source', 'Văn phòng HĐND-UBND'), (%d, 'ttdt_writer', 'Trần Thị Bình')", $id, $id ) );
		if ( 0 === $i % 10 ) {
			$wpdb->insert(
				$wpdb->posts,
				array(
					'post_author'           => 1,
					'post_title'            => 'Tin số ' . $i,
					'post_name'             => $id . '-revision-v1',
					'post_type'             => 'revision',
					'post_status'           => 'inherit',
					'post_parent'           => $id,
					'post_content'          => 'Bản thảo đầu.',
					'post_excerpt'          => '',
					'to_ping'               => '',
					'pinged'                => '',
					'post_content_filtered' => '',
					'post_date'             => $now,
					'post_date_gmt'         => $now,
					'post_modified'         => $now,
					'post_modified_gmt'     => $now,
				)
			);
		}
		$wpdb->insert(
			$audit,
			array(
				'occurred_at' => $now,
				'user_id'     => 1,
				'user_login'  => 'admin',
				'action'      => 'post.publish',
				'object_type' => 'post',
				'object_id'   => $id,
				'summary'     => 'Tin số ' . $i,
				'ip'          => '',
			)
		);
		if ( 0 === $i % 1000 ) {
			$wpdb->query( 'COMMIT' );
		}
	}
	$wpdb->query( 'COMMIT' );
	echo wp_json_encode(
		array(
			'items'   => $count,
			'seconds' => round( microtime( true ) - $started, 1 ),
		)
	), "\n";
	exit( 0 );
}

$store    = new ArchiveStore();
$settings = new Settings();
$runner   = new ArchiveJobRunner(
	new ArchiveJobs(),
	array(
		'export'  => new ArchiveExporter( $store, $settings ),
		'verify'  => new ArchiveVerifier( $store ),
		'restore' => new ArchiveRestorer( $store, $settings ),
	)
);
$started = microtime( true );
if ( 'export' === $mode ) {
	$job = $runner->start( 'export', array( 'personal' => false ) );
} elseif ( 'restore' === $mode ) {
	$package = ( new ArchiveRestorer( $store, $settings ) )->import( (string) ( $argv[4] ?? '' ) );
	if ( is_wp_error( $package ) ) {
		fwrite( STDERR, $package->get_error_message() . "\n" );
		exit( 1 );
	}
	$job = $runner->start( 'restore', array( 'package' => $package['id'] ) );
} else {
	fwrite( STDERR, "unknown mode {$mode}\n" );
	exit( 2 );
}
if ( is_wp_error( $job ) ) {
	fwrite( STDERR, $job->get_error_message() . "\n" );
	exit( 1 );
}
$chunks = 0;
while ( in_array( $job['status'], array( 'queued', 'running' ), true ) ) {
	$job = $runner->run( (int) $job['id'], ArchiveJobRunner::BUDGET );
	++$chunks;
}
$result = (array) ( $job['state']['result'] ?? array() );
echo wp_json_encode(
	array(
		'status'  => $job['status'],
		'error'   => $job['error'],
		'seconds' => round( microtime( true ) - $started, 1 ),
		'peak_mb' => round( memory_get_peak_usage( true ) / 1048576, 1 ),
		'chunks'  => $chunks,
		'file'    => isset( $result['id'] ) ? $store->path( (string) $result['id'] ) : '',
		'size_mb' => round( (int) ( $result['size'] ?? 0 ) / 1048576, 1 ),
		'counts'  => $result['restored'] ?? ( $result['counts'] ?? array() ),
	),
	JSON_UNESCAPED_SLASHES
), "\n";
exit( 'done' === $job['status'] ? 0 : 1 );
