<?php
/**
 * What a citizen may see of their own feedback.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\ClientIp;
use WP_Error;

/**
 * Code and contact together open one item; the answer shown is the status, the kind, the
 * subject the citizen wrote and the approved answer, never the inbox's notes, the unit or the
 * personal data. Wrong guesses count per address; past the limit every lookup from there is
 * refused for a while, right or wrong, so codes cannot be tried out.
 *
 * @since 0.1.0
 */
final class FeedbackLookup {

	/**
	 * Repository.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $repository;

	/**
	 * Wires the lookup.
	 *
	 * @since 0.1.0
	 *
	 * @param FeedbackRepository $repository Repository.
	 */
	public function __construct( FeedbackRepository $repository ) {
		$this->repository = $repository;
	}

	/**
	 * Looks up an item.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $code    Code as typed.
	 * @param mixed $contact E-mail or phone as typed.
	 * @return array<string, string|null>|WP_Error The public view, or why not.
	 */
	public function find( $code, $contact ) {
		$ip = ClientIp::current();
		if ( RateLimiter::exceeded( RateLimiter::LOOKUP_IP, $ip ) ) {
			return new WP_Error( 'ttdt_feedback_lookup_limited', __( 'Too many wrong lookups were made from your network. Please wait 15 minutes and try again with the code from your receipt.', 'ttdt-portal' ), array( 'status' => 429 ) );
		}
		$code    = is_string( $code ) ? mb_substr( $code, 0, 40 ) : '';
		$contact = is_string( $contact ) ? mb_substr( $contact, 0, 100 ) : '';
		if ( '' === trim( $code ) || '' === trim( $contact ) ) {
			return new WP_Error( 'ttdt_feedback_lookup_invalid', __( 'Please enter the tracking code and the e-mail address or phone number you gave when sending.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		$item = $this->repository->find_by_code_and_contact( $code, $contact );
		if ( ! $item ) {
			RateLimiter::hit( RateLimiter::LOOKUP_IP, $ip );
			return new WP_Error( 'ttdt_feedback_not_found', __( 'No feedback matches this code and contact. Please check both against your receipt (the code looks like ACDE-FG-HJKL).', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		return self::public_view( $item );
	}

	/**
	 * The fields of an item its sender may see.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item Item row.
	 * @return array<string, string|null>
	 */
	public static function public_view( array $item ): array {
		$answered = in_array( $item['status'], array( FeedbackStatus::ANSWERED, FeedbackStatus::CLOSED ), true );
		return array(
			'code'         => TrackingCode::format( (string) $item['code'] ),
			'status'       => (string) $item['status'],
			'status_label' => FeedbackStatus::label( (string) $item['status'] ),
			'type_label'   => FeedbackType::label( (string) $item['type'] ),
			'subject'      => (string) $item['subject'],
			'received_at'  => self::utc( (string) $item['received_at'] ),
			'answered_at'  => $answered && $item['answered_at'] ? self::utc( (string) $item['answered_at'] ) : null,
			'answer'       => $answered && null !== $item['answer'] ? (string) $item['answer'] : null,
		);
	}

	/**
	 * A stored UTC time in ISO 8601 with its zone.
	 *
	 * @param string $mysql `Y-m-d H:i:s` in UTC.
	 * @return string
	 */
	private static function utc( string $mysql ): string {
		return gmdate( 'c', (int) strtotime( $mysql . ' UTC' ) );
	}
}
