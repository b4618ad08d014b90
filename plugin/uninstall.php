<?php
/**
 * Uninstall: removes the plugin's roles, options and scheduled events.
 *
 * Content — posts, collaborators, the audit log table, royalty statements — is public record
 * (Art. 6.3.6, 12.4) and stays. The plugin's services are not booted here, so everything the
 * plugin stored is found by its `ttdt_` prefix rather than by asking each feature.
 *
 * @package Ttdt
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/src/Autoloader.php';
\Ttdt\Autoloader::register( 'Ttdt\\', __DIR__ . '/src/' );

\Ttdt\Access\Roles::remove();

global $wpdb;
// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- no API lists options by prefix; runs once, on uninstall.
$ttdt_options = $wpdb->get_col(
	$wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( 'ttdt_' ) . '%' )
);
foreach ( $ttdt_options as $ttdt_option ) {
	delete_option( $ttdt_option );
}

foreach ( (array) _get_cron_array() as $ttdt_events ) {
	foreach ( array_keys( (array) $ttdt_events ) as $ttdt_hook ) {
		if ( str_starts_with( (string) $ttdt_hook, 'ttdt_' ) ) {
			wp_unschedule_hook( $ttdt_hook );
		}
	}
}
