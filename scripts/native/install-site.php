<?php
/**
 * Installs WordPress for a native test or development site, without WP-CLI (not packaged
 * for Debian 12). Called by `scripts/native-site.mjs` in two PHP processes:
 *
 *   php install-site.php <wordpress-dir> <site-url> install
 *   php install-site.php <wordpress-dir> <site-url> activate
 *   php install-site.php <wordpress-dir> <site-url> install network   (a Multisite network)
 *   php install-site.php <wordpress-dir> <site-url> sites             (its seeded communes)
 *
 * A network installs as WordPress's Network Setup does: a single site first (wp-config skips
 * the Multisite constants while TTDT_NETWORK_INSTALLING is defined), then the network tables
 * (`install_network()`, `populate_network()`). The `activate` phase then network-activates
 * the plugin (the environment's must-use plugin does), and `sites` creates the communes with
 * `wpmu_create_blog()`, whose `wp_initialize_site` gives each the plugin's set-up.
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

$network = 'network' === ( $argv[4] ?? '' );

if ( 'install' === $phase ) {
	define( 'WP_INSTALLING', true );
	if ( $network ) {
		define( 'TTDT_NETWORK_INSTALLING', true );
	}
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
	if ( $network ) {
		global $wpdb;
		// The network tables are not known to wpdb while the site is not yet Multisite.
		foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed_table ) {
			$wpdb->$table = $prefixed_table;
		}
		install_network();
		$result = populate_network( 1, $_SERVER['HTTP_HOST'], 'admin@localhost.com', 'Cổng thông tin điện tử tỉnh', '/', false );
		if ( is_wp_error( $result ) ) {
			fwrite( STDERR, 'Network install failed: ' . $result->get_error_message() . "\n" );
			exit( 1 );
		}
		// New sites speak Vietnamese like the main one.
		update_site_option( 'WPLANG', 'vi' );
	}
	exit( 0 );
}

if ( 'sites' === $phase ) {
	require $wordpress_dir . '/wp-load.php';
	// Three communes of one province, each with its own unit name in the plugin's settings.
	$communes = array(
		'xa-dai-dong' => 'xã Đại Đồng',
		'xa-hanh-lam' => 'xã Hạnh Lâm',
		'xa-cat-ngan' => 'xã Cát Ngạn',
	);
	$admin    = get_user_by( 'login', 'admin' );
	foreach ( $communes as $slug => $unit ) {
		$path = '/' . $slug . '/';
		if ( get_blog_id_from_url( $_SERVER['HTTP_HOST'], $path ) ) {
			continue;
		}
		$site_id = wpmu_create_blog(
			$_SERVER['HTTP_HOST'],
			$path,
			'Trang thông tin điện tử ' . $unit,
			$admin->ID,
			array(
				'WPLANG'                    => 'vi',
				'timezone_string'           => 'Asia/Ho_Chi_Minh',
				'date_format'               => 'd/m/Y',
				'time_format'               => 'H:i',
				'start_of_week'             => 1,
				'permalink_structure'       => '/%postname%/',
				'ttdt_env_defaults_applied' => 1,
				'ttdt_settings'             => array( 'unit_name' => $unit ),
			)
		);
		if ( is_wp_error( $site_id ) ) {
			fwrite( STDERR, "Creating {$path} failed: " . $site_id->get_error_message() . "\n" );
			exit( 1 );
		}
		switch_to_blog( $site_id );
		$ready = get_role( 'ttdt_publisher' ) && '' !== (string) get_option( 'ttdt_roles_version' );
		restore_current_blog();
		if ( ! $ready ) {
			fwrite( STDERR, "The plugin's set-up did not run for the new site {$path}\n" );
			exit( 1 );
		}
	}
	exit( 0 );
}

if ( 'activate' === $phase ) {
	require $wordpress_dir . '/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	flush_rewrite_rules( false );
	$plugin = 'ttdt-portal/ttdt-portal.php';
	if ( file_exists( WP_PLUGIN_DIR . '/' . $plugin ) && ! ( is_multisite() ? is_plugin_active_for_network( $plugin ) : is_plugin_active( $plugin ) ) ) {
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
