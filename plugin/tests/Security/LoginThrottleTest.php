<?php
/**
 * Tests of the log-in's lock against password guessing.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Security;

use Ttdt\Security\LoginThrottle;
use Ttdt\Tests\Support\TestCase;
use WP_User;

/**
 * A few wrong passwords from one network lock the name there; many lock the network.
 */
final class LoginThrottleTest extends TestCase {

	/**
	 * The address before the test.
	 *
	 * @var string|null
	 */
	private ?string $remote_addr = null;

	/**
	 * Each test logs in from its own address.
	 */
	protected function setUp(): void {
		parent::setUp();
		$this->remote_addr = $_SERVER['REMOTE_ADDR'] ?? null;
		self::from( '203.0.113.' . wp_rand( 1, 250 ) );
	}

	/**
	 * Puts the address back.
	 */
	protected function tearDown(): void {
		if ( null === $this->remote_addr ) {
			unset( $_SERVER['REMOTE_ADDR'] );
		} else {
			$_SERVER['REMOTE_ADDR'] = $this->remote_addr;
		}
		parent::tearDown();
	}

	/**
	 * Five wrong passwords lock the name from that address, even for the right password;
	 * the same name elsewhere and another name from there still log in.
	 */
	public function test_wrong_passwords_lock_the_name_from_that_network(): void {
		$account = self::create_user( 'editor', array( 'user_pass' => 'dung-mat-khau-1' ) );
		$other   = self::create_user( 'editor', array( 'user_pass' => 'dung-mat-khau-2' ) );
		$here    = $_SERVER['REMOTE_ADDR'];

		for ( $i = 0; $i < 5; $i++ ) {
			$this->assertWPErrorCode( 'ttdt_invalid_login', wp_authenticate( $account->user_login, 'sai-' . $i ) );
		}
		$locked = wp_authenticate( $account->user_login, 'dung-mat-khau-1' );
		$this->assertWPErrorCode( LoginThrottle::LOCKED, $locked, 'The right password must not tell the guess was right.' );
		$this->assertStringContainsString( 'Vui lòng chờ 15 phút', $locked->get_error_message() );
		$this->assertWPErrorCode( LoginThrottle::LOCKED, wp_authenticate( '  ' . strtoupper( $account->user_login ) . ' ', 'x' ), 'Case and spaces make no other name.' );

		$this->assertInstanceOf( WP_User::class, wp_authenticate( $other->user_login, 'dung-mat-khau-2' ), 'Another name from the same network.' );
		self::from( '198.51.100.7' );
		$this->assertInstanceOf( WP_User::class, wp_authenticate( $account->user_login, 'dung-mat-khau-1' ), 'A guesser elsewhere cannot lock staff out.' );
		self::from( $here );
		$this->assertWPErrorCode( LoginThrottle::LOCKED, wp_authenticate( $account->user_login, 'dung-mat-khau-1' ) );
	}

	/**
	 * Guessing across names, existing or not, locks the address for every name.
	 */
	public function test_guessing_across_names_locks_the_network(): void {
		$account = self::create_user( 'editor', array( 'user_pass' => 'dung-mat-khau-3' ) );
		for ( $i = 0; $i < 20; $i++ ) {
			$this->assertWPErrorCode( 'ttdt_invalid_login', wp_authenticate( 'khong-co-' . $i, 'mat-khau' ) );
		}
		$this->assertWPErrorCode( LoginThrottle::LOCKED, wp_authenticate( $account->user_login, 'dung-mat-khau-3' ) );
		// Refusals for the lock are not failures: they do not lengthen it or fill the log of counts.
		$this->assertWPErrorCode( LoginThrottle::LOCKED, wp_authenticate( 'khong-co-0', 'mat-khau' ) );
	}

	/**
	 * An unknown name takes a hash of the password typed, as a known name's wrong password
	 * takes a check against its hash: the answer's delay does not tell which names exist.
	 */
	public function test_an_unknown_name_costs_a_hash_as_a_known_one_does(): void {
		$account = self::create_user( 'editor' );
		$hashes  = 0;
		$checks  = 0;
		$hash    = static function ( $options ) use ( &$hashes ) {
			++$hashes;
			return $options;
		};
		$check   = static function ( $result ) use ( &$checks ) {
			++$checks;
			return $result;
		};
		add_filter( 'wp_hash_password_options', $hash );
		add_filter( 'check_password', $check );

		wp_authenticate( 'khong-co-tai-khoan-nay', 'mat-khau' );
		wp_authenticate( 'khong-co@example.org', 'mat-khau' );
		$this->assertSame( array( 2, 0 ), array( $hashes, $checks ), 'Each unknown name or e-mail hashes the password once.' );
		wp_authenticate( $account->user_login, 'sai-mat-khau' );
		$this->assertSame( array( 2, 1 ), array( $hashes, $checks ), 'A known name checks its hash, and hashes nothing more.' );

		remove_filter( 'wp_hash_password_options', $hash );
		remove_filter( 'check_password', $check );
	}

	/**
	 * Sets the request's address.
	 *
	 * @param string $ip Address.
	 */
	private static function from( string $ip ): void {
		$_SERVER['REMOTE_ADDR'] = $ip;
	}
}
