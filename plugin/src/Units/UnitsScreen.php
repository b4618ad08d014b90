<?php
/**
 * Adds the units screen to the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Units;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;

/**
 * The screen itself is `admin-ui/screens/units/` (a DataViews list with a DataForm).
 *
 * @since 0.1.0
 */
final class UnitsScreen implements Hookable {

	/**
	 * Screen name (page `ttdt-portal-units`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'units';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'ttdt_admin_screens', array( $this, 'add_screen' ) );
	}

	/**
	 * Adds the screen for administrators.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, array{0: string, 1: string, 2: string}> $screens Screens.
	 * @return array<string, array{0: string, 1: string, 2: string}>
	 */
	public function add_screen( $screens ): array {
		$screens               = (array) $screens;
		$screens[ self::NAME ] = array(
			__( 'Units', 'ttdt-portal' ),
			__( 'Units that answer feedback', 'ttdt-portal' ),
			Capabilities::MANAGE_UNITS,
		);
		return $screens;
	}
}
