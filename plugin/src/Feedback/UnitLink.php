<?php
/**
 * The signed, expiring, single-use link a unit answers through, without an account.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use WP_Error;

/**
 * A token `<item>.<unit>.<expiry>.<nonce>.<signature>`: the signature is an HMAC-SHA256 over
 * the rest with the site's `auth` salt, so nobody can make or change one without the salt.
 * The nonce is stored only hashed, in the item's `unit_link_sent` event; the `unit_answered`
 * event stores the same hash, which is what makes the link single-use. Only the latest link
 * of an item is valid: forwarding again (to the same or another unit) revokes the old one.
 *
 * @since 0.1.0
 */
final class UnitLink {

	/**
	 * Query variable of the answer page: `/?ttdt_unit_answer=<token>`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const QUERY_VAR = 'ttdt_unit_answer';

	/**
	 * How long a link stays valid by default: 30 days, longer than any answer deadline.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const DEFAULT_LIFETIME = 30 * DAY_IN_SECONDS;

	/**
	 * Feedback repository.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $items;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param FeedbackRepository $items Feedback repository.
	 */
	public function __construct( FeedbackRepository $items ) {
		$this->items = $items;
	}

	/**
	 * Makes a new link for an item and a unit, and records it (event `unit_link_sent`).
	 *
	 * @since 0.1.0
	 *
	 * @param int $item_id  Item ID.
	 * @param int $unit_id  Unit ID.
	 * @param int $lifetime Seconds the link stays valid.
	 * @return array{token: string, url: string, expires: int, event_id: int}|WP_Error
	 */
	public function issue( int $item_id, int $unit_id, int $lifetime = self::DEFAULT_LIFETIME ) {
		$expires = time() + max( 60, $lifetime );
		$nonce   = bin2hex( random_bytes( 16 ) );
		$payload = implode( '.', array( $item_id, $unit_id, $expires, $nonce ) );
		$token   = $payload . '.' . self::sign( $payload );
		$event   = $this->items->append_event(
			$item_id,
			FeedbackEvent::UNIT_LINK_SENT,
			array(
				'unit_id' => $unit_id,
				'data'    => array(
					'nonce_hash' => self::hash_nonce( $nonce ),
					'expires'    => gmdate( 'Y-m-d H:i:s', $expires ),
				),
			)
		);
		if ( ! $event ) {
			return new WP_Error( 'ttdt_unit_link_store', __( 'The link for the unit could not be recorded. Try forwarding again.', 'ttdt-portal' ), array( 'status' => 500 ) );
		}
		return array(
			'token'    => $token,
			'url'      => self::url( $token ),
			'expires'  => $expires,
			'event_id' => $event,
		);
	}

	/**
	 * Checks a link: signature, expiry, that it is the item's latest link and not used yet.
	 *
	 * @since 0.1.0
	 *
	 * @param string $token Token from the URL.
	 * @return array{item_id: int, unit_id: int, expires: int, nonce_hash: string}|WP_Error
	 *         Error codes: `ttdt_unit_link_invalid`, `ttdt_unit_link_expired`, `ttdt_unit_link_used`.
	 */
	public function verify( string $token ) {
		$parts = explode( '.', $token );
		if ( 5 !== count( $parts ) || ! ctype_digit( $parts[0] ) || ! ctype_digit( $parts[1] ) || ! ctype_digit( $parts[2] ) || ! preg_match( '/^[0-9a-f]{32}$/', $parts[3] ) ) {
			return self::invalid();
		}
		$payload = implode( '.', array_slice( $parts, 0, 4 ) );
		if ( ! hash_equals( self::sign( $payload ), $parts[4] ) ) {
			return self::invalid();
		}
		$link = array(
			'item_id'    => (int) $parts[0],
			'unit_id'    => (int) $parts[1],
			'expires'    => (int) $parts[2],
			'nonce_hash' => self::hash_nonce( $parts[3] ),
		);
		if ( $link['expires'] < time() ) {
			return new WP_Error( 'ttdt_unit_link_expired', __( 'This link has expired. Ask the commune\'s editorial board to send the feedback to your unit again.', 'ttdt-portal' ), array( 'status' => 410 ) );
		}
		$latest = null;
		$used   = false;
		foreach ( $this->items->events( $link['item_id'] ) as $event ) {
			$hash = is_array( $event['data'] ) ? (string) ( $event['data']['nonce_hash'] ?? '' ) : '';
			if ( FeedbackEvent::UNIT_LINK_SENT === $event['kind'] ) {
				$latest = $event;
			} elseif ( FeedbackEvent::UNIT_ANSWERED === $event['kind'] && '' !== $hash && hash_equals( $hash, $link['nonce_hash'] ) ) {
				$used = true;
			}
		}
		if ( $used ) {
			return new WP_Error( 'ttdt_unit_link_used', __( 'An answer was already sent through this link. If something must be added, ask the commune\'s editorial board for a new link.', 'ttdt-portal' ), array( 'status' => 410 ) );
		}
		$latest_hash = $latest && is_array( $latest['data'] ) ? (string) ( $latest['data']['nonce_hash'] ?? '' ) : '';
		if ( '' === $latest_hash || ! hash_equals( $latest_hash, $link['nonce_hash'] ) || (int) $latest['unit_id'] !== $link['unit_id'] ) {
			// A replaced link is as good as none; say so plainly rather than "forged".
			return new WP_Error( 'ttdt_unit_link_used', __( 'This link is no longer valid: the feedback was forwarded again. Use the most recent e-mail, or ask the commune\'s editorial board.', 'ttdt-portal' ), array( 'status' => 410 ) );
		}
		return $link;
	}

