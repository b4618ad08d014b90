<?php
/**
 * Local environment only: WordPress.org is not reachable from the project's machines.
 *
 * Offline, WordPress's update checks (cron and admin screens) and the login screen's list of
 * languages offered by WordPress.org (`translations_api()`) each log a PHP warning. Those would
 * hide the plugin's own warnings in the tests' debug log, so the environment does not ask.
 * The update checks are unhooked where `wp-includes/update.php` hooked them, which has run
 * before must-use plugins load.
 *
 * @package Ttdt
 */

defined( 'ABSPATH' ) || exit;

foreach ( array( 'core', 'plugins', 'themes' ) as $ttdt_env_kind ) {
	remove_action( 'admin_init', '_maybe_update_' . $ttdt_env_kind );
}
remove_action( 'wp_version_check', 'wp_version_check' );
remove_action( 'wp_update_plugins', 'wp_update_plugins' );
remove_action( 'wp_update_themes', 'wp_update_themes' );
remove_action( 'wp_maybe_auto_update', 'wp_maybe_auto_update' );
remove_action( 'init', 'wp_schedule_update_checks' );
foreach ( array( 'load-plugins.php', 'load-update.php', 'load-update-core.php' ) as $ttdt_env_screen ) {
	remove_action( $ttdt_env_screen, 'wp_update_plugins' );
}
foreach ( array( 'load-themes.php', 'load-update.php', 'load-update-core.php' ) as $ttdt_env_screen ) {
	remove_action( $ttdt_env_screen, 'wp_update_themes' );
}
unset( $ttdt_env_kind, $ttdt_env_screen );

// After installing a plugin (the zip-install test), the admin checks again; its hooks are
// added with the admin's own files, after must-use plugins load.
add_action(
	'admin_init',
	static function (): void {
		remove_action( 'upgrader_process_complete', 'wp_version_check', 10 );
		remove_action( 'upgrader_process_complete', 'wp_update_plugins', 10 );
		remove_action( 'upgrader_process_complete', 'wp_update_themes', 10 );
		remove_action( 'upgrader_process_complete', array( 'Language_Pack_Upgrader', 'async_upgrade' ), 20 );
	}
);

add_filter(
	'translations_api',
	static fn( $result, string $type ) => 'core' === $type ? array( 'translations' => array() ) : $result,
	10,
	2
);
