<?php
/**
 * Tests of the audit of core's "Log Out Everywhere (Else)".
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Security;

use RuntimeException;
use Ttdt\Audit\AuditLog;
use Ttdt\Audit\AuditQuery;
use Ttdt\Security\SessionHygiene;
use Ttdt\Tests\Support\TestCase;
use WP_Session_Tokens;
use WP_User;

/**
 * Core's profile buttons post `destroy-sessions` to admin-ajax.php, whose handler ends the
 * sessions and exits with no hook of its own: the run of that handler here is the real one.
 */
final class CoreSessionsTest extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		require_once ABSPATH . 'wp-admin/includes/ajax-actions.php';
		// As admin-ajax.php registers it; its JSON answer ends in wp_die(), turned into an exception.
		add_action( SessionHygiene::CORE_DESTROY_ACTION, 'wp_ajax_destroy_sessions', 1 );
		add_filter( 'wp_doing_ajax', '__return_true' );
		add_filter(
			'wp_die_ajax_handler',
			static fn() => static function () {
				throw new RuntimeException( 'wp_die' );
			}
		);
	}

	protected function tearDown(): void {
		unset( $_POST['user_id'], $_POST['nonce'] );
		parent::tearDown();
	}

	/**
	 * An account with three sessions open.
	 *
	 * @return WP_User
	 */
	private static function signed_in_thrice(): WP_User {
		$user = self::create_user( 'ttdt_updater' );
		for ( $i = 0; $i < 3; $i++ ) {
			WP_Session_Tokens::get_instance( $user->ID )->create( time() + HOUR_IN_SECONDS );
		}
		return $user;
	}

	/**
	 * Runs core's AJAX action for an account, with a nonce made for another or the same one.
	 *
	 * @param int $user_id   Account whose sessions end.
	 * @param int $nonce_for Account the nonce was made for.
	 * @return string The JSON answer.
	 */
	private static function destroy( int $user_id, int $nonce_for ): string {
		$_POST['user_id'] = (string) $user_id;
		$_POST['nonce']   = wp_create_nonce( 'update-user_' . $nonce_for );
		ob_start();
		try {
			do_action( SessionHygiene::CORE_DESTROY_ACTION );
		} catch ( RuntimeException $done ) {
			unset( $done );
		}
		return (string) ob_get_clean();
	}

	/**
	 * The audit entries of ended sessions of an account.
	 *
	 * @param int $user_id Account.
	 * @return array<int, mixed>
	 */
	private static function audited( int $user_id ): array {
		$query            = new AuditQuery();
		$query->action    = 'user.sessions_end';
		$query->object_id = $user_id;
		return AuditLog::find( $query );
	}

	public function test_log_out_everywhere_by_an_administrator_is_audited(): void {
		$user = self::signed_in_thrice();
		wp_set_current_user( self::create_user( 'administrator' )->ID );

		$answer = self::destroy( $user->ID, $user->ID );

		$this->assertStringContainsString( '"success":true', $answer );
		$this->assertCount( 0, WP_Session_Tokens::get_instance( $user->ID )->get_all() );
		$this->assertCount( 1, self::audited( $user->ID ) );
		$this->assertStringContainsString( 'everywhere', wp_json_encode( self::audited( $user->ID ) ) );
	}

	public function test_log_out_everywhere_else_by_the_user_is_audited_keeping_their_session(): void {
		$user = self::signed_in_thrice();
		wp_set_current_user( $user->ID );
		$mine = WP_Session_Tokens::get_instance( $user->ID )->create( time() + HOUR_IN_SECONDS );
		$_COOKIE[ LOGGED_IN_COOKIE ] = wp_generate_auth_cookie( $user->ID, time() + HOUR_IN_SECONDS, 'logged_in', $mine );

		self::destroy( $user->ID, $user->ID );
		unset( $_COOKIE[ LOGGED_IN_COOKIE ] );

		$this->assertCount( 1, WP_Session_Tokens::get_instance( $user->ID )->get_all() );
		$entries = self::audited( $user->ID );
		$this->assertCount( 1, $entries );
		$this->assertStringContainsString( 'everywhere_else', wp_json_encode( $entries ) );
	}

	public function test_a_refused_request_records_nothing(): void {
		$user  = self::signed_in_thrice();
		$other = self::create_user( 'ttdt_updater' );
		wp_set_current_user( self::create_user( 'administrator' )->ID );

		$answer = self::destroy( $user->ID, $other->ID );

		$this->assertStringContainsString( '"success":false', $answer );
		$this->assertCount( 3, WP_Session_Tokens::get_instance( $user->ID )->get_all() );
		$this->assertCount( 0, self::audited( $user->ID ) );
	}
}
