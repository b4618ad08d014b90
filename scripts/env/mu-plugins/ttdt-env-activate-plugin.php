<?php
/**
 * Local environment only: activates the plugin mapped to `wp-content/plugins/ttdt-portal`.
 *
 * wp-env names plugins it activates after their folder (`plugin/` here), but the plugin must
 * live at `wp-content/plugins/ttdt-portal` like on a real site, so the environment maps the
 * folder there and activates it itself, once, the way an administrator would.
 *
 * @package Ttdt
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function (): void {
		$plugin = 'ttdt-portal/ttdt-portal.php';
		if ( ! defined( 'TTDT_ENV' ) || in_array( $plugin, (array) get_option( 'active_plugins', array() ), true ) || ! file_exists( WP_PLUGIN_DIR . '/' . $plugin ) ) {
			return;
		}
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		activate_plugin( $plugin );
	},
	1
);
