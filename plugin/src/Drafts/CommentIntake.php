<?php
/**
 * Receives one comment on a draft, from any path.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\ClientIp;
use Ttdt\Feedback\FormToken;
use Ttdt\Feedback\RateLimiter;
use Ttdt\Support\WriteSide;
use WP_Error;

/**
 * Every way in comes here, so every rule holds on every path: the period first (a late
 * comment is refused whatever else it carries, with the date it closed), then the feedback
 * form's anti-abuse checks (honeypot, signed fill time), the fields, and the per-address and
 * per-contact limits, counted by the feedback rate limiter under their own names. A refusal
 * counts against no limit, so a citizen correcting a typo is never locked out.
 *
 * @since 0.1.0
 */
final class CommentIntake implements WriteSide {

	/**
	 * Fires after a comment was stored.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RECEIVED_ACTION = 'ttdt_draft_comment_received';

	/**
	 * Rate limit: comments from one address.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const LIMIT_IP = 'draft_comment_ip';

	/**
	 * Rate limit: comments with one e-mail address or phone number.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const LIMIT_CONTACT = 'draft_comment_contact';

	/**
	 * Repository.
	 *
	 * @var CommentRepository
	 */
	private CommentRepository $repository;

	/**
	 * Wires the intake.
	 *
	 * @since 0.1.0
	 *
	 * @param CommentRepository $repository Repository.
	 */
	public function __construct( CommentRepository $repository ) {
		$this->repository = $repository;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( RateLimiter::LIMITS_FILTER, array( $this, 'limits' ) );
	}

	/**
	 * Adds the comment limits to the feedback rate limiter's (a filter may change them).
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $limits Limits so far.
	 * @return array<string, array{0: int, 1: int}>
	 */
	public function limits( $limits ): array {
		return (array) $limits + array(
			self::LIMIT_IP      => array( 5, 10 * MINUTE_IN_SECONDS ),
			self::LIMIT_CONTACT => array( 3, HOUR_IN_SECONDS ),
		);
	}

	/**
	 * Receives a citizen's comment.
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $draft_id Draft.
	 * @param array<string, mixed> $input    Raw fields (unslashed): name, contact, content,
	 *                                       consent, and the anti-abuse `website`, `started`.
	 * @return int|WP_Error The comment's ID.
	 */
	public function submit( int $draft_id, array $input ) {
		$closed = DraftPeriod::refusal( $draft_id );
		if ( $closed ) {
			return $closed;
		}
		$abuse = self::check_abuse( $input );
		if ( $abuse ) {
			return $abuse;
		}
		$clean = CommentFields::validate( $input );
		if ( is_wp_error( $clean ) ) {
			return $clean;
		}

		$ip = ClientIp::current();
		if ( ! RateLimiter::hit( self::LIMIT_IP, $ip ) ) {
			return self::too_many( __( 'Too many comments were sent from your network in a short time. Please wait ten minutes and send again, or call the commune office.', 'ttdt-portal' ) );
		}
		$contact = '' !== $clean['email'] ? $clean['email'] : $clean['phone'];
		if ( ! RateLimiter::hit( self::LIMIT_CONTACT, $contact ) ) {
			return self::too_many( __( 'Several comments with this e-mail address or phone number arrived within the hour. Please wait an hour before sending more; the commune has your earlier ones.', 'ttdt-portal' ) );
		}

		$clean['draft_id'] = $draft_id;
		$clean['ip_hash']  = RateLimiter::hash( $ip );
		$id                = $this->repository->insert( $clean );
		if ( ! is_wp_error( $id ) ) {
			/**
			 * Fires after a comment on a draft was stored.
			 *
			 * @since 0.1.0
			 *
			 * @param int $id       Comment ID.
			 * @param int $draft_id Draft ID.
			 */
			do_action( self::RECEIVED_ACTION, $id, $draft_id );
		}
		return $id;
	}

	/**
	 * The honeypot and the signed fill time of the form ({@see FormToken}).
	 *
	 * @param array<string, mixed> $input Raw fields.
	 * @return WP_Error|null
	 */
	private static function check_abuse( array $input ): ?WP_Error {
		// A field people never see (hidden by CSS and from screen readers) that bots fill in.
		$honeypot = $input['website'] ?? '';
		if ( ! is_string( $honeypot ) || '' !== trim( $honeypot ) ) {
			return new WP_Error( 'ttdt_draft_comment_refused', __( 'Your comment could not be accepted. Please reload the page and send it again; leave hidden fields empty.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		$token   = $input['started'] ?? '';
		$problem = FormToken::problem( is_string( $token ) ? $token : '' );
		if ( 'too_fast' === $problem ) {
			return new WP_Error( 'ttdt_draft_comment_too_fast', __( 'The form was sent too quickly after it was opened. Please check your text and send it again.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		if ( '' !== $problem ) {
			return new WP_Error( 'ttdt_draft_comment_stale', __( 'This form has expired. Please reload the page and send your comment again.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		return null;
	}

	/**
	 * A 429 refusal.
	 *
	 * @param string $message Vietnamese message.
	 * @return WP_Error
	 */
	private static function too_many( string $message ): WP_Error {
		return new WP_Error( 'ttdt_draft_comment_rate_limited', $message, array( 'status' => 429 ) );
	}
}
