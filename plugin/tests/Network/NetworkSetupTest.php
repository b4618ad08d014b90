<?php
/**
 * Tests of the plugin's set-up on the sites of a network.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Network;

use Ttdt\Access\Capabilities;
use Ttdt\Audit\AuditTable;
use Ttdt\Content\Sections;
use Ttdt\Network\NetworkSetup;
use Ttdt\Network\SiteCleanup;
use Ttdt\Settings\Settings;
use Ttdt\Support\Tables;

/**
 * Each commune's site gets its own roles, sections, tables and options, and a role held on one
 * site gives nothing on another.
 */
final class NetworkSetupTest extends NetworkTestCase {

	public function test_the_environment_network_activated_the_plugin_and_set_up_the_seeded_sites(): void {
		$this->assertTrue( NetworkSetup::network_active() );
		$seeded = get_sites( array( 'path' => '/xa-hanh-lam/' ) );
		$this->assertCount( 1, $seeded );
		switch_to_blog( (int) $seeded[0]->blog_id );
		$this->assertSame( 'xã Hạnh Lâm', ( new Settings() )->get( 'unit_name' ) );
		$this->assertNotNull( get_role( 'ttdt_publisher' ) );
		$this->assertNotEmpty( get_option( AuditTable::VERSION_OPTION ) );
	}

	public function test_a_site_created_later_gets_the_set_up_at_once(): void {
		$id = self::create_site( 'xa-moi' );

		switch_to_blog( $id );
		$this->assertNotNull( get_role( 'ttdt_publisher' ), 'roles' );
		$this->assertTrue( get_role( 'administrator' )->has_cap( Capabilities::APPROVE ), 'administrators equipped' );
		$this->assertSame( array(), get_option( Settings::OPTION ), 'settings option stored' );
		$this->assertSame( 2, (int) get_option( AuditTable::VERSION_OPTION ), 'audit table installed' );
		global $wpdb;
		$this->assertSame( '0', (string) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}ttdt_audit_log WHERE action = 'nothing'" ), 'the table answers' );
		$this->assertNotEmpty( get_term_by( 'slug', 'tin-tham-khao', 'category' ) ?: Sections::definitions(), 'sections' );
		// Every table of the list, with no list of its own in the network set-up.
		foreach ( Tables::ALL as $table ) {
			$this->assertNotFalse( get_option( $table::VERSION_OPTION ), $table );
		}
		// The tests' tables are temporary (SHOW TABLES does not list them), so each is asked.
		$wpdb->suppress_errors( true );
		foreach ( array( 'ttdt_audit_log', 'ttdt_feedback', 'ttdt_feedback_files', 'ttdt_feedback_events', 'ttdt_royalty_lines', 'ttdt_royalty_totals', 'ttdt_draft_comments', 'ttdt_search_tokens', 'ttdt_doc_dates', 'ttdt_plans', 'ttdt_plan_topics', 'ttdt_archive_jobs' ) as $table ) {
			$this->assertIsNumeric( $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}{$table}" ), "{$table} made on the new site" );
		}
		$wpdb->suppress_errors( false );
	}

	public function test_without_network_activation_a_new_site_is_left_alone(): void {
		$active = get_site_option( 'active_sitewide_plugins' );
		update_site_option( 'active_sitewide_plugins', array() );
		$id = self::create_site( 'xa-khong' );
		update_site_option( 'active_sitewide_plugins', $active );

		switch_to_blog( $id );
		$this->assertFalse( get_option( AuditTable::VERSION_OPTION ) );
	}

	public function test_network_activation_sets_up_every_site_in_batches(): void {
		$ids = array();
		update_site_option( 'active_sitewide_plugins', array() );
		for ( $i = 0; $i < 3; $i++ ) {
			$ids[] = self::create_site( 'xa-lo-' . $i );
		}
		update_site_option( 'active_sitewide_plugins', array( plugin_basename( TTDT_FILE ) => time() ) );

		$done = NetworkSetup::set_up_batch( 0 );
		$this->assertLessThanOrEqual( NetworkSetup::BATCH, $done );
		NetworkSetup::activate_network();

		foreach ( $ids as $id ) {
			switch_to_blog( $id );
			$this->assertNotNull( get_role( 'ttdt_moderator' ), "site {$id}" );
			$this->assertSame( 2, (int) get_option( AuditTable::VERSION_OPTION ), "site {$id}" );
			restore_current_blog();
		}
	}

	public function test_a_publisher_of_one_site_holds_no_capability_on_another(): void {
		$a    = self::create_site( 'xa-a' );
		$b    = self::create_site( 'xa-b' );
		$user = self::create_user( 'subscriber' );
		add_user_to_blog( $a, $user->ID, 'ttdt_publisher' );
		add_user_to_blog( $b, $user->ID, 'ttdt_collaborator' );
		$other = self::create_user( 'subscriber' );
		add_user_to_blog( $a, $other->ID, 'ttdt_publisher' );

		$this->assertTrue( user_can( $user->ID, 'publish_posts' ) === false || is_user_member_of_blog( $user->ID, get_current_blog_id() ) );
		switch_to_blog( $a );
		$this->assertTrue( user_can( $user->ID, 'publish_posts' ) );
		$this->assertTrue( user_can( $user->ID, Capabilities::APPROVE ) );
		restore_current_blog();

		switch_to_blog( $b );
		// Two communes, two roles: the same person is only a collaborator here.
		$this->assertFalse( user_can( $user->ID, 'publish_posts' ) );
		$this->assertFalse( user_can( $user->ID, Capabilities::APPROVE ) );
		$this->assertTrue( user_can( $user->ID, 'edit_posts' ) );
		// The publisher of A alone is nobody on B.
		$this->assertFalse( user_can( $other->ID, 'edit_posts' ) );
		$this->assertFalse( user_can( $other->ID, Capabilities::HANDLE_FEEDBACK ) );
		restore_current_blog();
	}

	public function test_a_deleted_site_takes_the_plugin_tables_with_it(): void {
		global $wpdb;
		$tables = NetworkSetup::drop_tables( array( 'wp_9_posts' ), 9 );
		$this->assertContains( 'wp_9_posts', $tables );
		// Tables found by SHOW TABLES: only real ones (the seeded site's).
		$seeded = (int) get_sites( array( 'path' => '/xa-dai-dong/' ) )[0]->blog_id;
		$tables = NetworkSetup::drop_tables( array(), $seeded );
		$this->assertContains( $wpdb->get_blog_prefix( $seeded ) . 'ttdt_audit_log', $tables );
		$this->assertNotContains( $wpdb->base_prefix . 'ttdt_audit_log', $tables, 'the main site\'s tables are never another site\'s' );
		$this->assertSame( $tables, SiteCleanup::tables( $wpdb->get_blog_prefix( $seeded ) ) );
	}
}
