<?php
/**
 * Receives one piece of feedback, from any path.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\ClientIp;
use WP_Error;

/**
 * The REST route, the form without JavaScript and staff entry all come here, so every rule is
 * enforced on every path: body size, abuse checks, validation, limits, then the files and the
 * row together, then the receipt. Wrong input never reaches the database; a refusal counts
 * against no limit, so a citizen correcting a typo is never locked out.
 *
 * @since 0.1.0
 */
final class FeedbackIntake {

	/**
	 * Fires after an item was stored (the desk computes its deadline here).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RECEIVED_ACTION = 'ttdt_feedback_received';

	/**
	 * Largest request body accepted, in bytes: three files at their limit and the text.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const MAX_BODY = FeedbackFiles::MAX_FILES * FeedbackFiles::MAX_BYTES + MB_IN_BYTES;

	/**
	 * Repository.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $repository;

	/**
	 * File storage.
	 *
	 * @var FeedbackFiles
	 */
	private FeedbackFiles $files;

	/**
	 * Receipt mailer.
	 *
	 * @var ReceiptMail
	 */
	private ReceiptMail $receipt;

	/**
	 * Wires the intake.
	 *
	 * @since 0.1.0
	 *
	 * @param FeedbackRepository $repository Repository.
	 * @param FeedbackFiles      $files      File storage.
	 * @param ReceiptMail        $receipt    Receipt mailer.
	 */
	public function __construct( FeedbackRepository $repository, FeedbackFiles $files, ReceiptMail $receipt ) {
		$this->repository = $repository;
		$this->files      = $files;
		$this->receipt    = $receipt;
	}

	/**
	 * Receives a citizen's submission (the public form).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed>             $input Raw fields (unslashed).
	 * @param array<int, array<string, mixed>> $files Uploads (`FeedbackFiles::from_field()`).
	 * @return array{id: int, code: string}|WP_Error
	 */
	public function submit( array $input, array $files ) {
		$too_large = self::body_too_large();
		if ( $too_large ) {
			return $too_large;
		}
		$abuse = FeedbackSubmission::check_abuse( $input );
		if ( $abuse ) {
			return $abuse;
		}
		$clean   = FeedbackSubmission::validate( $input );
		$checked = FeedbackFiles::check( $files );
		if ( is_wp_error( $clean ) || is_wp_error( $checked ) ) {
			return self::merge_errors( $clean, $checked );
		}

		$ip = ClientIp::current();
		if ( ! RateLimiter::hit( RateLimiter::SUBMIT_IP, $ip ) ) {
			return self::too_many( __( 'Too many submissions were sent from your network in a short time. Please wait ten minutes and send again, or call the commune office.', 'ttdt-portal' ) );
		}
		foreach ( array_filter( array( $clean['email'] ?? '', $clean['phone'] ?? '' ) ) as $contact ) {
			if ( ! RateLimiter::hit( RateLimiter::SUBMIT_CONTACT, $contact ) ) {
				return self::too_many( __( 'Several submissions with this e-mail address or phone number arrived within the hour. Please wait an hour before sending more; the commune has your earlier ones.', 'ttdt-portal' ) );
			}
		}

		$clean['channel'] = FeedbackChannel::ONLINE;
		$clean['ip_hash'] = RateLimiter::hash( $ip );
		return $this->store( $clean, $checked );
	}

	/**
	 * Records feedback received in person, by phone or on paper (staff entry).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed>             $input Raw fields, with `channel`, and `consent`
	 *                                                when the citizen agreed on the spot.
	 * @param array<int, array<string, mixed>> $files Uploads (a scan of the letter).
	 * @return array{id: int, code: string}|WP_Error
	 */
	public function record( array $input, array $files ) {
		$clean   = FeedbackSubmission::validate( $input, true );
		$checked = FeedbackFiles::check( $files );
		$channel = $input['channel'] ?? '';
		if ( is_wp_error( $clean ) || is_wp_error( $checked ) || ! in_array( $channel, FeedbackChannel::staff(), true ) ) {
			$error = self::merge_errors( $clean, $checked );
			if ( ! in_array( $channel, FeedbackChannel::staff(), true ) ) {
				$fields            = is_wp_error( $error ) ? (array) ( $error->get_error_data()['errors'] ?? array() ) : array();
				$fields['channel'] = __( 'Please choose how the feedback was received: in person, by phone or on paper.', 'ttdt-portal' );
				$error             = FeedbackSubmission::errors( $fields );
			}
			return $error;
		}
		if ( in_array( $input['consent'] ?? '', array( true, 1, '1', 'true', 'on' ), true ) ) {
			$clean['consent_text'] = FeedbackConsent::text();
			$clean['consent_at']   = gmdate( 'Y-m-d H:i:s' );
		}
		$clean['channel']    = $channel;
		$clean['created_by'] = get_current_user_id();
		return $this->store( $clean, $checked );
	}

	/**
	 * Stores the files and the row together, then sends the receipt.
	 *
	 * @param array<string, mixed>             $clean   Clean columns.
	 * @param array<int, array<string, mixed>> $checked Checked uploads.
	 * @return array{id: int, code: string}|WP_Error
	 */
	private function store( array $clean, array $checked ) {
		$rows = $this->files->store( $checked );
		if ( is_wp_error( $rows ) ) {
			return $rows;
		}
		$saved = $this->repository->insert( $clean, $rows );
		if ( is_wp_error( $saved ) ) {
			FeedbackFiles::discard( $rows );
			return $saved;
		}
		if ( ! empty( $clean['email'] ) ) {
			$this->receipt->send( (string) $clean['email'], $saved['code'], $clean );
		}
		/**
		 * Fires after a feedback item was stored.
		 *
		 * @since 0.1.0
		 *
		 * @param int    $id   Item ID.
		 * @param string $code Tracking code.
		 */
		do_action( self::RECEIVED_ACTION, $saved['id'], $saved['code'] );
		return $saved;
	}

	/**
	 * A refusal when the request body is larger than allowed (PHP then drops it entirely).
	 *
	 * @return WP_Error|null
	 */
	private static function body_too_large(): ?WP_Error {
		$length = isset( $_SERVER['CONTENT_LENGTH'] ) ? (int) $_SERVER['CONTENT_LENGTH'] : 0;
		$limit  = min( self::MAX_BODY, wp_convert_hr_to_bytes( (string) ini_get( 'post_max_size' ) ) ?: self::MAX_BODY );
		if ( $length <= $limit ) {
			return null;
		}
		return new WP_Error(
			'ttdt_feedback_too_large',
			/* translators: %d: size limit in MB. */
			sprintf( __( 'What you sent is too large. Please attach at most three files of %d MB each and send again.', 'ttdt-portal' ), FeedbackFiles::MAX_BYTES / MB_IN_BYTES ),
			array( 'status' => 413 )
		);
	}

	/**
	 * One error with the fields of both.
	 *
	 * @param mixed $clean   Validation result.
	 * @param mixed $checked File check result.
	 * @return WP_Error
	 */
	private static function merge_errors( $clean, $checked ): WP_Error {
		$fields = array();
		foreach ( array( $clean, $checked ) as $result ) {
			if ( is_wp_error( $result ) ) {
				$fields += (array) ( $result->get_error_data()['errors'] ?? array() );
			}
		}
		return FeedbackSubmission::errors( $fields );
	}

	/**
	 * A 429 refusal.
	 *
	 * @param string $message Vietnamese message.
	 * @return WP_Error
	 */
	private static function too_many( string $message ): WP_Error {
		return new WP_Error( 'ttdt_feedback_rate_limited', $message, array( 'status' => 429 ) );
	}
}
