<?php
/**
 * Tests of the editorial roles kept in the database.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Access;

use Ttdt\Access\Capabilities;
use Ttdt\Access\Roles;
use Ttdt\Tests\Support\TestCase;

/**
 * Roles live in an option: the definitions must reach it, on activation and after an update.
 */
final class RolesTest extends TestCase {

	public function test_each_level_of_article_12_has_the_previous_one_s_capabilities_and_more(): void {
		$definitions = Roles::definitions();
		$ladder      = array( 'ttdt_collaborator', 'ttdt_updater', 'ttdt_moderator', 'ttdt_publisher' );
		for ( $i = 1; $i < count( $ladder ); $i++ ) {
			$lower  = $definitions[ $ladder[ $i - 1 ] ][1];
			$higher = $definitions[ $ladder[ $i ] ][1];
			$this->assertSame( array(), array_values( array_diff( $lower, $higher ) ), "{$ladder[$i]} keeps what {$ladder[$i - 1]} may do" );
			$this->assertNotEmpty( array_diff( $higher, $lower ), "{$ladder[$i]} may do more than {$ladder[$i - 1]}" );
		}
		// Only publishers change what the public reads.
		foreach ( array( 'ttdt_collaborator', 'ttdt_updater', 'ttdt_moderator', 'ttdt_accountant' ) as $role ) {
			$this->assertNotContains( 'publish_posts', $definitions[ $role ][1], $role );
			$this->assertNotContains( 'edit_published_posts', $definitions[ $role ][1], $role );
		}
		$this->assertSame( array( 'read', Capabilities::VIEW_ROYALTIES, Capabilities::EXPORT_ROYALTIES ), $definitions['ttdt_accountant'][1] );
	}

	public function test_sync_writes_the_definitions_and_equips_administrators(): void {
		// A role changed behind the plugin's back, as by an old version or another plugin.
		get_role( 'ttdt_updater' )->add_cap( 'publish_posts' );
		get_role( 'administrator' )->remove_cap( Capabilities::APPROVE );
		remove_role( 'ttdt_accountant' );

		Roles::sync();

		foreach ( Roles::definitions() as $slug => list( , $caps ) ) {
			$role = get_role( $slug );
			$this->assertNotNull( $role, $slug );
			$this->assertEqualsCanonicalizing( $caps, array_keys( array_filter( $role->capabilities ) ), $slug );
		}
		$admin = get_role( 'administrator' );
		foreach ( array( Capabilities::APPROVE, Capabilities::RECORD_RECEIPTS, Capabilities::VIEW_ROYALTIES, Capabilities::EXPORT_ROYALTIES ) as $cap ) {
			$this->assertTrue( $admin->has_cap( $cap ), $cap );
		}
	}

	public function test_maybe_sync_runs_only_when_the_stored_version_is_old(): void {
		get_role( 'ttdt_updater' )->add_cap( 'publish_posts' );
		Roles::maybe_sync();
		$this->assertTrue( get_role( 'ttdt_updater' )->has_cap( 'publish_posts' ), 'Up to date: roles are not rewritten on every request.' );

		update_option( 'ttdt_roles_version', 1 );
		Roles::maybe_sync();
		$this->assertFalse( get_role( 'ttdt_updater' )->has_cap( 'publish_posts' ), 'After an update the definitions are written again.' );
	}

	public function test_remove_deletes_the_roles(): void {
		Roles::remove();
		foreach ( array_keys( Roles::definitions() ) as $slug ) {
			$this->assertNull( get_role( $slug ), $slug );
		}
		$this->assertFalse( get_option( 'ttdt_roles_version' ) );
	}
}
