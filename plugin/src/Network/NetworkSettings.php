<?php
/**
 * Province-wide legal figures, set once by the network administrator.
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

use Ttdt\Royalty\RoyaltyRules;
use Ttdt\Royalty\RulesSchema;
use Ttdt\Settings\Settings;
use Ttdt\Settings\SettingsSchema;
use Ttdt\Support\Hookable;

/**
 * On a network the deadlines, the weekly quota and the royalty figures set by decree are the
 * same for every commune of the province. They are kept in one network option; each site's
 * setting falls back to it (it becomes the site's default) unless the site sets its own, and a
 * figure the network administrator locks applies to every site whatever it stored (a site
 * cannot save another value, {@see \Ttdt\Settings\SettingsStore}). The base wage and the value
 * of a coefficient unit become the defaults of every year a site has not set rules for.
 * What each commune runs itself — its unit name, agency, board, calendar swap days — is
 * never here.
 *
 * @since 0.1.0
 */
final class NetworkSettings implements Hookable {

	/**
	 * Network option: `values` (name => value) and `locked` (names).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OPTION = 'ttdt_network_settings';

	/**
	 * Portal settings the province may set for every site.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const SITE_KEYS = array( 'approval_days', 'approval_day_mode', 'feedback_deadline_days', 'feedback_deadline_working', 'feedback_retention_months', 'weekly_quota' );

	/**
	 * Royalty figures the province may set for every site (defaults of a year's rules).
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const ROYALTY_KEYS = array( 'base_wage', 'day_divisor', 'unit_value' );

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// Late, after the features have added their settings.
		add_filter( Settings::SCHEMA_FILTER, array( self::class, 'site_defaults' ), 1000 );
		add_filter( Settings::VALUES_FILTER, array( self::class, 'locked_values' ) );
		add_filter( Settings::LOCKED_FILTER, array( self::class, 'locked' ) );
		add_filter( RoyaltyRules::DEFAULTS_FILTER, array( self::class, 'royalty_defaults' ) );
	}

	/**
	 * The network's figures and locks.
	 *
	 * @since 0.1.0
	 *
	 * @return array{values: array<string, mixed>, locked: string[]}
	 */
	public static function get(): array {
		// A single site has no province: no query for an option that cannot exist.
		$stored = is_multisite() ? get_site_option( self::OPTION, array() ) : array();
		$stored = is_array( $stored ) ? $stored : array();
		$values = is_array( $stored['values'] ?? null ) ? $stored['values'] : array();
		$locked = is_array( $stored['locked'] ?? null ) ? $stored['locked'] : array();
		return array(
			'values' => array_intersect_key( $values, array_flip( self::keys() ) ),
			'locked' => array_values( array_intersect( $locked, self::keys(), array_keys( $values ) ) ),
		);
	}

	/**
	 * Stores the network's figures, already validated against {@see self::schema()}.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $values Name => value; a name left out falls back to the code's default.
	 * @param string[]             $locked Names sites may not change.
	 * @return array{values: array<string, mixed>, locked: string[]}
	 */
	public static function save( array $values, array $locked ): array {
		update_site_option(
			self::OPTION,
			array(
				'values' => array_intersect_key( $values, array_flip( self::keys() ) ),
				'locked' => array_values( array_unique( array_intersect( $locked, self::keys() ) ) ),
			)
		);
		return self::get();
	}

	/**
	 * Every name the network may set.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function keys(): array {
		return array_merge( self::SITE_KEYS, self::ROYALTY_KEYS );
	}

	/**
	 * JSON schema of the values: each site setting's and royalty figure's own schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function values_schema(): array {
		$site    = array_intersect_key( SettingsSchema::schema()['properties'], array_flip( self::SITE_KEYS ) );
		$royalty = array_intersect_key( RulesSchema::rules()['properties'], array_flip( self::ROYALTY_KEYS ) );
		return array(
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array_map(
				static function ( array $property ): array {
					unset( $property['default'] );
					return $property;
				},
				array_merge( $site, $royalty )
			),
		);
	}

	/**
	 * Settings schema filter: the network's figures become the sites' defaults.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $schema Settings schema.
	 * @return array<string, mixed>
	 */
	public static function site_defaults( $schema ): array {
		foreach ( array_intersect_key( self::get()['values'], array_flip( self::SITE_KEYS ) ) as $key => $value ) {
			if ( isset( $schema['properties'][ $key ] ) ) {
				$schema['properties'][ $key ]['default'] = $value;
			}
		}
		return (array) $schema;
	}

	/**
	 * Settings values filter: a locked figure applies whatever the site stored.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $values Settings in force.
	 * @return array<string, mixed>
	 */
	public static function locked_values( $values ): array {
		$network = self::get();
		foreach ( array_intersect( $network['locked'], self::SITE_KEYS ) as $key ) {
			$values[ $key ] = $network['values'][ $key ];
		}
		return (array) $values;
	}

	/**
	 * Locked-settings filter.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $locked Names.
	 * @return string[]
	 */
	public static function locked( $locked ): array {
		return array_values( array_unique( array_merge( (array) $locked, array_intersect( self::get()['locked'], self::SITE_KEYS ) ) ) );
	}

	/**
	 * Royalty defaults filter: the province's base wage and unit value for years a site has
	 * not set.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $defaults A year's default rules.
	 * @return array<string, mixed>
	 */
	public static function royalty_defaults( $defaults ): array {
		return array_merge( (array) $defaults, array_intersect_key( self::get()['values'], array_flip( self::ROYALTY_KEYS ) ) );
	}
}
