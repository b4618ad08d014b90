<?php
/**
 * The stages a feedback item goes through (Art. 9).
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

/**
 * new → classified → forwarded → answered → closed. The order is the inbox's order; which
 * moves are allowed is decided by the handling side (the desk), not here.
 *
 * @since 0.1.0
 * @contract-constants FeedbackStatuses
 */
final class FeedbackStatus {

	/**
	 * Mới nhận: received, nobody has looked at it yet.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NEW = 'new';

	/**
	 * Đã phân loại: type, topic and purpose set by staff.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CLASSIFIED = 'classified';

	/**
	 * Đã chuyển xử lý: forwarded to a leader or a unit.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FORWARDED = 'forwarded';

	/**
	 * Đã trả lời: the approved answer was sent to the citizen.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ANSWERED = 'answered';

	/**
	 * Đã đóng: nothing more to do.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CLOSED = 'closed';

	/**
	 * Every status, in the order of the handling.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function all(): array {
		return array( self::NEW, self::CLASSIFIED, self::FORWARDED, self::ANSWERED, self::CLOSED );
	}

	/**
	 * Status => its name for people (citizens read it on the lookup page).
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function labels(): array {
		return array(
			self::NEW        => _x( 'Received', 'feedback status', 'ttdt-portal' ),
			self::CLASSIFIED => _x( 'Classified', 'feedback status', 'ttdt-portal' ),
			self::FORWARDED  => _x( 'Being handled', 'feedback status', 'ttdt-portal' ),
			self::ANSWERED   => _x( 'Answered', 'feedback status', 'ttdt-portal' ),
			self::CLOSED     => _x( 'Closed', 'feedback status', 'ttdt-portal' ),
		);
	}

	/**
	 * The name of one status, the value itself when unknown.
	 *
	 * @since 0.1.0
	 *
	 * @param string $status Status value.
	 * @return string
	 */
	public static function label( string $status ): string {
		return self::labels()[ $status ] ?? $status;
	}
}
