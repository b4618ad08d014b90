<?php
/**
 * The editorial plans in the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * The screen itself is `admin-ui/screens/plans/` (plans, topics, progress, calendar).
 *
 * @since 0.1.0
 */
final class PlansScreen implements AdminScreen {

	/**
	 * Screen name (page `ttdt-portal-plans`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'plans';

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
		return __( 'Editorial plans', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Editorial plans and progress', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::VIEW_PLANS;
	}
}
