<?php
/**
 * Tests the `_links` of a roster entry.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Board;

use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * Through the real REST server.
 */
final class BoardLinksTest extends TestCase {

	/**
	 * The links of a member as a user sees them.
	 *
	 * @param int $user   Current user.
	 * @param int $member Member.
	 * @return array<string, mixed>
	 */
	private static function links( int $user, int $member ): array {
		wp_set_current_user( $user );
		$GLOBALS['wp_rest_server'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- a server built with this test's hooks.
		$response                  = rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/board/' . $member ) );
		$GLOBALS['wp_rest_server'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- see above.
		self::assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return $response->get_links();
	}

	/**
	 * Self and collection for anyone who may read; the manage action only for who may change it.
	 */
	public function test_links_follow_the_capability(): void {
		$member = self::create_user( 'ttdt_publisher' )->ID;
		$admin  = self::create_user( 'administrator' )->ID;
		$links  = self::links( $admin, $member );
		$this->assertSame( rest_url( 'ttdt/v1/board/' . $member ), $links['self'][0]['href'] );
		$this->assertSame( rest_url( 'ttdt/v1/board' ), $links['collection'][0]['href'] );
		$this->assertSame( rest_url( 'ttdt/v1/board/' . $member ), $links['https://api.w.org/action-manage-board'][0]['href'] );

		// May list users (so read the roster) but not promote them.
		$viewer = self::create_user( 'ttdt_publisher' );
		$viewer->add_cap( 'list_users' );
		$reader = self::links( $viewer->ID, $member );
		$this->assertArrayHasKey( 'self', $reader );
		$this->assertArrayNotHasKey( 'https://api.w.org/action-manage-board', $reader );
	}
}
