<?php
/**
 * Tells a visitor's page view from the requests that do the portal's work.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

/**
 * Work that only the admin, REST, cron or the command line need (editor assets, keeping
 * cron events scheduled) is left out of public page views: they are most of the portal's
 * requests, and what they skip is redone on the next request of the other kinds.
 *
 * @since 0.1.0
 */
final class PageView {

	/**
	 * Filters whether the request is a public page view.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FILTER = 'ttdt_is_page_view';

	/**
	 * Whether the request shows a public page: served by the web server (the command line —
	 * WP-CLI, scripts, the PHP tests — is no visitor) at a public page's address.
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	public static function is_current(): bool {
		$page_view = 'cli' !== PHP_SAPI && self::is_page_address();
		/**
		 * Filters whether the request is a public page view, which leaves out admin-side work.
		 *
		 * @since 0.1.0
		 *
		 * @param bool $page_view Whether it is.
		 */
		return (bool) apply_filters( self::FILTER, $page_view );
	}

	/**
	 * Whether the request's kind and address are a public page's: a page read (GET or HEAD:
	 * a form sent to the site writes), not the admin (the editors load their scripts there),
	 * cron (nor a page of a site whose page views run it: `ALTERNATE_WP_CRON`), WP-CLI, XML-RPC
	 * (a client's editor), the log-in screen or REST (whose block-types route lists the editor
	 * handles). REST is only flagged on `parse_request`, after `init`: its address is known from
	 * the start, so the test is core's own (`rest_api_loaded()`): a `rest_route` query variable
	 * or the prefix.
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	public static function is_page_address(): bool {
		// Asked some thirty times while the plugin boots (~8,000 instructions each): answered
		// once for each request, known by what a test may change between two questions.
		static $answers = array();
		// phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- only a key.
		$key = implode( "\n", array( $_SERVER['REQUEST_METHOD'] ?? '', $_SERVER['REQUEST_URI'] ?? '', $GLOBALS['pagenow'] ?? '', isset( $_GET['rest_route'] ), is_admin() ) );
		if ( ! isset( $answers[ $key ] ) ) {
			$answers[ $key ] = self::judge_address();
		}
		return $answers[ $key ];
	}

	/**
	 * The answer of {@see self::is_page_address()}.
	 *
	 * @return bool
	 */
	private static function judge_address(): bool {
		if ( is_admin() || wp_doing_cron() || ( defined( 'WP_CLI' ) && WP_CLI ) || wp_is_serving_rest_request() ) {
			return false;
		}
		// There a page view runs the due cron events itself, after it has redirected the visitor
		// (`spawn_cron()`): the events need every service.
		if ( defined( 'ALTERNATE_WP_CRON' ) && ALTERNATE_WP_CRON ) {
			return false;
		}
		if ( ( defined( 'XMLRPC_REQUEST' ) && XMLRPC_REQUEST ) || 'wp-login.php' === ( $GLOBALS['pagenow'] ?? '' ) ) {
			return false;
		}
		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( (string) $_SERVER['REQUEST_METHOD'] ) : 'GET'; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- only compared.
		if ( 'GET' !== $method && 'HEAD' !== $method ) {
			return false;
		}
		if ( isset( $_GET['rest_route'] ) ) {
			return false;
		}
		$uri = isset( $_SERVER['REQUEST_URI'] ) ? (string) wp_unslash( $_SERVER['REQUEST_URI'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- only compared below, sanitised there.
		return self::is_page_path( $uri, rest_get_url_prefix() );
	}

	/**
	 * Whether an address is outside the REST prefix.
	 *
	 * @param string $uri    The request's address.
	 * @param string $prefix The REST prefix.
	 * @return bool
	 */
	private static function is_page_path( string $uri, string $prefix ): bool {
		$path = (string) wp_parse_url( sanitize_url( $uri ), PHP_URL_PATH );
		return '' !== $path && ! str_contains( trailingslashit( $path ), '/' . $prefix . '/' );
	}

	/**
	 * Adds an action for every request but public page views.
	 *
	 * @since 0.1.0
	 *
	 * @param string   $hook     Action name.
	 * @param callable $callback Callback.
	 * @param int      $priority Priority.
	 */
	public static function add_action_unless_page_view( string $hook, callable $callback, int $priority = 10 ): void {
		if ( ! self::is_current() ) {
			add_action( $hook, $callback, $priority );
		}
	}
}
