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
		// The network life-cycle test (scripts/native/network-lifecycle.php) deactivates and
		// uninstalls the plugin on purpose.
		if ( defined( 'TTDT_NO_ENV_ACTIVATION' ) ) {
			return;
		}
		// A network's environment activates the plugin network-wide, once, as a province would.
		if ( is_multisite() && array_key_exists( $plugin, (array) get_site_option( 'active_sitewide_plugins', array() ) ) ) {
			return;
		}
		// The clean site stands for a real one: whoever installs the zip there activates it.
		if ( ! defined( 'TTDT_ENV' ) || ( defined( 'TTDT_ENV_CLEAN' ) && TTDT_ENV_CLEAN ) || in_array( $plugin, (array) get_option( 'active_plugins', array() ), true ) || ! file_exists( WP_PLUGIN_DIR . '/' . $plugin ) ) {
			return;
		}
		// On a real server requests run in parallel (Playground runs one at a time): only the
		// request that claims the activation runs it, so the plugin's activation never runs
		// twice at once. INSERT IGNORE on the unique option name is the atomic claim.
		global $wpdb;
		$claim = 'ttdt_env_activation_claimed';
		// A claim left by a request that died during the activation expires after a minute.
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name = %s AND option_value < %s", $claim, (string) ( time() - 60 ) ) );
		$claimed = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'off')", $claim, (string) time() ) );
		if ( 1 !== $claimed ) {
			return;
		}
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		activate_plugin( $plugin, '', is_multisite() );
		$wpdb->delete( $wpdb->options, array( 'option_name' => $claim ) );
	},
	1
);
