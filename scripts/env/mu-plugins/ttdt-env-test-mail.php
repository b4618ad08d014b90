<?php
/**
 * Test site only: sends mail by SMTP to the catcher the test run starts on loopback.
 *
 * Playground's PHP has no sendmail, but it can open TCP sockets to 127.0.0.1, so the tests
 * read real messages instead of mocking `wp_mail()`.
 *
 * @package Ttdt
 */

defined( 'ABSPATH' ) || exit;

if ( ! defined( 'TTDT_ENV' ) || 'test' !== TTDT_ENV || ! defined( 'TTDT_TEST_SMTP_PORT' ) ) {
	return;
}

add_action(
	'phpmailer_init',
	static function ( $phpmailer ): void {
		$phpmailer->isSMTP();
		$phpmailer->Host        = '127.0.0.1'; // phpcs:ignore WordPress.NamingConventions -- PHPMailer's API.
		$phpmailer->Port        = (int) TTDT_TEST_SMTP_PORT; // phpcs:ignore WordPress.NamingConventions -- PHPMailer's API.
		$phpmailer->SMTPAuth    = false; // phpcs:ignore WordPress.NamingConventions -- PHPMailer's API.
		$phpmailer->SMTPAutoTLS = false; // phpcs:ignore WordPress.NamingConventions -- PHPMailer's API.
	}
);

// WordPress sends from `wordpress@<host>`; on `localhost` PHPMailer rejects that address and
// no mail leaves at all, so test sites send from a valid one.
add_filter( 'wp_mail_from', static fn(): string => 'portal@example.test' );
