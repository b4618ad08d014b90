<?php
/**
 * Installs WordPress for a native test or development site, without WP-CLI (not packaged
 * for Debian 12). Called by `scripts/native-site.mjs` in two PHP processes:
 *
 *   php install-site.php <wordpress-dir> <site-url> install
 *   php install-site.php <wordpress-dir> <site-url> activate
 *
 * `install` runs before the environment's must-use plugins are linked in (they read options
 * that do not exist yet). `activate` then runs as an ordinary request in which the site's
 * `vi` locale is already in force, so the plugin's activation creates Vietnamese names; the
 * must-use plugins apply the site defaults and activate the plugin exactly as they do on the
 * Playground sites, and this file only flushes the rewrite rules (pretty permalinks 404
 * otherwise) and checks the result.
 *
 * @package Ttdt
 */

if ( 'cli' !== PHP_SAPI || $argc < 4 ) {
	fwrite( STDERR, "usage: php install-site.php <wordpress-dir> <site-url> install|activate\n" );
	exit( 2 );
}

list( , $wordpress_dir, $site_url, $phase ) = $argv;

// WordPress reads the request from $_SERVER even on the command line.
$parts                     = parse_url( $site_url );
$_SERVER['HTTP_HOST']      = $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
$_SERVER['SERVER_NAME']    = $parts['host'];
$_SERVER['SERVER_PORT']    = (string) ( $parts['port'] ?? 80 );
$_SERVER['REQUEST_URI']    = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

if ( 'install' === $phase ) {
	define( 'WP_INSTALLING', true );
	require $wordpress_dir . '/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	if ( is_blog_installed() ) {
		exit( 0 );
	}
	// The same title and administrator as a Playground site (admin / password).
	$result = wp_install( 'My WordPress Website', 'admin', 'admin@localhost.com', true, '', wp_slash( 'password' ), 'vi' );
	if ( empty( $result['user_id'] ) ) {
		fwrite( STDERR, "WordPress install failed\n" );
		exit( 1 );
	}
	exit( 0 );
}

if ( 'activate' === $phase ) {
	require $wordpress_dir . '/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	flush_rewrite_rules( false );
	$plugin = 'ttdt-portal/ttdt-portal.php';
	if ( file_exists( WP_PLUGIN_DIR . '/' . $plugin ) && ! is_plugin_active( $plugin ) ) {
		fwrite( STDERR, "The plugin was not activated by the environment's must-use plugin\n" );
		exit( 1 );
	}
	if ( 'vi' !== get_option( 'WPLANG' ) || '/%postname%/' !== get_option( 'permalink_structure' ) ) {
		fwrite( STDERR, "The site defaults (vi, pretty permalinks) were not applied\n" );
		exit( 1 );
	}
	exit( 0 );
}

fwrite( STDERR, "unknown phase: $phase\n" );
exit( 2 );
