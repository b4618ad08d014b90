<?php
/**
 * Uninstall: removes the plugin's roles, options and scheduled events, from every site of a
 * network when the plugin ran on one.
 *
 * Content — posts, collaborators, the audit log table, royalty statements — is public record
 * (Art. 6.3.6, 12.4) and stays, unless the administrator asked for the data to be deleted
 * (see `Ttdt\Network\SiteCleanup`). The plugin's services are not booted here.
 *
 * @package Ttdt
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/src/Autoloader.php';
\Ttdt\Autoloader::register( 'Ttdt\\', __DIR__ . '/src/' );

// Read before anything is removed: the choice is itself a `ttdt_` option.
$ttdt_delete_data = \Ttdt\Network\SiteCleanup::delete_data_asked();

if ( is_multisite() ) {
	\Ttdt\Network\NetworkSetup::each_site(
		static function () use ( $ttdt_delete_data ): void {
			\Ttdt\Network\SiteCleanup::clean_site( $ttdt_delete_data );
		}
	);
	\Ttdt\Network\SiteCleanup::clean_network();
} else {
	\Ttdt\Network\SiteCleanup::clean_site( $ttdt_delete_data );
}
