<?php
/**
 * The editorial-board screen of the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Board;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * `admin-ui/screens/board`: the roster and the permission levels, for those who may see them.
 *
 * @since 0.1.0
 */
final class BoardScreen implements AdminScreen {

	/**
	 * Screen name (page `ttdt-portal-board`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'board';

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
		return __( 'Editorial board', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Editorial board and permission levels', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::VIEW_BOARD;
	}
}
