<?php
/**
 * Tests of the test isolation itself.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

/**
 * The first test writes to several tables and the hook table; the second (PHPUnit runs a
 * class's tests in order) checks nothing of it is left.
 */
final class TestCaseTest extends TestCase {

	/**
	 * Marker written by the first test.
	 *
	 * @var string
	 */
	private const MARK = 'ttdt_isolation_probe';

	public function test_a_test_writes(): void {
		global $wpdb;

		update_option( self::MARK, 'written' );
		$user = self::create_user( 'ttdt_updater', array( 'user_login' => self::MARK ) );
		self::create_post( array( 'post_title' => self::MARK ) );
		add_filter( self::MARK, '__return_true' );
		$wpdb->query( "CREATE TABLE {$wpdb->prefix}ttdt_isolation_probe ( id int )" );
		$wpdb->insert( $wpdb->prefix . 'ttdt_isolation_probe', array( 'id' => 1 ) );
		wp_set_current_user( $user->ID );

		$this->assertSame( 'written', get_option( self::MARK ) );
		$this->assertSame( '1', $wpdb->get_var( "SELECT id FROM {$wpdb->prefix}ttdt_isolation_probe" ) );
		$this->assertTrue( has_filter( self::MARK ) );
	}

	/**
	 * @depends test_a_test_writes
	 */
	public function test_the_next_test_finds_nothing_of_it(): void {
		global $wpdb;

		$this->assertFalse( get_option( self::MARK ) );
		$this->assertFalse( get_user_by( 'login', self::MARK ) );
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_title = %s", self::MARK ) ) );
		$this->assertFalse( has_filter( self::MARK ) );
		$this->assertSame( 0, get_current_user_id() );
		$this->assertSame( array(), $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->prefix . 'ttdt_isolation_probe' ) ) );
	}
}
