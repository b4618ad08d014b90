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
 * - an item's oEmbed data names its writer (else the site) and links to the site.
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
