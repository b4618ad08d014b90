<?php
/**
 * The e-mails of the feedback desk: to a unit, to a leader, to the citizen.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Settings\Settings;

/**
 * Plain-text mails in Vietnamese (the site's language); each says what to do next. A unit's
 * mail carries its answer link and the matter, never the citizen's contact data: the unit
 * answers the commune, which answers the citizen.
 *
 * @since 0.1.0
 */
final class DeskMailer {

	/**
	 * Settings service.
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings service.
	 */
	public function __construct( Settings $settings ) {
		$this->settings = $settings;
	}

	/**
	 * Sends a unit its answer link.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item    Item row.
	 * @param array<string, mixed> $unit    Unit (`UnitPostType::find()`).
	 * @param string               $url     Answer link.
	 * @param int                  $expires Expiry, Unix time.
	 * @param string               $note    The board's note to the unit.
	 * @return bool Whether the mail was handed to the mail server.
	 */
	public function unit_link( array $item, array $unit, string $url, int $expires, string $note ): bool {
		$code = TrackingCode::format( (string) $item['code'] );
		/* translators: 1: the commune's name, 2: tracking code. */
		$subject = sprintf( __( '[%1$s] Feedback %2$s forwarded to your unit', 'ttdt-portal' ), $this->sender(), $code );
		$lines   = array(
			/* translators: %s: unit name. */
			sprintf( __( 'To: %s', 'ttdt-portal' ), $unit['name'] ),
			'',
			__( 'The editorial board forwards you the following citizen feedback. Please write your unit\'s answer through the link below; it goes back to the board, which answers the citizen.', 'ttdt-portal' ),
			'',
			/* translators: %s: tracking code. */
			sprintf( __( 'Code: %s', 'ttdt-portal' ), $code ),
			/* translators: %s: type of feedback. */
			sprintf( __( 'Type: %s', 'ttdt-portal' ), FeedbackType::label( (string) $item['type'] ) ),
			/* translators: %s: subject. */
			sprintf( __( 'Subject: %s', 'ttdt-portal' ), $item['subject'] ),
			'',
			(string) $item['content'],
			'',
		);
		if ( '' !== trim( $note ) ) {
			/* translators: %s: the board's note. */
			$lines[] = sprintf( __( 'Note from the board: %s', 'ttdt-portal' ), $note );
			$lines[] = '';
		}
		$lines[] = __( 'Answer here (the link works once, no account needed):', 'ttdt-portal' );
		$lines[] = $url;
		/* translators: %s: expiry date. */
		$lines[] = sprintf( __( 'The link is valid until %s.', 'ttdt-portal' ), wp_date( 'd/m/Y H:i', $expires ) );
		if ( ! empty( $item['deadline_at'] ) ) {
			/* translators: %s: deadline date. */
			$lines[] = sprintf( __( 'The commune must answer the citizen by %s.', 'ttdt-portal' ), self::local_date( (string) $item['deadline_at'] ) );
		}
		return wp_mail( (string) $unit['email'], $subject, implode( "\n", $lines ) );
	}

	/**
	 * Tells a leader an item was forwarded to them.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item Item row.
	 * @param \WP_User             $user Leader.
	 * @param string               $note The board's note.
	 * @return bool
	 */
	public function leader( array $item, \WP_User $user, string $note ): bool {
		$code = TrackingCode::format( (string) $item['code'] );
		/* translators: 1: the commune's name, 2: tracking code. */
		$subject = sprintf( __( '[%1$s] Feedback %2$s forwarded to you', 'ttdt-portal' ), $this->sender(), $code );
		$lines   = array(
			/* translators: %s: subject. */
			sprintf( __( 'Subject: %s', 'ttdt-portal' ), $item['subject'] ),
			'' !== trim( $note ) ? sprintf( /* translators: %s: the board's note. */ __( 'Note from the board: %s', 'ttdt-portal' ), $note ) : '',
			'',
			__( 'Open it in the feedback inbox:', 'ttdt-portal' ),
			admin_url( 'admin.php?page=ttdt-portal-feedback-inbox' ),
		);
		return wp_mail( $user->user_email, $subject, implode( "\n", $lines ) );
	}

