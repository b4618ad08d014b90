<?php
/**
 * Tests of the meta-capability mapping, role by role.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Access;

use Ttdt\Access\Capabilities;
use Ttdt\Tests\Support\TestCase;

/**
 * Each role of Article 12.2 against each plugin capability, through `user_can()` (so through the
 * `map_meta_cap` filter the plugin registered) on real users and posts.
 */
final class CapabilitiesTest extends TestCase {

	/**
	 * Roles in the order of the columns below.
	 *
	 * @var string[]
	 */
	private const ROLES = array( 'subscriber', 'ttdt_collaborator', 'ttdt_updater', 'ttdt_moderator', 'ttdt_publisher', 'administrator', 'ttdt_accountant' );

	/**
	 * Capability => who has it, one flag per role of {@see self::ROLES}.
	 *
	 * @return array<string, array{string, bool[]}>
	 */
	public static function site_capabilities(): array {
		// subscriber, collaborator, updater, moderator, publisher, administrator, accountant.
		return array(
			'manage settings'       => array( Capabilities::MANAGE_SETTINGS, array( false, false, false, false, false, true, false ) ),
			'view the board'        => array( Capabilities::VIEW_BOARD, array( false, false, false, false, false, true, false ) ),
			'manage the board'      => array( Capabilities::MANAGE_BOARD, array( false, false, false, false, false, true, false ) ),
			'view the quota'        => array( Capabilities::VIEW_QUOTA, array( false, false, true, true, true, true, false ) ),
			'send quota reminders'  => array( Capabilities::SEND_QUOTA_REMINDERS, array( false, false, false, false, false, true, false ) ),
			'read the audit log'    => array( Capabilities::READ_AUDIT_LOG, array( false, false, false, false, false, true, false ) ),
			'approve (primitive)'   => array( Capabilities::APPROVE, array( false, false, false, true, true, true, false ) ),
			'record receipts'       => array( Capabilities::RECORD_RECEIPTS, array( false, false, true, true, true, true, false ) ),
			'view royalties'        => array( Capabilities::VIEW_ROYALTIES, array( false, false, false, false, false, true, true ) ),
			'export royalties'      => array( Capabilities::EXPORT_ROYALTIES, array( false, false, false, false, false, true, true ) ),
			'handle feedback'       => array( Capabilities::HANDLE_FEEDBACK, array( false, false, false, true, true, true, false ) ),
			'answer feedback'       => array( Capabilities::ANSWER_FEEDBACK, array( false, false, false, false, true, true, false ) ),
			'manage units'          => array( Capabilities::MANAGE_UNITS, array( false, false, false, false, false, true, false ) ),
		);
	}

	/**
	 * @dataProvider site_capabilities
	 *
	 * @param string $cap      Capability.
	 * @param bool[] $expected Whether each role has it.
	 */
	public function test_site_capability_per_role( string $cap, array $expected ): void {
		$this->assertSame( array_combine( self::ROLES, $expected ), $this->per_role( $cap ) );
		$this->assertFalse( current_user_can( $cap ), 'A visitor who is not signed in has no plugin capability.' );
	}

	/**
	 * Item capabilities on a pending item by a collaborator, and on a published one.
	 *
	 * @return array<string, array{string, string, bool[]}>
	 */
	public static function item_capabilities(): array {
		// subscriber, collaborator, updater, moderator, publisher, administrator, accountant.
		return array(
			'review a pending item'          => array( Capabilities::REVIEW_POST, 'pending', array( false, false, false, true, true, true, false ) ),
			'review a published item'        => array( Capabilities::REVIEW_POST, 'publish', array( false, false, false, false, true, true, false ) ),
			'record the receipt of an item'  => array( Capabilities::RECORD_RECEIPT, 'pending', array( false, false, true, true, true, true, false ) ),
			'record the receipt of a live one' => array( Capabilities::RECORD_RECEIPT, 'publish', array( false, false, false, false, true, true, false ) ),
		);
	}

	/**
	 * @dataProvider item_capabilities
	 *
	 * @param string $cap      Capability.
	 * @param string $status   Status of the item.
	 * @param bool[] $expected Whether each role has it on that item.
	 */
	public function test_item_capability_per_role( string $cap, string $status, array $expected ): void {
		$writer = self::create_user( 'ttdt_collaborator' );
		$post   = self::create_post( array( 'post_author' => $writer->ID ) );
		// Set the status directly: the publishing gate (tested elsewhere) would hold back an
		// item without its source, and this test is about who may act on a live item.
		$GLOBALS['wpdb']->update( $GLOBALS['wpdb']->posts, array( 'post_status' => $status ), array( 'ID' => $post->ID ) );
		clean_post_cache( $post->ID );
		$this->assertSame( $status, get_post_status( $post->ID ) );

		$this->assertSame( array_combine( self::ROLES, $expected ), $this->per_role( $cap, $post->ID ) );
	}

	public function test_item_capabilities_need_an_existing_item(): void {
		$admin = self::create_user( 'administrator' );
		foreach ( array( Capabilities::REVIEW_POST, Capabilities::RECORD_RECEIPT ) as $cap ) {
			$this->assertSame( array( 'do_not_allow' ), map_meta_cap( $cap, $admin->ID ), $cap . ' without an item' );
			$this->assertSame( array( 'do_not_allow' ), map_meta_cap( $cap, $admin->ID, PHP_INT_MAX ), $cap . ' on a missing item' );
			$this->assertFalse( user_can( $admin, $cap, PHP_INT_MAX ) );
		}
	}

	public function test_meta_capabilities_map_to_core_primitives(): void {
		$user = self::create_user( 'ttdt_updater' );
		$this->assertSame( array( 'manage_options' ), map_meta_cap( Capabilities::MANAGE_SETTINGS, $user->ID ) );
		$this->assertSame( array( 'list_users' ), map_meta_cap( Capabilities::VIEW_BOARD, $user->ID ) );
		$this->assertSame( array( 'promote_users' ), map_meta_cap( Capabilities::MANAGE_BOARD, $user->ID, $user->ID ) );
		$this->assertSame( array( 'edit_others_posts' ), map_meta_cap( Capabilities::VIEW_QUOTA, $user->ID ) );
		$this->assertSame( array( 'manage_options' ), map_meta_cap( Capabilities::READ_AUDIT_LOG, $user->ID ) );

		$post = self::create_post( array( 'post_status' => 'pending' ) );
		$caps = map_meta_cap( Capabilities::REVIEW_POST, $user->ID, $post->ID );
		$this->assertSame( Capabilities::APPROVE, $caps[0] );
		$this->assertContains( 'edit_others_posts', $caps );
	}

	public function test_other_capabilities_pass_through_unchanged(): void {
		$this->assertSame( array( 'a', 'b' ), ( new Capabilities() )->map_meta_cap( array( 'a', 'b' ), 'edit_posts', 1 ) );
	}

	/**
	 * Whether a fresh user of each role has a capability.
	 *
	 * @param string $cap     Capability.
	 * @param int    $post_id Item, or 0.
	 * @return array<string, bool>
	 */
	private function per_role( string $cap, int $post_id = 0 ): array {
		$result = array();
		foreach ( self::ROLES as $role ) {
			$this->assertNotNull( get_role( $role ), "The role {$role} exists." );
			$user            = self::create_user( $role );
			$result[ $role ] = $post_id ? user_can( $user, $cap, $post_id ) : user_can( $user, $cap );
		}
		return $result;
	}
}
