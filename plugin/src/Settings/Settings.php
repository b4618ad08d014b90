<?php
/**
 * The portal's settings: one option, read and written through its schema.
 *
 * @package Ttdt
 */

namespace Ttdt\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes the `ttdt_settings` option through its JSON schema ({@see SettingsSchema}):
 * stored values over defaults, validated and sanitised before they are stored.
 *
 * @since 0.1.0
 */
final class Settings {

	/**
	 * Option name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OPTION = 'ttdt_settings';

	/**
	 * Filter that lets features add their own settings to the schema.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SCHEMA_FILTER = 'ttdt_settings_schema';

	/**
	 * Filter of the settings in force, after stored values over defaults (a network's
	 * province-wide figures that sites may not change, {@see \Ttdt\Network\NetworkSettings}).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VALUES_FILTER = 'ttdt_settings_values';

	/**
	 * Filter of the settings a site may not change (none on a single site).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const LOCKED_FILTER = 'ttdt_settings_locked';

	/**
	 * Stores the (empty) option, autoloaded, when it does not exist yet.
	 *
	 * A missing option is not in WordPress's autoloaded set, so every `get_option()` of it
	 * would cost a query on every page that reads a setting (the agency notice block).
	 *
	 * @since 0.1.0
	 */
	public static function store_defaults(): void {
		add_option( self::OPTION, array(), '', true );
	}

	/**
	 * All settings, stored values over defaults.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function all(): array {
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		// Built once: the defaults come from the whole (translated, filtered) schema.
		$defaults = SettingsSchema::defaults();
		$values   = array_merge( $defaults, array_intersect_key( $stored, $defaults ) );

		/**
		 * Filters the settings in force.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, mixed> $values Stored values over defaults.
		 */
		return (array) apply_filters( self::VALUES_FILTER, $values );
	}

	/**
	 * One setting.
	 *
	 * @since 0.1.0
	 *
	 * @param string $key Setting name.
	 * @return mixed The value, or null for an unknown name.
	 */
	public function get( string $key ) {
		return $this->all()[ $key ] ?? null;
	}

	/**
	 * Validates, sanitises and stores a partial update.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $changes Settings to change; others keep their value.
	 * @return array<string, mixed>|\WP_Error The new settings, or the validation error.
	 */
	public function update( array $changes ) {
		$schema = SettingsSchema::schema();
		$next   = array_merge( $this->all(), array_intersect_key( $changes, $schema['properties'] ) );

		$valid = rest_validate_value_from_schema( $next, $schema, 'settings' );
		if ( is_wp_error( $valid ) ) {
			return $valid;
		}
		$next = rest_sanitize_value_from_schema( $next, $schema, 'settings' );
		if ( is_wp_error( $next ) ) {
			return $next;
		}
		$next = array_map(
			static fn( $value ) => is_string( $value ) ? sanitize_text_field( $value ) : $value,
			$next
		);

		$before = $this->all();

		$saved = SettingsStore::save( $next, $before );
		if ( is_wp_error( $saved ) ) {
			return $saved;
		}

		/**
		 * Fires after the portal settings changed.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, mixed> $next   Settings after the change.
		 * @param array<string, mixed> $before Settings before the change.
		 */
		do_action( 'ttdt_settings_updated', $next, $before );

		return $next;
	}
}
