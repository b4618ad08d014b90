<?php
/**
 * Uninstall: removes the plugin's roles and settings. Content (posts, audit entries, royalty
 * statements) is public record and stays.
 *
 * @package Ttdt
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/src/Autoloader.php';
\Ttdt\Autoloader::register( 'Ttdt\\', __DIR__ . '/src/' );

\Ttdt\Access\Roles::remove();
delete_option( \Ttdt\Settings\Settings::OPTION );
delete_option( \Ttdt\Content\Sections::OPTION );

/**
 * Fires when the plugin is uninstalled, so features remove their own options and events.
 *
 * @since 0.1.0
 */
do_action( 'ttdt_uninstall' );
