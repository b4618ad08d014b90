<?php
/**
 * Tests of the settings' schema and of the defaults read without it.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Settings;

use Ttdt\Settings\Settings;
use Ttdt\Settings\SettingsSchema;
use Ttdt\Tests\Support\TestCase;

/**
 * The defaults a page reads alone are the schema's, features' settings and filtered ones included.
 */
final class SettingsSchemaTest extends TestCase {

	public function test_the_defaults_are_those_of_the_schema(): void {
		$schema = wp_list_pluck( SettingsSchema::schema()['properties'], 'default' );

		$this->assertSame( $schema, SettingsSchema::defaults() );
		$this->assertArrayHasKey( 'archive_frequency', SettingsSchema::defaults(), 'A feature\'s own setting, added through the filter.' );
	}

	public function test_a_default_changed_by_the_filter_is_the_default_read(): void {
		$network = static function ( array $schema ): array {
			$schema['properties']['approval_days']['default'] = 5;
			return $schema;
		};
		add_filter( Settings::SCHEMA_FILTER, $network );

		$this->assertSame( 5, SettingsSchema::defaults()['approval_days'] );
		$this->assertSame( 5, SettingsSchema::schema()['properties']['approval_days']['default'] );
		$this->assertSame( 5, ( new Settings() )->get( 'approval_days' ) );
		remove_filter( Settings::SCHEMA_FILTER, $network );
	}
}
