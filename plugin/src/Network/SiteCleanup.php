<?php
/**
 * What uninstalling removes from a site (and from the network).
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Roles;

/**
 * Run by `uninstall.php` on the single site, or on every site of a network, switched to it.
 *
 * Always removed: the roles, every `ttdt_` option and every `ttdt_` cron event. The plugin's
 * tables (audit log, feedback, royalty ledger, comments, indexes) are public record
 * (Art. 6.3.6, 12.4) and stay, unless the administrator chose to delete the data
 * ({@see self::DELETE_DATA_OPTION}: an option of the site, or on a network a network option
 * set by the network administrator). Posts and pages are WordPress's content and stay.
 *
 * @since 0.1.0
 */
final class SiteCleanup {

	/**
	 * Option (site option on a network) that asks uninstalling to delete the plugin's tables.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DELETE_DATA_OPTION = 'ttdt_delete_data_on_uninstall';

	/**
	 * Whether uninstalling deletes the data: read before anything is removed.
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	public static function delete_data_asked(): bool {
		// On a single site get_site_option() reads the site's own option.
		return (bool) get_site_option( self::DELETE_DATA_OPTION, false );
	}

	/**
	 * Cleans the current site.
	 *
	 * @since 0.1.0
	 *
	 * @param bool $delete_data Whether to drop the plugin's tables too.
	 */
	public static function clean_site( bool $delete_data ): void {
		global $wpdb;

		Roles::remove();

		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- no API lists options by prefix; runs once, on uninstall.
		$options = $wpdb->get_col(
			$wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( 'ttdt_' ) . '%' )
		);
		foreach ( $options as $option ) {
			delete_option( $option );
		}

		foreach ( (array) _get_cron_array() as $events ) {
			foreach ( array_keys( (array) $events ) as $hook ) {
				if ( str_starts_with( (string) $hook, 'ttdt_' ) ) {
					wp_unschedule_hook( $hook );
				}
			}
		}

		if ( $delete_data ) {
			foreach ( self::tables( $wpdb->prefix ) as $table ) {
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- a table name read from SHOW TABLES, quoted.
				$wpdb->query( 'DROP TABLE IF EXISTS `' . str_replace( '`', '', $table ) . '`' );
			}
		}
	}

	/**
	 * Removes the network's own options (`ttdt_` site options).
	 *
	 * @since 0.1.0
	 */
	public static function clean_network(): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- no API lists network options by prefix; runs once, on uninstall.
		$options = $wpdb->get_col(
			$wpdb->prepare( "SELECT meta_key FROM {$wpdb->sitemeta} WHERE meta_key LIKE %s", $wpdb->esc_like( 'ttdt_' ) . '%' )
		);
		foreach ( $options as $option ) {
			delete_site_option( $option );
		}
	}

	/**
	 * The plugin's tables of one site: its prefix, then `ttdt_`. On a network the main site's
	 * prefix (`wp_`) does not match another site's tables (`wp_2_ttdt_…`).
	 *
	 * @since 0.1.0
	 *
	 * @param string $prefix The site's table prefix.
	 * @return string[]
	 */
	public static function tables( string $prefix ): array {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the schema is the only list of the tables that exist.
		return array_map( 'strval', (array) $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $prefix . 'ttdt_' ) . '%' ) ) );
	}
}
