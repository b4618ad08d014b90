<?php
/**
 * The collaborator registry screen of the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Collaborators;

defined( 'ABSPATH' ) || exit;

use Ttdt\Admin\AdminScreen;

/**
 * `admin-ui/screens/collaborators/`: a DataViews list with a form, for those who manage the registry.
 *
 * @since 0.1.0
 */
final class CollaboratorsScreen implements AdminScreen {

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
	public function name(): string {
		return self::NAME;
	}

	/**
	 * {@inheritDoc}
	 */
	public function menu_title(): string {
		return __( 'Collaborators', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Collaborator registry', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return CollaboratorPostType::MANAGE_CAPABILITY;
	}
}
