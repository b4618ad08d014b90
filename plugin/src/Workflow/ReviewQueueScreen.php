<?php
/**
 * The review queue screen of the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * `admin-ui/screens/review-queue`: items waiting for approval, for those who may approve them.
 *
 * @since 0.1.0
 */
final class ReviewQueueScreen implements AdminScreen {

	/**
	 * Screen name (page `ttdt-portal-review-queue`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'review-queue';

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
		return __( 'Review queue', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Items waiting for approval', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::APPROVE;
	}
}
