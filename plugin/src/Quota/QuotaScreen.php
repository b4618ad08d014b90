<?php
/**
 * The weekly quota dashboard of the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Quota;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * `admin-ui/screens/quota`: items published per board member and week, against the quota.
 *
 * @since 0.1.0
 */
final class QuotaScreen implements AdminScreen {

	/**
	 * Screen name (page `ttdt-portal-quota`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'quota';

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
		return __( 'Weekly quota', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Weekly publishing quota of the editorial board', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::VIEW_QUOTA;
	}
}
