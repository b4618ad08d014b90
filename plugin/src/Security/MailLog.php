<?php
/**
 * Remembers the result of the last mail the site sent.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\WriteSide;
use WP_Error;

/**
 * Incident reports, approvals and answers to citizens all go by mail; when the host stops
 * delivering it nobody notices. The outcome of the last send is kept (an option, not autoloaded)
 * for the Site Health check in {@see OperationsHealth}.
 *
 * @since 0.1.0
 */
final class MailLog implements WriteSide {

	/**
	 * Option: `ok` (bool), `at` (Unix time), `error` (message of a failure).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OPTION = 'ttdt_mail_last_result';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'wp_mail_succeeded', array( $this, 'succeeded' ) );
		add_action( 'wp_mail_failed', array( $this, 'failed' ) );
	}

	/**
	 * A message was handed over.
	 *
	 * @since 0.1.0
	 */
	public function succeeded(): void {
		self::store( true, '' );
	}

	/**
	 * A message could not be sent.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Error $error What PHPMailer said.
	 */
	public function failed( $error ): void {
		self::store( false, $error instanceof WP_Error ? $error->get_error_message() : '' );
	}

	/**
	 * The last result, or null when nothing was sent since the plugin started recording.
	 *
	 * @since 0.1.0
	 *
	 * @return array{ok: bool, at: int, error: string}|null
	 */
	public static function last(): ?array {
		$stored = get_option( self::OPTION );
		if ( ! is_array( $stored ) || empty( $stored['at'] ) ) {
			return null;
		}
		return array(
			'ok'    => (bool) ( $stored['ok'] ?? false ),
			'at'    => (int) $stored['at'],
			'error' => (string) ( $stored['error'] ?? '' ),
		);
	}

	/**
	 * Stores a result.
	 *
	 * @param bool   $ok    Whether it was sent.
	 * @param string $error Failure message.
	 */
	private static function store( bool $ok, string $error ): void {
		update_option(
			self::OPTION,
			array(
				'ok'    => $ok,
				'at'    => time(),
				'error' => mb_substr( $error, 0, 300 ),
			),
			false
		);
	}
}
