<?php
/**
 * Drives the plugin's life cycle on a native Multisite network, for the network e2e spec:
 *
 *   php network-lifecycle.php <wordpress-dir> <host:port> state|activate|deactivate|uninstall [keep|delete]
 *
 * `state` prints, as JSON, what the plugin left on each site (its tables, its options, its
 * roles) and on the network (its network options). `activate`/`deactivate` act network-wide,
 * as the Network Admin's Plugins screen does; `uninstall` runs the plugin's uninstall.php as
 * core's `uninstall_plugin()` does (the plugin folder stays: it is the checkout), after
 * setting the "delete data" choice. The environment's must-use plugin, which activates the
 * plugin on any request where it is inactive, stands aside in these processes.
 *
 * @package Ttdt
 */

if ( 'cli' !== PHP_SAPI || $argc < 4 ) {
	fwrite( STDERR, "usage: php network-lifecycle.php <wordpress-dir> <host:port> state|activate|deactivate|uninstall [keep|delete]\n" );
	exit( 2 );
}
list( , $ttdt_dir, $ttdt_host, $ttdt_action ) = $argv;

$_SERVER['HTTP_HOST']       = $ttdt_host;
$_SERVER['SERVER_NAME']     = explode( ':', $ttdt_host )[0];
$_SERVER['SERVER_PORT']     = explode( ':', $ttdt_host )[1] ?? '80';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define( 'TTDT_NO_ENV_ACTIVATION', true );
// Only the JSON on standard output (core's own deprecation notices go to the debug log).
define( 'WP_DEBUG_DISPLAY', false );

require $ttdt_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$ttdt_plugin = 'ttdt-portal/ttdt-portal.php';
wp_set_current_user( 1 );

if ( 'activate' === $ttdt_action ) {
	$ttdt_result = activate_plugin( $ttdt_plugin, '', true );
	exit( is_wp_error( $ttdt_result ) ? 1 : 0 );
}
if ( 'deactivate' === $ttdt_action ) {
	deactivate_plugins( $ttdt_plugin, false, true );
	exit( 0 );
}
if ( 'uninstall' === $ttdt_action ) {
	if ( is_plugin_active_for_network( $ttdt_plugin ) ) {
		fwrite( STDERR, "Deactivate the plugin first, as WordPress requires.\n" );
		exit( 1 );
	}
	update_site_option( 'ttdt_delete_data_on_uninstall', 'delete' === ( $argv[4] ?? 'keep' ) );
	uninstall_plugin( $ttdt_plugin );
	exit( 0 );
}
if ( 'state' === $ttdt_action ) {
	global $wpdb;
	$ttdt_state = array(
		'network_active'  => is_plugin_active_for_network( $ttdt_plugin ),
		'network_options' => $wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM {$wpdb->sitemeta} WHERE meta_key LIKE %s", 'ttdt\_%' ) ),
		'sites'           => array(),
	);
	foreach ( get_sites( array( 'number' => 0 ) ) as $ttdt_site ) {
		switch_to_blog( (int) $ttdt_site->blog_id );
		$ttdt_state['sites'][ $ttdt_site->path ] = array(
			'tables'  => $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $wpdb->prefix . 'ttdt_' ) . '%' ) ),
			'options' => $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s AND option_name NOT LIKE %s", 'ttdt\_%', 'ttdt\_env\_%' ) ),
			'roles'   => array_values( array_filter( array_keys( wp_roles()->roles ), static fn( $role ) => str_starts_with( $role, 'ttdt_' ) ) ),
		);
		restore_current_blog();
	}
	echo wp_json_encode( $ttdt_state );
	exit( 0 );
}
fwrite( STDERR, "unknown action: $ttdt_action\n" );
exit( 2 );
