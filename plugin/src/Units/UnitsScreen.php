<?php
/**
 * The units screen in the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Units;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * The screen itself is `admin-ui/screens/units/` (a DataViews list with a DataForm).
 *
 * @since 0.1.0
 */
final class UnitsScreen implements AdminScreen {

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
	public function name(): string {
		return self::NAME;
	}

	/**
	 * {@inheritDoc}
	 */
	public function menu_title(): string {
		return __( 'Units', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Units that answer feedback', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::MANAGE_UNITS;
	}
}
