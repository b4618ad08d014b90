<?php
/**
 * The kinds of feedback a citizen can send (Art. 9).
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

/**
 * The national public-service portal's categories, which citizens already know.
 *
 * @since 0.1.0
 * @contract-constants FeedbackTypes
 */
final class FeedbackType {

	/**
	 * Phản ánh: a report about something wrong (a road, a public service, an official).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REPORT = 'phan_anh';

	/**
	 * Kiến nghị: a request or proposal to the authority.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PETITION = 'kien_nghi';

	/**
	 * Hỏi đáp: a question.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const QUESTION = 'hoi_dap';

	/**
	 * Góp ý: a comment on a draft, a service or the portal.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const COMMENT = 'gop_y';

	/**
	 * Khác: anything else.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OTHER = 'khac';

	/**
	 * Every type, in the order the form offers them.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function all(): array {
		return array( self::REPORT, self::PETITION, self::QUESTION, self::COMMENT, self::OTHER );
	}

	/**
	 * Type => its name.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function labels(): array {
		return array(
			self::REPORT   => _x( 'Report', 'feedback type', 'ttdt-portal' ),
			self::PETITION => _x( 'Petition', 'feedback type', 'ttdt-portal' ),
			self::QUESTION => _x( 'Question', 'feedback type', 'ttdt-portal' ),
			self::COMMENT  => _x( 'Comment', 'feedback type', 'ttdt-portal' ),
			self::OTHER    => _x( 'Other', 'feedback type', 'ttdt-portal' ),
		);
	}

	/**
	 * The name of one type, the value itself when unknown.
	 *
	 * @since 0.1.0
	 *
	 * @param string $type Type value.
	 * @return string
	 */
	public static function label( string $type ): string {
		return self::labels()[ $type ] ?? $type;
	}
}
