<?php
/**
 * Adds the collaborator registry screen to the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Collaborators;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * The screen itself is `admin-ui/screens/collaborators/` (a DataViews list with a form).
 *
 * @since 0.1.0
 */
final class CollaboratorsScreen implements Hookable {

	/**
	 * Screen name (page `ttdt-portal-collaborators`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'collaborators';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'ttdt_admin_screens', array( $this, 'add_screen' ) );
	}

	/**
	 * Adds the screen for those who manage the registry.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, array{0: string, 1: string, 2: string}> $screens Screens.
	 * @return array<string, array{0: string, 1: string, 2: string}>
	 */
	public function add_screen( $screens ): array {
		$screens               = (array) $screens;
		$screens[ self::NAME ] = array(
			__( 'Collaborators', 'ttdt-portal' ),
			__( 'Collaborator registry', 'ttdt-portal' ),
			CollaboratorPostType::MANAGE_CAPABILITY,
		);
		return $screens;
	}
}
