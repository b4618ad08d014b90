<?php
/**
 * Tests of the province-wide figures.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Network;

use Ttdt\Network\NetworkSettings;
use Ttdt\Royalty\RoyaltyRules;
use Ttdt\Settings\Settings;
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

	/**
	 * Asserts a WP_Error.
	 *
	 * @param mixed $actual Value.
	 */
	private function assertWPError( $actual ): void {
		$this->assertInstanceOf( \WP_Error::class, $actual );
	}
}
