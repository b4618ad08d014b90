<?php
/**
 * Tests of the rules for changing someone's permission level.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Board;

use Ttdt\Board\RoleAssignment;
use Ttdt\Board\StaffRole;
use Ttdt\Tests\Support\TestCase;
use WP_Error;

/**
 * Only the contract's roles, never one's own, never the last administrator.
 */
final class RoleAssignmentTest extends TestCase {

	public function test_a_role_outside_the_contract_is_refused(): void {
		$admin = self::create_user( 'administrator' );
		$user  = self::create_user( 'ttdt_updater' );
		wp_set_current_user( $admin->ID );

		foreach ( array( 'editor', 'subscriber', 'ttdt_nobody', '' ) as $role ) {
			$result = RoleAssignment::assign( $user, $role );
			$this->assertInstanceOf( WP_Error::class, $result, $role );
			$this->assertSame( 'ttdt_board_role', $result->get_error_code() );
		}
		$this->assertSame( array( 'ttdt_updater' ), ( new \WP_User( $user->ID ) )->roles );
	}

	public function test_nobody_changes_their_own_level(): void {
		$admin = self::create_user( 'administrator' );
		self::create_user( 'administrator' );
		wp_set_current_user( $admin->ID );

		$result = RoleAssignment::assign( $admin, 'ttdt_publisher' );
		$this->assertInstanceOf( WP_Error::class, $result );
		$this->assertSame( 'ttdt_board_own_role', $result->get_error_code() );
		// Keeping one's own level is not a change.
		$this->assertTrue( RoleAssignment::check( $admin, StaffRole::ADMINISTRATOR ) );
	}

	public function test_the_last_administrator_keeps_the_level(): void {
		$others = get_users(
			array(
				'role'   => StaffRole::ADMINISTRATOR,
				'fields' => 'ID',
			)
		);
		foreach ( $others as $id ) {
			( new \WP_User( (int) $id ) )->set_role( 'subscriber' );
		}
		$only  = self::create_user( 'administrator' );
		$actor = self::create_user( 'ttdt_publisher' );
		wp_set_current_user( $actor->ID );

		$result = RoleAssignment::check( $only, 'ttdt_publisher' );
		$this->assertInstanceOf( WP_Error::class, $result );
		$this->assertSame( 'ttdt_board_last_administrator', $result->get_error_code() );

		// Once someone else holds the level, the first administrator may give it up.
		self::create_user( 'administrator' );
		$this->assertTrue( RoleAssignment::assign( $only, 'ttdt_publisher' ) );
		$this->assertSame( array( 'ttdt_publisher' ), ( new \WP_User( $only->ID ) )->roles );
	}

	public function test_assign_leaves_exactly_one_role(): void {
		$admin = self::create_user( 'administrator' );
		$user  = self::create_user( 'ttdt_collaborator' );
		$user->add_role( 'ttdt_accountant' );
		wp_set_current_user( $admin->ID );

		$this->assertTrue( RoleAssignment::assign( $user, 'ttdt_moderator' ) );
		$this->assertSame( array( 'ttdt_moderator' ), array_values( ( new \WP_User( $user->ID ) )->roles ) );
		$this->assertSame( 'ttdt_moderator', StaffRole::of( new \WP_User( $user->ID ) ) );
	}
}
