<?php
/**
 * The kinds of event in a feedback item's history.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

/**
 * Every event is a row of `ttdt_feedback_events` and an entry `feedback.<kind>` of the audit
 * log (see `FeedbackRepository::append_event()`).
 *
 * @since 0.1.0
 * @contract-constants FeedbackEventKinds
 */
final class FeedbackEvent {

	/**
	 * The item arrived (online or entered by staff).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RECEIVED = 'received';

	/**
	 * Type, topic or purpose set.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CLASSIFIED = 'classified';

	/**
	 * Forwarded to a leader or a unit.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FORWARDED = 'forwarded';

	/**
	 * A signed answer link was mailed to a unit.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const UNIT_LINK_SENT = 'unit_link_sent';

	/**
	 * A unit wrote its answer through the link.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const UNIT_ANSWERED = 'unit_answered';

	/**
	 * The board approved the answer.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ANSWER_APPROVED = 'answer_approved';

	/**
	 * The answer was sent to the citizen.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ANSWER_SENT = 'answer_sent';

	/**
	 * Published as public Q&A.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PUBLISHED = 'published';

	/**
	 * Closed.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CLOSED = 'closed';

	/**
	 * A note by staff.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NOTE = 'note';

	/**
	 * A deadline reminder went out.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REMINDED = 'reminded';

	/**
	 * The citizen's personal data were erased (request or retention period).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ERASED = 'erased';

	/**
	 * Every kind.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function all(): array {
		return array( self::RECEIVED, self::CLASSIFIED, self::FORWARDED, self::UNIT_LINK_SENT, self::UNIT_ANSWERED, self::ANSWER_APPROVED, self::ANSWER_SENT, self::PUBLISHED, self::CLOSED, self::NOTE, self::REMINDED, self::ERASED );
	}
}
