<?php
/**
 * The portal settings screen of the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Settings;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * `admin-ui/screens/settings`: the unit, the quota, the deadlines and the date formats, for administrators.
 *
 * @since 0.1.0
 */
final class SettingsScreen implements AdminScreen {

	/**
	 * Screen name (page `ttdt-portal-settings`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'settings';

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
		return __( 'Settings', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Portal settings', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::MANAGE_SETTINGS;
	}
}