	/**
	 * Sends the approved answer to the citizen.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item Item row with its `answer`.
	 * @return bool
	 */
	public function answer( array $item ): bool {
		$code = TrackingCode::format( (string) $item['code'] );
		/* translators: 1: the commune's name, 2: tracking code. */
		$subject = sprintf( __( '[%1$s] Answer to your feedback %2$s', 'ttdt-portal' ), $this->sender(), $code );
		$lines   = array(
			/* translators: %s: citizen's name. */
			sprintf( __( 'Dear %s,', 'ttdt-portal' ), $item['name'] ),
			'',
			/* translators: %s: subject. */
			sprintf( __( 'About your feedback "%s", the commune answers:', 'ttdt-portal' ), $item['subject'] ),
			'',
			(string) $item['answer'],
			'',
			/* translators: %s: tracking code. */
			sprintf( __( 'You can also read this answer on the portal with the code %s and your contact.', 'ttdt-portal' ), $code ),
		);
		return wp_mail( (string) $item['email'], $subject, implode( "\n", $lines ) );
	}

	/**
	 * Reminds the holder of an item of its deadline.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item Item row.
	 * @param string[]             $to   Addresses.
	 * @param bool                 $late Whether the deadline passed.
	 * @return bool
	 */
	public function reminder( array $item, array $to, bool $late ): bool {
		$code    = TrackingCode::format( (string) $item['code'] );
		$subject = $late
			/* translators: 1: the commune's name, 2: tracking code. */
			? sprintf( __( '[%1$s] Feedback %2$s is overdue', 'ttdt-portal' ), $this->sender(), $code )
			/* translators: 1: the commune's name, 2: tracking code. */
			: sprintf( __( '[%1$s] Feedback %2$s is due soon', 'ttdt-portal' ), $this->sender(), $code );
		$lines   = array(
			/* translators: %s: subject. */
			sprintf( __( 'Subject: %s', 'ttdt-portal' ), $item['subject'] ),
			/* translators: %s: deadline date. */
			sprintf( __( 'The commune must answer the citizen by %s.', 'ttdt-portal' ), self::local_date( (string) $item['deadline_at'] ) ),
			'',
			__( 'If you hold this item, please send your answer; a unit answers through the link in the e-mail it received when the item was forwarded.', 'ttdt-portal' ),
		);
		return wp_mail( $to, $subject, implode( "\n", $lines ) );
	}

	/**
	 * Sends the head of the board the list of overdue items.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array<string, mixed>> $items Overdue items.
	 * @param string[]                         $to    Addresses.
	 * @return bool
	 */
	public function overdue_list( array $items, array $to ): bool {
		if ( ! $to ) {
			return false;
		}
		/* translators: 1: the commune's name, 2: number of items. */
		$subject = sprintf( __( '[%1$s] %2$d feedback items are overdue', 'ttdt-portal' ), $this->sender(), count( $items ) );
		$lines   = array( __( 'These feedback items passed their deadline without an answer:', 'ttdt-portal' ), '' );
		foreach ( $items as $item ) {
			$lines[] = sprintf( '- %1$s · %2$s · %3$s', TrackingCode::format( (string) $item['code'] ), self::local_date( (string) $item['deadline_at'] ), $item['subject'] );
		}
		$lines[] = '';
		$lines[] = admin_url( 'admin.php?page=ttdt-portal-feedback-inbox' );
		return wp_mail( $to, $subject, implode( "\n", $lines ) );
	}

	/**
	 * The name mails are signed with.
	 *
	 * @return string
	 */
	private function sender(): string {
		$name = trim( (string) $this->settings->get( 'unit_name' ) );
		return '' !== $name ? $name : wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
	}

	/**
	 * A UTC time as a local date.
	 *
	 * @param string $utc `Y-m-d H:i:s` UTC.
	 * @return string
	 */
	private static function local_date( string $utc ): string {
		return wp_date( 'd/m/Y', (int) strtotime( $utc . ' UTC' ) );
	}
}
