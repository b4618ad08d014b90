<?php
/**
 * Writes the portal settings option.
 *
 * @package Ttdt
 */

namespace Ttdt\Settings;

defined( 'ABSPATH' ) || exit;

use WP_Error;

/**
 * Keeps in the option only what the site has set: a value sent unchanged (a form sends every
 * field) does not pin the site to it, so the site keeps following the default — on a network,
 * the province's figure ({@see \Ttdt\Network\NetworkSettings}). Refuses a change to a setting
 * the network administrator has fixed for every site.
 *
 * @since 0.1.0
 */
final class SettingsStore {

	/**
	 * Stores validated settings.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $next   Every setting after the change, sanitised.
	 * @param array<string, mixed> $before Every setting before it.
	 * @return true|WP_Error
	 */
	public static function save( array $next, array $before ) {
		/**
		 * Filters the names of the settings this site may not change.
		 *
		 * @since 0.1.0
		 *
		 * @param string[] $locked Setting names.
		 */
		foreach ( (array) apply_filters( Settings::LOCKED_FILTER, array() ) as $key ) {
			if ( array_key_exists( $key, $next ) && $next[ $key ] !== ( $before[ $key ] ?? null ) ) {
				return new WP_Error(
					'ttdt_setting_locked',
					/* translators: %s: name of the setting. */
					sprintf( __( '"%s" is set for the whole province by the network administrator. Ask the provincial Department to change it.', 'ttdt-portal' ), SettingsSchema::schema()['properties'][ $key ]['title'] ?? $key ),
					array( 'status' => 403 )
				);
			}
		}

		$stored = get_option( Settings::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		$keep   = array();
		foreach ( $next as $key => $value ) {
			if ( array_key_exists( $key, $stored ) || $value !== ( $before[ $key ] ?? null ) ) {
				$keep[ $key ] = $value;
			}
		}
		update_option( Settings::OPTION, $keep );
		return true;
	}
}
