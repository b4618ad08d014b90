<?php
/**
 * How a feedback item reached the commune.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

/**
 * Online items come through the public form; the others are entered by staff, so that all
 * feedback is handled, counted and answered in one inbox.
 *
 * @since 0.1.0
 * @contract-constants FeedbackChannels
 */
final class FeedbackChannel {

	/**
	 * Through the portal's form.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ONLINE = 'online';

	/**
	 * In person at the commune's office.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const IN_PERSON = 'in_person';

	/**
	 * By telephone.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PHONE = 'phone';

	/**
	 * On paper (a letter, the feedback box).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PAPER = 'paper';

	/**
	 * Every channel.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function all(): array {
		return array( self::ONLINE, self::IN_PERSON, self::PHONE, self::PAPER );
	}

	/**
	 * The channels staff record by hand.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function staff(): array {
		return array( self::IN_PERSON, self::PHONE, self::PAPER );
	}

	/**
	 * Channel => its name.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function labels(): array {
		return array(
			self::ONLINE    => _x( 'Online form', 'feedback channel', 'ttdt-portal' ),
			self::IN_PERSON => _x( 'In person', 'feedback channel', 'ttdt-portal' ),
			self::PHONE     => _x( 'By phone', 'feedback channel', 'ttdt-portal' ),
			self::PAPER     => _x( 'On paper', 'feedback channel', 'ttdt-portal' ),
		);
	}
}
