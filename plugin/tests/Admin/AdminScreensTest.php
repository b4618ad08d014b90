<?php
/**
 * Tests of the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Admin;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreens;
use Ttdt\Tests\Support\TestCase;

/**
 * The menu lists the plugin's screens in a fixed order; the filter is for extensions only.
 */
final class AdminScreensTest extends TestCase {

	public function test_no_plugin_class_adds_its_screen_through_the_filter(): void {
		// The booted plugin must not use its own extension point as plumbing: then the menu
		// order would again follow the order in which services boot.
		$this->assertFalse( has_filter( AdminScreens::SCREENS_FILTER ) );
	}

	public function test_the_screens_come_in_their_explicit_order(): void {
		$definitions = ( new AdminScreens() )->definitions();

		$this->assertSame( array( 'review-queue', 'feedback-inbox', 'feedback-stats', 'royalty', 'my-royalty', 'quota', 'plans', 'reports', 'board', 'collaborators', 'units', 'officials', 'audit', 'incidents', 'settings', 'archive' ), array_keys( $definitions ) );
		$this->assertSame( Capabilities::APPROVE, $definitions['review-queue'][2] );
		$this->assertSame( Capabilities::VIEW_BOARD, $definitions['board'][2] );
		$this->assertSame( Capabilities::VIEW_PLANS, $definitions['plans'][2] );
		$this->assertSame( Capabilities::MANAGE_SETTINGS, $definitions['settings'][2] );
		foreach ( $definitions as $name => $definition ) {
			$this->assertNotSame( '', $definition[0], "{$name} has a menu title." );
			$this->assertNotSame( '', $definition[1], "{$name} has a page title." );
		}
	}

	public function test_an_extension_adds_a_screen_after_the_plugins_own(): void {
		add_filter(
			AdminScreens::SCREENS_FILTER,
			static function ( array $screens ): array {
				$screens['feedback'] = array( 'Feedback', 'Citizen feedback', 'edit_posts' );
				$screens['broken']   = 'not a definition';
				return $screens;
			}
		);

		$definitions = ( new AdminScreens() )->definitions();

		$this->assertSame( 'feedback', array_key_last( $definitions ) );
		$this->assertSame( array( 'Feedback', 'Citizen feedback', 'edit_posts' ), $definitions['feedback'] );
		$this->assertArrayNotHasKey( 'broken', $definitions );
		$this->assertSame( 'review-queue', array_key_first( $definitions ) );
	}

	public function test_the_submenu_follows_the_order_for_an_administrator(): void {
		global $submenu;

		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$saved = $submenu ?? array();
		try {
			( new AdminScreens() )->register_menu();
			$slugs = array_column( $submenu[ AdminScreens::MENU_SLUG ] ?? array(), 2 );
		} finally {
			$submenu = $saved; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- restoring.
		}

		$this->assertSame(
			array_map( array( AdminScreens::class, 'page_slug' ), array( 'review-queue', 'feedback-inbox', 'feedback-stats', 'royalty', 'my-royalty', 'quota', 'plans', 'reports', 'board', 'collaborators', 'units', 'officials', 'audit', 'incidents', 'settings', 'archive' ) ),
			$slugs
		);
	}
}
