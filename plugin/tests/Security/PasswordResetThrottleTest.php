<?php
/**
 * Tests of the limits on the "lost password" form.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Security;

use RuntimeException;
use Ttdt\Security\PasswordResetThrottle;
use Ttdt\Tests\Support\TestCase;

/**
 * The form cannot flood staff with mail, and its answers still tell no account from another.
 */
final class PasswordResetThrottleTest extends TestCase {

	/**
	 * Reset links mailed during the test, by address.
	 *
	 * @var string[]
	 */
	private array $mailed = array();

	/**
	 * The request's globals before the test.
	 *
	 * @var array{0: mixed, 1: mixed}
	 */
	private array $saved;

	/**
	 * Requests come from the log-in screen at a fresh address; mail is caught, redirects stop.
	 */
	protected function setUp(): void {
		parent::setUp();
		$this->saved            = array( $GLOBALS['pagenow'] ?? null, $_SERVER['REMOTE_ADDR'] ?? null );
		$GLOBALS['pagenow']     = 'wp-login.php';
		$_SERVER['REMOTE_ADDR'] = '203.0.113.' . wp_rand( 1, 250 );
		add_filter( 'pre_wp_mail', array( $this, 'catch_mail' ), 1, 2 );
		add_filter( 'wp_redirect', array( self::class, 'stop_redirect' ), 1 );
	}

	/**
	 * Puts the globals and hooks back.
	 */
	protected function tearDown(): void {
		remove_filter( 'pre_wp_mail', array( $this, 'catch_mail' ), 1 );
		remove_filter( 'wp_redirect', array( self::class, 'stop_redirect' ), 1 );
		list( $GLOBALS['pagenow'], $_SERVER['REMOTE_ADDR'] ) = $this->saved;
		parent::tearDown();
	}

	/**
	 * Five requests from one network, for names that exist or not; the sixth is refused
	 * with the same message whatever the name.
	 */
	public function test_requests_from_one_network_are_limited_alike_for_every_name(): void {
		$account = self::create_user( 'editor' );
		$this->assertTrue( retrieve_password( $account->user_login ) );
		$this->assertSame( 'checkemail=confirm', self::answer( 'khong-co-tai-khoan-nay' ) );
		$this->assertSame( 'checkemail=confirm', self::answer( 'khong-co@example.org' ), 'An unknown e-mail address is answered as a sent mail too.' );
		$this->assertTrue( retrieve_password( $account->user_email ) );
		$this->assertTrue( retrieve_password( $account->user_login ) );
		$this->assertCount( 3, $this->mailed );

		$known   = retrieve_password( $account->user_login );
		$unknown = retrieve_password( 'khong-co-tai-khoan-nay' );
		$this->assertWPErrorCode( PasswordResetThrottle::LIMITED, $known );
		$this->assertWPErrorCode( PasswordResetThrottle::LIMITED, $unknown );
		$this->assertSame( $known->get_error_message(), $unknown->get_error_message() );
		$this->assertStringContainsString( 'Vui lòng chờ 60 phút', $known->get_error_message() );
		$this->assertCount( 3, $this->mailed, 'No mail past the limit.' );
	}

	/**
	 * Three links to one account within the hour, whoever asks; then the form answers as
	 * usual and mails nothing.
	 */
	public function test_links_to_one_account_are_limited_without_saying_so(): void {
		$account = self::create_user( 'editor' );
		for ( $i = 1; $i <= 4; $i++ ) {
			$_SERVER['REMOTE_ADDR'] = '198.51.100.' . $i;
			$this->assertTrue( retrieve_password( $account->user_login ), 'Answered as sent.' );
		}
		$this->assertSame( array_fill( 0, 3, $account->user_email ), $this->mailed );
	}

	/**
	 * An administrator sending links from the users screen is not limited.
	 */
	public function test_the_users_screen_is_not_limited(): void {
		$GLOBALS['pagenow'] = 'users.php';
		$account            = self::create_user( 'editor' );
		for ( $i = 0; $i < 7; $i++ ) {
			$this->assertTrue( retrieve_password( $account->user_login ) );
		}
		$this->assertCount( 7, $this->mailed );
	}

	/**
	 * On `pre_wp_mail`: records the recipient and sends nothing.
	 *
	 * @param mixed                $result Null to send.
	 * @param array<string, mixed> $atts   The mail.
	 * @return bool
	 */
	public function catch_mail( $result, $atts ): bool {
		$this->mailed[] = (string) ( is_array( $atts['to'] ) ? reset( $atts['to'] ) : $atts['to'] );
		return true;
	}

	/**
	 * On `wp_redirect`: stops the request where the log-in screen would leave it.
	 *
	 * @param string $location Address.
	 * @throws RuntimeException Always, carrying the address.
	 */
	public static function stop_redirect( $location ): void {
		throw new RuntimeException( (string) $location );
	}

	/**
	 * Where the form sends the browser for a name of no account.
	 *
	 * @param string $login Name or e-mail address typed.
	 * @return string The query of the address, or the error's code when the form stays.
	 */
	private static function answer( string $login ): string {
		try {
			$result = retrieve_password( $login );
		} catch ( RuntimeException $redirect ) {
			return (string) wp_parse_url( $redirect->getMessage(), PHP_URL_QUERY );
		}
		return is_wp_error( $result ) ? $result->get_error_code() : 'sent';
	}
}
