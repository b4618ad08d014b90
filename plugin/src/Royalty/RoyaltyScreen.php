<?php
/**
 * The royalty statements and dashboard in the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * The screen itself is `admin-ui/screens/royalty/` (dashboard, statements, ledger lines).
 *
 * @since 0.1.0
 */
final class RoyaltyScreen implements AdminScreen {

	/**
	 * Screen name (page `ttdt-portal-royalty`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'royalty';

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
		return __( 'Royalties', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Royalties and fees', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::VIEW_ROYALTIES;
	}
}
