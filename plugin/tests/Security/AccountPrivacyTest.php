<?php
/**
 * Tests of what visitors learn of the portal's accounts.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Security;

use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Security\AccountPrivacy;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * Visitors read the portal's items, not a list of its accounts and their login slugs.
 */
final class AccountPrivacyTest extends TestCase {

	/**
	 * The users routes answer editors only; an account still reads its own profile.
	 */
	public function test_the_users_routes_answer_only_those_who_edit(): void {
		$editor     = self::create_user( 'editor' );
		$accountant = self::create_user( 'ttdt_accountant' );
		self::create_post(
			array(
				'post_author' => $editor->ID,
				'post_status' => 'publish',
				'meta_input'  => array(
					ProvenanceMeta::SOURCE => 'Văn phòng UBND xã',
					ProvenanceMeta::WRITER => 'Nguyễn Văn Viết',
				),
			)
		);
		$status = static fn( string $route ): int => rest_do_request( new WP_REST_Request( 'GET', $route ) )->get_status();

		wp_set_current_user( 0 );
		$this->assertSame( 401, $status( '/wp/v2/users' ), 'A visitor lists no account.' );
		$this->assertSame( 401, $status( '/wp/v2/users/' . $editor->ID ), 'Nor reads one.' );
		$listed = rest_do_request( new WP_REST_Request( 'GET', '/wp/v2/users' ) );
		$this->assertSame( 'rest_user_cannot_view', $listed->get_data()['code'] );

		wp_set_current_user( $accountant->ID );
		$this->assertSame( 403, $status( '/wp/v2/users' ), 'An account that does not edit lists none.' );
		$this->assertSame( 200, $status( '/wp/v2/users/me' ), 'It reads its own profile.' );

		wp_set_current_user( $editor->ID );
		$this->assertSame( 200, $status( '/wp/v2/users' ), 'Editors list the authors.' );
	}

	/**
	 * An author archive is not found; no users sitemap; an item's oEmbed data names its
	 * writer and links to the site, not to the account.
	 */
	public function test_no_author_archive_sitemap_or_oembed_link_names_an_account(): void {
		$account = self::create_user( 'editor', array( 'display_name' => 'Tài Khoản Đăng Bài' ) );
		$item    = self::create_post(
			array(
				'post_author' => $account->ID,
				'post_status' => 'publish',
				'meta_input'  => array(
					ProvenanceMeta::SOURCE => 'Văn phòng UBND xã',
					ProvenanceMeta::WRITER => 'Nguyễn Văn Viết',
				),
			)
		);

		$GLOBALS['wp_query'] = new \WP_Query( array( 'author' => $account->ID ) );
		$this->assertTrue( is_author() );
		$this->assertSame( 1, has_action( 'template_redirect', array( AccountPrivacy::class, 'hide_author_archive' ) ), 'Ahead of the canonical redirect to the login\'s address.' );
		AccountPrivacy::hide_author_archive();
		$this->assertTrue( is_404() );

		$this->assertFalse( apply_filters( 'wp_sitemaps_add_provider', new \stdClass(), 'users' ) );
		$this->assertInstanceOf( \stdClass::class, apply_filters( 'wp_sitemaps_add_provider', new \stdClass(), 'posts' ) );

		$oembed = get_oembed_response_data( get_post( $item->ID ), 600 );
		$this->assertSame( 'Nguyễn Văn Viết', $oembed['author_name'] );
		$this->assertSame( home_url( '/' ), $oembed['author_url'] );
	}

	/**
	 * A wrong name, a wrong e-mail address and a wrong password get the same answer, which
	 * says nothing of whether the account exists.
	 */
	public function test_log_in_answers_a_wrong_name_and_a_wrong_password_alike(): void {
		$account = self::create_user( 'editor' );
		$answers = array(
			wp_authenticate( 'khong-co-tai-khoan-nay', 'mat-khau' ),
			wp_authenticate( 'khong-co@example.org', 'mat-khau' ),
			wp_authenticate( $account->user_login, 'sai-mat-khau' ),
		);
		foreach ( $answers as $answer ) {
			$this->assertWPErrorCode( 'ttdt_invalid_login', $answer );
			$this->assertSame( $answers[0]->get_error_message(), $answer->get_error_message() );
		}
		$this->assertStringNotContainsString( $account->user_login, $answers[2]->get_error_message() );
		$this->assertStringContainsString( 'Tên đăng nhập, địa chỉ email hoặc mật khẩu không đúng.', $answers[0]->get_error_message() );
		$this->assertWPErrorCode( 'empty_password', wp_authenticate( $account->user_login, '' ), 'An empty field is still named.' );
	}
}
