<?php
/**
 * Tests of the province-wide figures.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Network;

use Ttdt\Network\NetworkSettings;
use Ttdt\Network\NetworkSettingsController;
use Ttdt\Royalty\RoyaltyRules;
use Ttdt\Settings\SettingChoices;
use Ttdt\Settings\Settings;
use Ttdt\Settings\SettingsSchema;
use Ttdt\Settings\SettingsController;
use WP_REST_Request;

/**
 * The network administrator sets a figure once; each site follows it unless it sets its own,
 * and a locked figure applies to every site.
 */
final class NetworkSettingsTest extends NetworkTestCase {

	public function test_a_site_follows_the_network_figure_until_it_sets_its_own(): void {
		$a = self::create_site( 'xa-theo' );
		$b = self::create_site( 'xa-rieng' );
		NetworkSettings::save( array( 'approval_days' => 2, 'weekly_quota' => 3 ), array() );

		switch_to_blog( $b );
		$settings = new Settings();
		// A form sends every field: unchanged ones must not pin the site.
		$this->assertIsArray( $settings->update( array_merge( $settings->all(), array( 'approval_days' => 5, 'unit_name' => 'xã Riêng' ) ) ) );
		$this->assertSame( 5, $settings->get( 'approval_days' ) );
		restore_current_blog();

		NetworkSettings::save( array( 'approval_days' => 2, 'weekly_quota' => 4 ), array() );

		switch_to_blog( $a );
		$this->assertSame( 2, ( new Settings() )->get( 'approval_days' ), 'site A follows the province' );
		$this->assertSame( 4, ( new Settings() )->get( 'weekly_quota' ) );
		restore_current_blog();

		switch_to_blog( $b );
		$this->assertSame( 5, ( new Settings() )->get( 'approval_days' ), 'site B keeps its own' );
		$this->assertSame( 4, ( new Settings() )->get( 'weekly_quota' ), 'site B follows the province where it set nothing' );
		$this->assertSame( 'xã Riêng', ( new Settings() )->get( 'unit_name' ) );
	}

	public function test_a_locked_figure_applies_to_every_site_and_cannot_be_changed_there(): void {
		$site = self::create_site( 'xa-khoa' );
		switch_to_blog( $site );
		$settings = new Settings();
		$settings->update( array( 'weekly_quota' => 7 ) );
		restore_current_blog();

		NetworkSettings::save( array( 'weekly_quota' => 2 ), array( 'weekly_quota' ) );

		switch_to_blog( $site );
		$this->assertSame( 2, $settings->get( 'weekly_quota' ), 'the lock wins over the stored value' );
		$refused = $settings->update( array( 'weekly_quota' => 9 ) );
		$this->assertWPError( $refused );
		$this->assertSame( 'ttdt_setting_locked', $refused->get_error_code() );
		$this->assertIsArray( $settings->update( array( 'approval_days' => 4 ) ), 'other settings still change' );
	}

	public function test_a_commune_s_settings_route_marks_a_locked_figure_and_refuses_it_as_forbidden(): void {
		$site = self::create_site( 'xa-chi-doc' );
		NetworkSettings::save( array( 'weekly_quota' => 2, 'approval_days' => 4 ), array( 'weekly_quota' ) );
		switch_to_blog( $site );
		wp_set_current_user( 1 );

		// A controller of this request (the route's own keeps the schema built on its first use).
		$properties = ( new SettingsController( new Settings() ) )->get_public_item_schema()['properties'];
		$this->assertTrue( $properties['weekly_quota']['readonly'] ?? false, 'the screen shows the locked figure as fixed' );
		$this->assertStringStartsWith( __( 'Set for every commune by the province.', 'ttdt-portal' ), $properties['weekly_quota']['description'] );
		$this->assertArrayNotHasKey( 'readonly', $properties['approval_days'], 'a figure the province set but did not lock stays the commune\'s to change' );
		$network = ( new NetworkSettingsController() )->get_public_item_schema()['properties']['values']['properties'];
		$this->assertArrayNotHasKey( 'readonly', $network['weekly_quota'], 'the province still edits its own figure' );

		$request = new WP_REST_Request( 'POST', '/ttdt/v1/settings' );
		$request->set_body_params( array( 'weekly_quota' => 9 ) );
		$response = rest_do_request( $request );
		$this->assertSame( 403, $response->get_status(), 'not the request\'s fault: the commune is not allowed to change it' );
		$this->assertSame( 'ttdt_setting_locked', $response->get_data()['code'] );
		$this->assertSame( 2, ( new Settings() )->get( 'weekly_quota' ) );

		$request->set_body_params( array( 'approval_days' => 99 ) );
		$this->assertSame( 400, rest_do_request( $request )->get_status(), 'an invalid value is still the request\'s fault' );
	}

	public function test_royalty_defaults_follow_the_province_s_base_wage(): void {
		$wage = array( array( 'from' => '2026-07-01', 'value' => 2600000, 'source' => 'Nghị định thử' ) );
		NetworkSettings::save( array( 'base_wage' => $wage ), array() );
		$site = self::create_site( 'xa-luong' );
		switch_to_blog( $site );
		$this->assertSame( $wage, RoyaltyRules::for_year( 2027 )['base_wage'] );
		$this->assertSame( 30000000, RoyaltyRules::for_year( 2027 )['budget'], 'what the province did not set keeps the built-in default' );
	}

