<?php
/**
 * Tests of session hygiene.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Security;

use Ttdt\Audit\AuditLog;
use Ttdt\Audit\AuditQuery;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;
use WP_Session_Tokens;

/**
 * Administrators end a user's sessions; a role change ends them; both are audited.
 */
final class SessionsTest extends TestCase {

	/**
	 * Audit entries of ended sessions of one user.
	 *
	 * @param int $user_id User.
	 * @return object[]
	 */
	private static function ended( int $user_id ): array {
		$query              = new AuditQuery();
		$query->action      = 'user.sessions_end';
		$query->object_type = 'user';
		$query->object_id   = $user_id;
		return AuditLog::find( $query );
	}

	public function test_an_administrator_ends_all_sessions_of_a_user(): void {
		$user = self::create_user( 'ttdt_updater' );
		WP_Session_Tokens::get_instance( $user->ID )->create( time() + HOUR_IN_SECONDS );
		WP_Session_Tokens::get_instance( $user->ID )->create( time() + HOUR_IN_SECONDS );

		wp_set_current_user( self::create_user( 'ttdt_publisher' )->ID );
		$this->assertSame( 403, rest_do_request( new WP_REST_Request( 'DELETE', "/ttdt/v1/sessions/{$user->ID}" ) )->get_status() );

		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$response = rest_do_request( new WP_REST_Request( 'DELETE', "/ttdt/v1/sessions/{$user->ID}" ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 2, $response->get_data()['ended'] );
		$this->assertSame( array(), WP_Session_Tokens::get_instance( $user->ID )->get_all() );
		$this->assertCount( 1, self::ended( $user->ID ) );
	}

	public function test_the_board_entry_links_the_action_for_administrators_only(): void {
		$user = self::create_user( 'ttdt_updater' );
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$data = rest_get_server()->response_to_data( rest_do_request( new WP_REST_Request( 'GET', "/ttdt/v1/board/{$user->ID}" ) ), false );
		$this->assertArrayHasKey( 'wp:action-end-sessions', $data['_links'] );
	}

	public function test_a_role_change_ends_the_sessions_once(): void {
		$user = self::create_user( 'ttdt_updater' );
		WP_Session_Tokens::get_instance( $user->ID )->create( time() + HOUR_IN_SECONDS );

		$user->set_role( 'ttdt_moderator' );

		$this->assertSame( array(), WP_Session_Tokens::get_instance( $user->ID )->get_all() );
		$this->assertCount( 1, self::ended( $user->ID ) );
	}

	public function test_an_added_role_ends_the_sessions(): void {
		$user = self::create_user( 'ttdt_collaborator' );
		WP_Session_Tokens::get_instance( $user->ID )->create( time() + HOUR_IN_SECONDS );

		$user->add_role( 'ttdt_accountant' );

		$this->assertSame( array(), WP_Session_Tokens::get_instance( $user->ID )->get_all() );
	}
}
