<?php
/**
 * How the board handled a comment on a draft.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

/**
 * The board moderates each comment as it writes its report (báo cáo tổng hợp, tiếp thu, giải
 * trình): taken into account, answered with an explanation, or set aside as not a comment on
 * the draft (spam, abuse, off topic). New comments wait for that decision.
 *
 * @since 0.1.0
 */
final class CommentStatus {

	/**
	 * Not yet considered.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NEW = 'new';

	/**
	 * Taken into account in the draft (tiếp thu).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ACCEPTED = 'accepted';

	/**
	 * Not taken, with an explanation in the report (giải trình).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const EXPLAINED = 'explained';

	/**
	 * Not a comment on the draft: spam, abuse or off topic.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SET_ASIDE = 'set_aside';

	/**
	 * Every status.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function all(): array {
		return array( self::NEW, self::ACCEPTED, self::EXPLAINED, self::SET_ASIDE );
	}

	/**
	 * Status => label.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function labels(): array {
		return array(
			self::NEW       => _x( 'Not yet considered', 'draft comment status', 'ttdt-portal' ),
			self::ACCEPTED  => _x( 'Taken into account', 'draft comment status', 'ttdt-portal' ),
			self::EXPLAINED => _x( 'Explained', 'draft comment status', 'ttdt-portal' ),
			self::SET_ASIDE => _x( 'Set aside', 'draft comment status', 'ttdt-portal' ),
		);
	}
}
