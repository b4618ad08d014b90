<?php
/**
 * Contract fixture: roles as keys of a method's array, capabilities as public constants.
 *
 * @package Ttdt
 */

namespace Ttdt\Access;

defined( 'ABSPATH' ) || exit;

/**
 * Capabilities of the fixture.
 *
 * @contract-constants Capabilities
 */
final class Levels {

	public const APPROVE = 'ttdt_approve_posts';

	const PUBLISH = 'ttdt_publish';

	private const VERSION_OPTION = 'ttdt_levels_version';

	protected const HIDDEN = 'not exported';

	/**
	 * Role slug => [ name, capabilities ].
	 *
	 * @contract-keys Roles RoleSlug
	 *
	 * @return array<string, array>
	 */
	public static function definitions(): array {
		$base  = array( 'read' );
		$extra = array_merge( $base, array( self::APPROVE ) );
		return array(
			'ttdt_collaborator' => array( _x( 'Collaborator', 'role', 'ttdt-portal' ), $base ),
			'ttdt_moderator'    => array( _x( 'Moderator', 'role', 'ttdt-portal' ), $extra ),
		);
	}
}
