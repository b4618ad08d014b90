<?php
/**
 * The IP address an audit entry records.
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

/**
 * Only `REMOTE_ADDR` is trusted: it is the address the web server actually talked to.
 * `X-Forwarded-For` and similar headers are written by the client and can name any address,
 * so an attacker could pin their actions on someone else. A site behind a reverse proxy or
 * CDN that it trusts returns the forwarded address through the `ttdt_audit_client_ip` filter.
 *
 * @since 0.1.0
 */
final class ClientIp {

	/**
	 * Filter of the recorded address.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FILTER = 'ttdt_audit_client_ip';

	/**
	 * The client's address, '' when there is none or it is not an IP address.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function current(): string {
		$remote = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';

		/**
		 * Filters the client address the audit log records; return the forwarded address here
		 * only when the site sits behind a proxy it trusts.
		 *
		 * @since 0.1.0
		 *
		 * @param string $remote `REMOTE_ADDR`, sanitised.
		 */
		$ip = (string) apply_filters( self::FILTER, $remote );
		return false === filter_var( $ip, FILTER_VALIDATE_IP ) ? '' : $ip;
	}
}