	public function test_only_the_network_administrator_reaches_the_route(): void {
		$site  = self::create_site( 'xa-quyen' );
		$admin = self::create_user( 'subscriber' );
		add_user_to_blog( $site, $admin->ID, 'administrator' );
		switch_to_blog( $site );
		wp_set_current_user( $admin->ID );
		$request = new WP_REST_Request( 'POST', '/ttdt/v1/network/settings' );
		$request->set_body_params( array( 'values' => array( 'approval_days' => 1 ) ) );
		$response = rest_do_request( $request );
		$this->assertSame( 403, $response->get_status(), 'a commune\'s administrator is not the province\'s' );
		$this->assertSame( array(), NetworkSettings::get()['values'] );

		wp_set_current_user( 1 );
		$this->assertTrue( is_super_admin( 1 ) );
		$response = rest_do_request( $request );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 1, NetworkSettings::get()['values']['approval_days'] );

		$request->set_body_params( array( 'values' => array( 'approval_days' => 'tuần' ) ) );
		$this->assertSame( 400, rest_do_request( $request )->get_status(), 'validated by the schema' );
	}

	public function test_a_lock_without_a_figure_is_refused_under_that_figure(): void {
		wp_set_current_user( 1 );
		NetworkSettings::save( array( 'approval_days' => 3 ), array() );
		$request = new WP_REST_Request( 'POST', '/ttdt/v1/network/settings' );
		$request->set_body_params(
			array(
				'values' => array( 'approval_days' => 2 ),
				'locked' => array( 'approval_days', 'weekly_quota' ),
			)
		);
		$response = rest_do_request( $request );
		$this->assertSame( 400, $response->get_status(), 'a lock on a figure the province does not set would lock nothing' );
		$params = $response->get_data()['data']['params'];
		$this->assertSame( array( 'values[weekly_quota]' ), array_keys( $params ), 'named after the figure, so the screen shows it under that field' );
		$this->assertStringContainsString( SettingsSchema::schema()['properties']['weekly_quota']['title'], $params['values[weekly_quota]'] );
		$this->assertSame( array( 'approval_days' => 3 ), NetworkSettings::get()['values'], 'nothing saved' );

		$request->set_body_params(
			array(
				'values' => array(
					'approval_days' => 2,
					'weekly_quota'  => 4,
				),
				'locked' => array( 'weekly_quota' ),
			)
		);
		$this->assertSame( 200, rest_do_request( $request )->get_status() );
		$this->assertSame( array( 'weekly_quota' ), NetworkSettings::get()['locked'] );
	}

	public function test_each_refused_figure_is_named_in_the_refusal(): void {
		wp_set_current_user( 1 );
		$request = new WP_REST_Request( 'POST', '/ttdt/v1/network/settings' );
		$request->set_body_params(
			array(
				'values' => array(
					'approval_days'     => 99,
					'approval_day_mode' => 'tuần',
					'weekly_quota'      => 2,
				),
			)
		);
		$response = rest_do_request( $request );
		$this->assertSame( 400, $response->get_status() );
		$detail  = $response->get_data()['data']['details']['values'];
		$refused = array_merge( array( $detail ), $detail['additional_errors'] ?? array() );
		$this->assertSame( array( 'values[approval_days]', 'values[approval_day_mode]' ), array_map( static fn( array $one ): string => $one['data']['param'], $refused ), 'one error per refused figure, under its name' );
		$this->assertStringContainsString( SettingsSchema::schema()['properties']['approval_days']['title'], $refused[0]['message'], 'the message names the figure as the form does' );
		$this->assertSame( array(), NetworkSettings::get()['values'], 'nothing saved' );

		$request->set_body_params( array( 'values' => array( 'unit_name' => 'xã lạ' ) ) );
		$this->assertSame( 400, rest_do_request( $request )->get_status(), 'what a commune runs itself is not the province\'s' );
	}

	public function test_the_schema_names_the_choices_and_what_a_commune_follows(): void {
		wp_set_current_user( 1 );
		NetworkSettings::save( array( 'weekly_quota' => 6 ), array() );
		// A controller of this request (the route's own keeps the schema built on its first use).
		$figures = ( new NetworkSettingsController() )->get_public_item_schema()['properties']['values']['properties'];

		$this->assertSame( array_keys( SettingChoices::labels()['approval_day_mode'] ), array_keys( $figures['approval_day_mode']['x-labels'] ), 'the screen\'s choices, named by the server' );
		$this->assertSame( 6, $figures['weekly_quota']['x-default'], 'a figure the province set: its figure' );
		$this->assertSame( SettingsSchema::schema()['properties']['approval_days']['default'], $figures['approval_days']['x-default'], 'a figure it did not set: the built-in one' );
		$this->assertSame( RoyaltyRules::defaults( (int) gmdate( 'Y' ) )['base_wage'], $figures['base_wage']['x-default'] );
		$this->assertArrayNotHasKey( 'default', $figures['approval_days'], 'no default WordPress could fill in: a figure left out is not set' );
	}

	/**
	 * Asserts a WP_Error.
	 *
	 * @param mixed $actual Value.
	 */
	private function assertWPError( $actual ): void {
		$this->assertInstanceOf( \WP_Error::class, $actual );
	}
}
