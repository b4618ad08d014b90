<?php
/**
 * The positions on the editorial board (Art. 5, 6.1–6.2).
 *
 * @package Ttdt
 */

namespace Ttdt\Board;

defined( 'ABSPATH' ) || exit;

/**
 * A board position is an attribute of a person, independent of the permission level: the
 * head (chairman of the People's Committee) may publish, the standing office may only update.
 *
 * @since 0.1.0
 * @contract-constants BoardPositions
 */
final class BoardPosition {

	/**
	 * Trưởng ban: the head, chairman of the People's Committee.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const HEAD = 'head';

	/**
	 * Phó trưởng ban: deputy head.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DEPUTY = 'deputy';

	/**
	 * Thành viên: member.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MEMBER = 'member';

	/**
	 * Thường trực: the standing office (the culture–information officer).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const STANDING = 'standing';

	/**
	 * Every position, in the order the roster lists them.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function all(): array {
		return array( self::HEAD, self::DEPUTY, self::MEMBER, self::STANDING );
	}

	/**
	 * Position => its name as printed in appointment decisions.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function labels(): array {
		return array(
			self::HEAD     => _x( 'Head', 'board position', 'ttdt-portal' ),
			self::DEPUTY   => _x( 'Deputy head', 'board position', 'ttdt-portal' ),
			self::MEMBER   => _x( 'Member', 'board position', 'ttdt-portal' ),
			self::STANDING => _x( 'Standing office', 'board position', 'ttdt-portal' ),
		);
	}

	/**
	 * Name of one position, or an empty string for none.
	 *
	 * @since 0.1.0
	 *
	 * @param string $position Position key.
	 * @return string
	 */
	public static function label( string $position ): string {
		return self::labels()[ $position ] ?? '';
	}
}
