<?php
/**
 * One React screen of the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * A feature describes its screen; {@see AdminScreens} decides where it goes in the menu.
 * The screen's script is `admin-ui/screens/<name>/`, mounted on `#ttdt-screen-<name>`.
 *
 * @since 0.1.0
 */
interface AdminScreen {

	/**
	 * Screen name: the folder under `admin-ui/screens/` and the page slug's suffix.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function name(): string;

	/**
	 * Title of the submenu item (translated).
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function menu_title(): string;

	/**
	 * Heading of the page (translated).
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function page_title(): string;

	/**
	 * Capability needed to see the screen.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function capability(): string;
}
