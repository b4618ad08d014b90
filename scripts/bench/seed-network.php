<?php
/**
 * Seeds the bench's Multisite network: communes up to a number of sites, each with a board,
 * items published this week, items waiting past their deadline and overdue feedback, so the
 * overview reads real rows on every site. Also prints an application password of the network
 * administrator for the timed requests.
 *
 *   php seed-network.php <wordpress-dir> <host:port> <sites>
 *
 * Sites are created with `wpmu_create_blog()` as a province would (each gets the plugin's
 * set-up on `wp_initialize_site`), in one process; the rows go straight into the tables.
 *
 * @package Ttdt
 */

if ( 'cli' !== PHP_SAPI || $argc < 4 ) {
	fwrite( STDERR, "usage: php seed-network.php <wordpress-dir> <host:port> <sites>\n" );
	exit( 2 );
}
list( , $ttdt_dir, $ttdt_host, $ttdt_sites ) = $argv;
$_SERVER['HTTP_HOST']       = $ttdt_host;
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define( 'WP_DEBUG_DISPLAY', false );
require $ttdt_dir . '/wp-load.php';

// Fixture accounts: bcrypt's default cost would make each one take a fifth of a second.
add_filter( 'wp_hash_password_options', static fn( array $options ): array => array( 'cost' => 4 ) + $options );

global $wpdb;
$ttdt_admin = get_user_by( 'login', 'admin' );
$ttdt_now   = current_datetime();
for ( $ttdt_n = count( get_sites( array( 'number' => 0, 'fields' => 'ids' ) ) ) + 1; $ttdt_n <= (int) $ttdt_sites; $ttdt_n++ ) {
	$ttdt_id = wpmu_create_blog(
		$ttdt_host,
		"/xa-{$ttdt_n}/",
		"Xã thử {$ttdt_n}",
		$ttdt_admin->ID,
		array(
			'WPLANG'                    => 'vi',
			'timezone_string'           => 'Asia/Ho_Chi_Minh',
			'ttdt_env_defaults_applied' => 1,
			'ttdt_settings'             => array( 'unit_name' => "xã Thử {$ttdt_n}" ),
		)
	);
	if ( is_wp_error( $ttdt_id ) ) {
		fwrite( STDERR, $ttdt_id->get_error_message() . "\n" );
		exit( 1 );
	}
	switch_to_blog( $ttdt_id );
	// A board of three, from users of their own.
	for ( $ttdt_m = 1; $ttdt_m <= 3; $ttdt_m++ ) {
		$ttdt_user = wp_insert_user(
			array(
				'user_login' => "bt{$ttdt_n}x{$ttdt_m}",
				'user_email' => "bt{$ttdt_n}x{$ttdt_m}@example.org",
				'user_pass'  => 'x',
				'role'       => 'ttdt_publisher',
			)
		);
		update_user_meta( $ttdt_user, 'ttdt_board_position', 1 === $ttdt_m ? 'head' : 'member' );
	}
	// Twenty items: published this week, and waiting since long ago.
	for ( $ttdt_i = 1; $ttdt_i <= 20; $ttdt_i++ ) {
		$wpdb->insert(
			$wpdb->posts,
			array(
				'post_author'       => 1,
				'post_title'        => "Tin {$ttdt_i}",
				'post_content'      => 'Nội dung.',
				'post_excerpt'      => '',
				'to_ping'           => '',
				'pinged'            => '',
				'post_content_filtered' => '',
				'post_status'       => $ttdt_i % 2 ? 'publish' : 'pending',
				'post_type'         => 'post',
				'post_date'         => $ttdt_now->format( 'Y-m-d H:i:s' ),
				'post_date_gmt'     => gmdate( 'Y-m-d H:i:s' ),
				'post_modified'     => $ttdt_now->format( 'Y-m-d H:i:s' ),
				'post_modified_gmt' => gmdate( 'Y-m-d H:i:s' ),
			)
		);
		if ( 0 === $ttdt_i % 2 ) {
			add_post_meta( $wpdb->insert_id, 'ttdt_received_at', $ttdt_now->modify( '-' . $ttdt_i . ' days' )->format( DATE_ATOM ) );
		}
	}
	for ( $ttdt_f = 1; $ttdt_f <= 10; $ttdt_f++ ) {
		$wpdb->insert(
			$wpdb->prefix . 'ttdt_feedback',
			array(
				'code'         => sprintf( 'PA%03d%04d', $ttdt_n, $ttdt_f ),
				'type'         => 'phan_anh',
				'status'       => $ttdt_f % 3 ? 'forwarded' : 'answered',
				'subject'      => 'Góp ý',
				'content'      => 'Nội dung.',
				'consent_text' => 'Đồng ý.',
				'received_at'  => gmdate( 'Y-m-d H:i:s', time() - 30 * DAY_IN_SECONDS ),
				'deadline_at'  => gmdate( 'Y-m-d H:i:s', time() + ( $ttdt_f - 5 ) * DAY_IN_SECONDS ),
			)
		);
	}
	restore_current_blog();
}
$ttdt_password = WP_Application_Passwords::create_new_application_password( $ttdt_admin->ID, array( 'name' => 'bench ' . time() ) );
echo 'admin:' . $ttdt_password[0] . "\n";
