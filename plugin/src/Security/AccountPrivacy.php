<?php
/**
 * Keeps the portal's accounts out of what visitors can read.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Provenance\Byline;
use Ttdt\Support\Hookable;
use WP_Error;
use WP_Post;
use WP_REST_Request;

/**
 * WordPress tells any visitor who its accounts are: `/wp-json/wp/v2/users` lists everyone who
 * has published with their login slug, `?author=1` redirects to `/author/<login>/`, the users
 * sitemap and each item's oEmbed data link there too. Half of a password guess, for the staff
 * whose accounts publish the commune's information (Art. 13.5: they answer for what happens
 * under their account). Items name their writers ({@see Byline}); accounts stay private:
 *
 * - the users routes of the REST API answer only those who edit (the editors list authors);
 * - author archives are not found, without the redirect that names the login;
 * - no users sitemap;
 * - an item's oEmbed data names its writer (else the site) and links to the site;
 * - the log-in screen answers a wrong name and a wrong password alike, and a reset asked for
 *   an account that does not exist as one asked for an account that does.
 *
 * @since 0.1.0
 */
final class AccountPrivacy implements Hookable {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'rest_pre_dispatch', array( self::class, 'guard_users_route' ), 10, 3 );
		// Ahead of `redirect_canonical()` (10), which sends `?author=1` to the login's address.
		add_action( 'template_redirect', array( self::class, 'hide_author_archive' ), 1 );
		add_filter( 'wp_sitemaps_add_provider', array( self::class, 'without_users_sitemap' ), 10, 2 );
		add_filter( 'oembed_response_data', array( self::class, 'oembed_author' ), 10, 2 );
		// After core's checks (20, 30) and its spam check (99).
		add_filter( 'authenticate', array( self::class, 'same_login_error' ), 100, 3 );
		add_action( 'lostpassword_post', array( self::class, 'same_reset_answer' ), 10, 2 );
	}

	/**
	 * On `authenticate`: one error for an unknown name or e-mail and for a wrong password, in
	 * the same time. Core checks a known account's password against its hash, which takes
	 * tens of milliseconds by design, and answers an unknown name at once: the delay alone
	 * told which names are accounts. An unknown name now costs one hash of the password typed,
	 * with the site's own algorithm and cost.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $user     The account, or the error of the checks so far.
	 * @param mixed $username The name or e-mail address typed.
	 * @param mixed $password The password typed.
	 * @return mixed
	 */
	public static function same_login_error( $user, $username = '', $password = '' ) {
		if ( ! $user instanceof WP_Error || ! array_intersect( $user->get_error_codes(), array( 'invalid_username', 'invalid_email', 'incorrect_password' ) ) ) {
			return $user;
		}
		if ( ! in_array( 'incorrect_password', $user->get_error_codes(), true ) && is_string( $password ) && '' !== $password ) {
			wp_hash_password( $password );
		}
		return new WP_Error(
			'ttdt_invalid_login',
			sprintf(
				'<strong>%1$s</strong> %2$s <a href="%3$s">%4$s</a>',
				esc_html__( 'Error:', 'ttdt-portal' ),
				esc_html__( 'The username, e-mail address or password is not right.', 'ttdt-portal' ),
				esc_url( wp_lostpassword_url() ),
				esc_html__( 'Lost your password?', 'ttdt-portal' )
			)
		);
	}

	/**
	 * On `lostpassword_post`, on the log-in screen: for a name or e-mail of no account, the
	 * answer of a sent e-mail ("check your e-mail"), not "there is no account".
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $errors    The errors so far.
	 * @param mixed $user_data The account asked for, or false.
	 */
	public static function same_reset_answer( $errors, $user_data ): void {
		if ( $user_data || ! $errors instanceof WP_Error || 'wp-login.php' !== ( $GLOBALS['pagenow'] ?? '' ) ) {
			return;
		}
		// Core names an unknown e-mail address before this action (an unknown name after it).
		$errors->remove( 'invalid_email' );
		if ( $errors->has_errors() ) {
			return;
		}
		// As core does after sending the mail (wp-login.php).
		$redirect = isset( $_REQUEST['redirect_to'] ) && is_string( $_REQUEST['redirect_to'] ) ? wp_unslash( $_REQUEST['redirect_to'] ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Recommended, WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- core's own form, no nonce; validated by wp_safe_redirect().
		wp_safe_redirect( '' !== $redirect ? $redirect : 'wp-login.php?checkemail=confirm' );
		exit;
	}

	/**
	 * On `rest_pre_dispatch`: refuses the users routes to whoever cannot edit.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed           $result  A response already chosen, or null.
	 * @param mixed           $server  The server.
	 * @param WP_REST_Request $request The request.
	 * @return mixed
	 */
	public static function guard_users_route( $result, $server, $request ) {
		if ( null !== $result || ! $request instanceof WP_REST_Request || ! preg_match( '#^/wp/v2/users(?:/|$)#', $request->get_route() ) ) {
			return $result;
		}
		// An account reads its own profile (core asks for a log-in there); editors list authors.
		if ( current_user_can( 'edit_posts' ) || ( is_user_logged_in() && '/wp/v2/users/me' === untrailingslashit( $request->get_route() ) ) ) {
			return $result;
		}
		return new WP_Error(
			'rest_user_cannot_view',
			__( 'The portal\'s accounts are not listed publicly.', 'ttdt-portal' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * On `template_redirect`: an author archive is not found.
	 *
	 * @since 0.1.0
	 */
	public static function hide_author_archive(): void {
		global $wp_query;
		if ( is_author() ) {
			$wp_query->set_404();
			status_header( 404 );
			nocache_headers();
		}
	}

	/**
	 * On `wp_sitemaps_add_provider`: no users sitemap.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $provider The provider.
	 * @param string $name     Its name.
	 * @return mixed
	 */
	public static function without_users_sitemap( $provider, $name = '' ) {
		return 'users' === $name ? false : $provider;
	}

	/**
	 * On `oembed_response_data`: the item's writer (else the site's name), linked to the site.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed   $data The oEmbed data.
	 * @param WP_Post $post The item.
	 * @return mixed
	 */
	public static function oembed_author( $data, $post = null ) {
		if ( ! is_array( $data ) || ! $post instanceof WP_Post ) {
			return $data;
		}
		$writer              = Byline::writer( $post->ID );
		$data['author_name'] = '' !== $writer ? $writer : get_bloginfo( 'name' );
		$data['author_url']  = home_url( '/' );
		return $data;
	}
}
