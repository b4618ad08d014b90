<?php
/**
 * The e-mail a citizen gets when their feedback arrives.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

/**
 * Plain text, in Vietnamese: the tracking code, what was received and where to follow it. It
 * repeats none of the personal data beyond the greeting, since mail travels unencrypted.
 *
 * @since 0.1.0
 */
final class ReceiptMail {

	/**
	 * Filter of the lookup page's address.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const LOOKUP_URL_FILTER = 'ttdt_feedback_lookup_url';

	/**
	 * Sends the receipt.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $email Address.
	 * @param string               $code  Tracking code.
	 * @param array<string, mixed> $item  Clean columns (name, subject, type).
	 * @return bool Whether the mail was handed over.
	 */
	public function send( string $email, string $code, array $item ): bool {
		$site    = wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
		$shown   = TrackingCode::format( $code );
		$subject = sprintf(
			/* translators: 1: site name, 2: tracking code. */
			__( '[%1$s] Your feedback was received – code %2$s', 'ttdt-portal' ),
			$site,
			$shown
		);
		$lines = array(
			/* translators: %s: the citizen's name. */
			sprintf( __( 'Dear %s,', 'ttdt-portal' ), (string) ( $item['name'] ?? '' ) ),
			'',
			/* translators: 1: kind of feedback, 2: subject. */
			sprintf( __( 'The commune has received your %1$s: "%2$s".', 'ttdt-portal' ), mb_strtolower( FeedbackType::label( (string) ( $item['type'] ?? '' ) ) ), (string) ( $item['subject'] ?? '' ) ),
			/* translators: %s: tracking code. */
			sprintf( __( 'Your tracking code: %s', 'ttdt-portal' ), $shown ),
			/* translators: %s: address of the lookup page. */
			sprintf( __( 'Follow its handling and read the answer at %s with this code and the e-mail address or phone number you gave.', 'ttdt-portal' ), self::lookup_url() ),
			'',
			__( 'Keep this code; the commune will never ask you for a password.', 'ttdt-portal' ),
		);
		return wp_mail( $email, $subject, implode( "\n", $lines ) );
	}

	/**
	 * The address of the lookup page.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function lookup_url(): string {
		$page = get_page_by_path( 'tra-cuu-phan-anh' );
		$url  = $page && 'publish' === $page->post_status ? (string) get_permalink( $page ) : home_url( '/' );
		/**
		 * Filters the address of the page carrying the feedback lookup block.
		 *
		 * @since 0.1.0
		 *
		 * @param string $url Default: the page `/tra-cuu-phan-anh/`, else the home page.
		 */
		return (string) apply_filters( self::LOOKUP_URL_FILTER, $url );
	}
}
