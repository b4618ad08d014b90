<?php
/**
 * The lookup block's handling of its own form.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

/**
 * The block posts to its own page; this reads that post once per request (a page may render
 * the block more than once, e.g. in a preview) and runs the throttled lookup.
 *
 * @since 0.1.0
 */
final class LookupBlock {

	/**
	 * Nonce action.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ACTION = 'ttdt_feedback_lookup';

	/**
	 * Nonce field.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NONCE_FIELD = 'ttdt_lookup_nonce';

	/**
	 * The result of this request's lookup, computed once.
	 *
	 * @var array<string, mixed>|null
	 */
	private static ?array $current = null;

	/**
	 * The lookup posted in this request: `code`, `contact`, and `result` (public view) or
	 * `error` (Vietnamese message); empty when nothing was posted.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function current(): array {
		if ( null !== self::$current ) {
			return self::$current;
		}
		self::$current = array();
		// A public lookup needs no capability: the nonce proves the form; code and contact
		// together open one item; wrong guesses are throttled.
		if ( ! isset( $_POST[ self::NONCE_FIELD ] ) ) { // phpcs:ignore WordPress.Security.NonceVerification -- checked just below.
			return self::$current;
		}
		if ( ! wp_verify_nonce( sanitize_key( wp_unslash( $_POST[ self::NONCE_FIELD ] ) ), self::ACTION ) ) {
			self::$current = array( 'error' => __( 'This form has expired. Please reload the page and look up again.', 'ttdt-portal' ) );
			return self::$current;
		}
		$code    = isset( $_POST['ttdt_code'] ) ? sanitize_text_field( wp_unslash( $_POST['ttdt_code'] ) ) : '';
		$contact = isset( $_POST['ttdt_contact'] ) ? sanitize_text_field( wp_unslash( $_POST['ttdt_contact'] ) ) : '';
		$found   = ( new FeedbackLookup( new FeedbackRepository() ) )->find( $code, $contact );

		self::$current = array(
			'code'    => mb_substr( $code, 0, 40 ),
			'contact' => mb_substr( $contact, 0, 100 ),
		);
		if ( is_wp_error( $found ) ) {
			self::$current['error'] = $found->get_error_message();
			if ( 429 === ( $found->get_error_data()['status'] ?? 0 ) && ! headers_sent() ) {
				status_header( 429 );
			}
		} else {
			self::$current['result'] = $found;
		}
		return self::$current;
	}
}