	/**
	 * Checks a link and, in the same transaction with the item's row locked, records the
	 * unit's answer: two submissions racing on one link store one answer.
	 *
	 * @since 0.1.0
	 *
	 * @param string                           $token Token.
	 * @param string                           $body  The unit's answer.
	 * @param array<int, array<string, mixed>> $files Stored files (name, mime, size, path).
	 * @return array{item_id: int, unit_id: int, event_id: int}|WP_Error
	 */
	public function consume( string $token, string $body, array $files = array() ) {
		global $wpdb;

		return Transaction::run(
			function () use ( $wpdb, $token, $body, $files ) {
				$parts   = explode( '.', $token );
				$item_id = (int) ( $parts[0] ?? 0 );
				$table   = FeedbackTables::table( FeedbackTables::ITEMS );
				// phpcs:ignore WordPress.DB -- own table; the lock serialises answers to one item.
				$wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$table} WHERE id = %d FOR UPDATE", $item_id ) );
				$link = $this->verify( $token );
				if ( is_wp_error( $link ) ) {
					return $link;
				}
				$event = $this->items->append_event(
					$link['item_id'],
					FeedbackEvent::UNIT_ANSWERED,
					array(
						'user_id' => 0,
						'unit_id' => $link['unit_id'],
						'body'    => $body,
						'data'    => array( 'nonce_hash' => $link['nonce_hash'] ),
					)
				);
				if ( ! $event ) {
					return false;
				}
				foreach ( $files as $file ) {
					if ( ! $this->items->add_file( $link['item_id'], $file, $event ) ) {
						return false;
					}
				}
				return array(
					'item_id'  => $link['item_id'],
					'unit_id'  => $link['unit_id'],
					'event_id' => $event,
				);
			}
		);
	}

	/**
	 * The answer page's URL for a token.
	 *
	 * @since 0.1.0
	 *
	 * @param string $token Token.
	 * @return string
	 */
	public static function url( string $token ): string {
		return add_query_arg( self::QUERY_VAR, rawurlencode( $token ), home_url( '/' ) );
	}

	/**
	 * HMAC of a payload with the site's secret.
	 *
	 * @param string $payload Payload.
	 * @return string Hex.
	 */
	private static function sign( string $payload ): string {
		return hash_hmac( 'sha256', 'ttdt-unit-link|' . $payload, wp_salt( 'auth' ) );
	}

	/**
	 * The stored form of a nonce: a leaked history does not yield a working link.
	 *
	 * @param string $nonce Nonce.
	 * @return string
	 */
	private static function hash_nonce( string $nonce ): string {
		return hash( 'sha256', $nonce );
	}

	/**
	 * The error for a token that is malformed or not signed by this site.
	 *
	 * @return WP_Error
	 */
	private static function invalid(): WP_Error {
		return new WP_Error( 'ttdt_unit_link_invalid', __( 'This link is not valid. Open it exactly as it came in the e-mail, or ask the commune\'s editorial board for a new one.', 'ttdt-portal' ), array( 'status' => 403 ) );
	}
}
