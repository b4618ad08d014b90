<?php
/**
 * Checks what a citizen sent before anything is stored.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use WP_Error;

/**
 * Every field has a type, a length limit and a rule; the result is either the clean item or
 * one Vietnamese message per wrong field, saying what to do. Markup is refused, not stripped:
 * a citizen should know their text was not taken as written. Runs for the REST route, the
 * form without JavaScript and staff entry alike.
 *
 * @since 0.1.0
 */
final class FeedbackSubmission {

	/**
	 * Field => maximum characters.
	 *
	 * @since 0.1.0
	 * @var array<string, int>
	 */
	public const MAX = array(
		'name'    => 100,
		'email'   => 100,
		'phone'   => 20,
		'address' => 200,
		'subject' => 200,
		'content' => 5000,
	);

	/**
	 * Field => minimum characters, for the required text fields.
	 *
	 * @since 0.1.0
	 * @var array<string, int>
	 */
	public const MIN = array(
		'name'    => 2,
		'subject' => 5,
		'content' => 10,
	);

	/**
	 * Validates the text fields of a submission.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $input   Raw fields (unslashed).
	 * @param bool                 $by_staff Staff entry: no consent box, no form token, contact optional.
	 * @return array<string, mixed>|WP_Error Clean columns, or `ttdt_feedback_invalid` with
	 *                                       `errors` (field => message) in its data.
	 */
	public static function validate( array $input, bool $by_staff = false ) {
		$errors = array();
		$clean  = array();

		foreach ( array( 'name', 'email', 'phone', 'address', 'subject', 'content' ) as $field ) {
			$value = $input[ $field ] ?? '';
			if ( ! is_string( $value ) && ! is_int( $value ) ) {
				$errors[ $field ] = __( 'This field must be text. Please type it again.', 'ttdt-portal' );
				continue;
			}
			$value = (string) $value;
			if ( ! mb_check_encoding( $value, 'UTF-8' ) ) {
				$errors[ $field ] = __( 'This field contains characters that cannot be read. Please type it again using Vietnamese Unicode.', 'ttdt-portal' );
				continue;
			}
			$value = trim( 'content' === $field ? str_replace( "\r\n", "\n", $value ) : (string) preg_replace( '/\s+/u', ' ', $value ) );
			if ( class_exists( '\Normalizer' ) ) {
				$value = (string) \Normalizer::normalize( $value, \Normalizer::FORM_C );
			}
			if ( preg_match( '/<\s*[a-z!\/?]/i', $value ) ) {
				$errors[ $field ] = __( 'Please remove the HTML or script code from this field and write plain text.', 'ttdt-portal' );
				continue;
			}
			if ( mb_strlen( $value ) > self::MAX[ $field ] ) {
				/* translators: %d: the maximum number of characters. */
				$errors[ $field ] = sprintf( __( 'This field is too long. Please shorten it to at most %d characters.', 'ttdt-portal' ), self::MAX[ $field ] );
				continue;
			}
			$required = isset( self::MIN[ $field ] ) && ! ( $by_staff && 'name' === $field );
			if ( $required && mb_strlen( $value ) < self::MIN[ $field ] ) {
				$errors[ $field ] = self::required_message( $field );
				continue;
			}
			$clean[ $field ] = $value;
		}

		if ( ! isset( $errors['email'] ) && '' !== ( $clean['email'] ?? '' ) ) {
			$clean['email'] = ContactNormalizer::email( $clean['email'] );
			if ( '' === $clean['email'] ) {
				$errors['email'] = __( 'This e-mail address is not valid. Please check it, for example ten@example.com.', 'ttdt-portal' );
			}
		}
		if ( ! isset( $errors['phone'] ) && '' !== ( $clean['phone'] ?? '' ) ) {
			$clean['phone'] = ContactNormalizer::phone( $clean['phone'] );
			if ( '' === $clean['phone'] ) {
				$errors['phone'] = __( 'This phone number is not valid. Please type 10 digits, for example 0912 345 678.', 'ttdt-portal' );
			}
		}
		if ( ! $by_staff && ! isset( $errors['email'] ) && ! isset( $errors['phone'] ) && '' === ( $clean['email'] ?? '' ) && '' === ( $clean['phone'] ?? '' ) ) {
			$errors['email'] = __( 'Please give an e-mail address or a phone number, so the commune can answer you.', 'ttdt-portal' );
		}

		$type = $input['type'] ?? '';
		if ( ! is_string( $type ) || ! in_array( $type, FeedbackType::all(), true ) ) {
			$errors['type'] = __( 'Please choose the kind of feedback.', 'ttdt-portal' );
		} else {
			$clean['type'] = $type;
		}

		if ( ! $by_staff ) {
			$consent = $input['consent'] ?? '';
			if ( ! in_array( $consent, array( true, 1, '1', 'true', 'on' ), true ) ) {
				$errors['consent'] = __( 'Please tick the consent box: without it the commune may not process your personal data.', 'ttdt-portal' );
			} else {
				$clean['consent_text'] = FeedbackConsent::text();
				$clean['consent_at']   = gmdate( 'Y-m-d H:i:s' );
			}
		}

		if ( $errors ) {
			return self::errors( $errors );
		}
		return $clean;
	}

	/**
	 * Checks the anti-abuse fields: the honeypot and the signed form time.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $input Raw fields.
	 * @return WP_Error|null
	 */
	public static function check_abuse( array $input ): ?WP_Error {
		// A field people never see (hidden by CSS and from screen readers) that bots fill in.
		$honeypot = $input['website'] ?? '';
		if ( ! is_string( $honeypot ) || '' !== trim( $honeypot ) ) {
			return new WP_Error( 'ttdt_feedback_refused', __( 'Your feedback could not be accepted. Please reload the page and send it again; leave hidden fields empty.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		$token   = $input['started'] ?? '';
		$problem = FormToken::problem( is_string( $token ) ? $token : '' );
		if ( 'too_fast' === $problem ) {
			return new WP_Error( 'ttdt_feedback_too_fast', __( 'The form was sent too quickly after it was opened. Please check your text and send it again.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		if ( '' !== $problem ) {
			return new WP_Error( 'ttdt_feedback_stale', __( 'This form has expired. Please reload the page and send your feedback again.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		return null;
	}

	/**
	 * The error for several wrong fields.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $errors Field => message.
	 * @return WP_Error
	 */
	public static function errors( array $errors ): WP_Error {
		return new WP_Error(
			'ttdt_feedback_invalid',
			__( 'Some fields need correcting. Please see the messages next to them.', 'ttdt-portal' ),
			array(
				'status' => 400,
				'errors' => $errors,
			)
		);
	}

	/**
	 * The message for a missing required field.
	 *
	 * @param string $field Field.
	 * @return string
	 */
	private static function required_message( string $field ): string {
		switch ( $field ) {
			case 'name':
				return __( 'Please enter your full name.', 'ttdt-portal' );
			case 'subject':
				return __( 'Please give a short subject (at least 5 characters).', 'ttdt-portal' );
			default:
				return __( 'Please describe your feedback (at least 10 characters).', 'ttdt-portal' );
		}
	}
}
