<?php
/**
 * Tests of "End all sessions" on the profile screen.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Security;

use Ttdt\Audit\AuditLog;
use Ttdt\Audit\AuditQuery;
use Ttdt\Security\ProfileSessions;
use Ttdt\Tests\Support\TestCase;
use WP_Error;
use WP_Session_Tokens;
use WP_User;

/**
 * The form post checks its nonce and the capability before it ends anything; the button is
 * shown to administrators only.
 */
final class ProfileSessionsTest extends TestCase {

	/**
	 * A staff account with two sessions open.
	 *
	 * @return WP_User
	 */
	private static function signed_in_twice(): WP_User {
		$user = self::create_user( 'ttdt_updater' );
		WP_Session_Tokens::get_instance( $user->ID )->create( time() + HOUR_IN_SECONDS );
		WP_Session_Tokens::get_instance( $user->ID )->create( time() + HOUR_IN_SECONDS );
		return $user;
	}

	/**
	 * The fields the button posts, with a nonce made for the current user.
	 *
	 * @param int $user_id Account whose sessions end.
	 * @param int $nonce_for Account the nonce was made for.
	 * @return array<string, mixed>
	 */
	private static function post( int $user_id, int $nonce_for ): array {
		return array(
			'action'               => ProfileSessions::ACTION,
			'user_id'              => (string) $user_id,
			ProfileSessions::NONCE => wp_create_nonce( ProfileSessions::nonce_action( $nonce_for ) ),
		);
	}

	/**
	 * How many sessions the account has open.
	 *
	 * @param WP_User $user Account.
	 * @return int
	 */
	private static function open( WP_User $user ): int {
		return count( WP_Session_Tokens::get_instance( $user->ID )->get_all() );
	}

	public function test_an_administrator_ends_the_sessions_and_returns_to_the_profile(): void {
		$user = self::signed_in_twice();
		wp_set_current_user( self::create_user( 'administrator' )->ID );

		$back = ( new ProfileSessions() )->end_sessions( self::post( $user->ID, $user->ID ) );

		$this->assertIsString( $back );
		$this->assertStringContainsString( 'user-edit.php', $back );
		$this->assertStringContainsString( ProfileSessions::DONE . '=2', $back );
		$this->assertSame( 0, self::open( $user ) );
		$query            = new AuditQuery();
		$query->action    = 'user.sessions_end';
		$query->object_id = $user->ID;
		$this->assertCount( 1, AuditLog::find( $query ) );
	}

	public function test_a_nonce_for_another_account_or_none_ends_nothing(): void {
		$user  = self::signed_in_twice();
		$other = self::create_user( 'ttdt_updater' );
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$screen = new ProfileSessions();

		$wrong = $screen->end_sessions( self::post( $user->ID, $other->ID ) );
		$none  = $screen->end_sessions( array( 'user_id' => (string) $user->ID ) );

		$this->assertInstanceOf( WP_Error::class, $wrong );
		$this->assertSame( 'ttdt_sessions_nonce', $wrong->get_error_code() );
		$this->assertInstanceOf( WP_Error::class, $none );
		$this->assertSame( 2, self::open( $user ) );
	}

	public function test_the_head_of_the_board_may_not_end_sessions_even_with_a_valid_nonce(): void {
		$user = self::signed_in_twice();
		$head = self::create_user( 'ttdt_publisher' );
		wp_set_current_user( $head->ID );

		$refused = ( new ProfileSessions() )->end_sessions( self::post( $user->ID, $user->ID ) );

		$this->assertInstanceOf( WP_Error::class, $refused );
		$this->assertSame( 'ttdt_sessions_forbidden', $refused->get_error_code() );
		$this->assertSame( 2, self::open( $user ) );
	}

	public function test_the_button_is_shown_to_administrators_only_outside_the_profile_form(): void {
		$user   = self::signed_in_twice();
		$screen = new ProfileSessions();

		wp_set_current_user( self::create_user( 'ttdt_publisher' )->ID );
		ob_start();
		$screen->render_row( $user );
		$this->assertSame( '', ob_get_clean() );

		wp_set_current_user( self::create_user( 'administrator' )->ID );
		ob_start();
		$screen->render_row( $user );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'id="ttdt-end-sessions-button" form="ttdt-end-sessions"', $html );
		$this->assertStringContainsString( 'form="ttdt-end-sessions" name="' . ProfileSessions::NONCE . '"', $html );
		$this->assertSame( 1, preg_match( '/name="' . ProfileSessions::NONCE . '" value="([^"]+)"/', $html, $nonce ) );
		$this->assertSame( 1, wp_verify_nonce( $nonce[1], ProfileSessions::nonce_action( $user->ID ) ) );
		$this->assertNotFalse( has_action( 'admin_post_' . ProfileSessions::ACTION ) );
	}
}
