<?php
/**
 * Local environment only: sets up a fresh site the way a Vietnamese commune runs it.
 *
 * Runs once per site (guarded by an option), early (`muplugins_loaded`) so that the very
 * request that applies it, and the plugin's activation in it, already speak Vietnamese:
 * Vietnamese language, Vietnam's time zone, dd/mm/yyyy dates and pretty permalinks.
 *
 * @package Ttdt
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'muplugins_loaded',
	static function (): void {
		if ( get_option( 'ttdt_env_defaults_applied' ) ) {
			return;
		}
		update_option( 'WPLANG', 'vi' );
		update_option( 'timezone_string', 'Asia/Ho_Chi_Minh' );
		update_option( 'date_format', 'd/m/Y' );
		update_option( 'time_format', 'H:i' );
		update_option( 'start_of_week', 1 );
		update_option( 'permalink_structure', '/%postname%/' );
		// Rewrite rules are rebuilt from the new structure on the next lookup.
		delete_option( 'rewrite_rules' );
		update_option( 'ttdt_env_defaults_applied', 1 );
	},
	20
);
