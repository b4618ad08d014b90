<?php
/**
 * Local environment only: sets up a fresh site the way a Vietnamese commune runs it.
 *
 * Runs once per site (guarded by an option): Vietnamese language, Vietnam's time zone,
 * dd/mm/yyyy dates and pretty permalinks.
 *
 * @package Ttdt
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
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
		update_option( 'ttdt_env_defaults_applied', 1 );
		flush_rewrite_rules( false );
	},
	5
);
