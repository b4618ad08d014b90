<?php
/**
 * Checks what a citizen typed into the comment form.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Feedback\ContactNormalizer;
use Ttdt\Feedback\FeedbackSubmission;
use Ttdt\Settings\Settings;
use WP_Error;

/**
 * The same rules as the feedback form, for three fields: text only (markup refused, not
 * stripped), Unicode NFC, bounded lengths, one contact (e-mail or phone) to answer through,
 * and the explicit consent of the Personal Data Protection Law. One message per wrong field.
 *
 * @since 0.1.0
 */
final class CommentFields {

	/**
	 * Field => [ minimum, maximum ] characters.
	 *
	 * @since 0.1.0
	 * @var array<string, array{0: int, 1: int}>
	 */
	public const LENGTHS = array(
		'name'    => array( 2, 100 ),
		'contact' => array( 1, 100 ),
		'content' => array( 10, 5000 ),
	);

	/**
	 * The consent text shown next to the box and stored with the comment.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function consent_text(): string {
		$settings = get_option( Settings::OPTION );
		$agency   = is_array( $settings ) && ! empty( $settings['agency_name'] ) ? (string) $settings['agency_name'] : get_bloginfo( 'name' );
		return sprintf(
			/* translators: %s: the agency, e.g. "Ủy ban nhân dân xã Tân Lập". */
			__( 'I agree that %s processes my name and contact details only to consider this comment on the draft and to contact me about it. They are not published and are erased after the retention period.', 'ttdt-portal' ),
			$agency
		);
	}

	/**
	 * Validates a submission.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $input Raw fields (unslashed).
	 * @return array<string, string>|WP_Error Clean columns (`name`, `email`, `phone`,
	 *                                        `content`, `consent_text`, `consent_at`), or the
	 *                                        feedback form's `ttdt_feedback_invalid` error.
	 */
	public static function validate( array $input ) {
		$errors = array();
		$clean  = array();
		foreach ( self::LENGTHS as $field => $bounds ) {
			$value = $input[ $field ] ?? '';
			if ( ! is_string( $value ) ) {
				$errors[ $field ] = __( 'This field must be text. Please type it again.', 'ttdt-portal' );
				continue;
			}
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
			} elseif ( mb_strlen( $value ) > $bounds[1] ) {
				/* translators: %d: the maximum number of characters. */
				$errors[ $field ] = sprintf( __( 'This field is too long. Please shorten it to at most %d characters.', 'ttdt-portal' ), $bounds[1] );
			} elseif ( mb_strlen( $value ) < $bounds[0] ) {
				$errors[ $field ] = self::required_message( $field );
			} else {
				$clean[ $field ] = $value;
			}
		}

		if ( isset( $clean['contact'] ) ) {
			$contact = $clean['contact'];
			unset( $clean['contact'] );
			$email = str_contains( $contact, '@' ) ? ContactNormalizer::email( $contact ) : '';
			$phone = '' === $email ? ContactNormalizer::phone( $contact ) : '';
			if ( '' === $email && '' === $phone ) {
				$errors['contact'] = __( 'This is neither a valid e-mail address nor a valid phone number. Please type, for example, ten@example.com or 0912 345 678.', 'ttdt-portal' );
			}
			$clean['email'] = $email;
			$clean['phone'] = $phone;
		}

		if ( ! in_array( $input['consent'] ?? '', array( true, 1, '1', 'true', 'on' ), true ) ) {
			$errors['consent'] = __( 'Please tick the consent box: without it the commune may not process your personal data.', 'ttdt-portal' );
		} else {
			$clean['consent_text'] = self::consent_text();
			$clean['consent_at']   = gmdate( 'Y-m-d H:i:s' );
		}

		return $errors ? FeedbackSubmission::errors( $errors ) : $clean;
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
			case 'contact':
				return __( 'Please give an e-mail address or a phone number, so the commune can contact you about your comment.', 'ttdt-portal' );
			default:
				return __( 'Please write your comment on the draft (at least 10 characters).', 'ttdt-portal' );
		}
	}
}
