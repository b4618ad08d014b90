<?php
/**
 * The feedback statistics in the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * The screen itself is `admin-ui/screens/feedback-stats/` (charts over `ttdt/v1/feedback/stats`).
 *
 * @since 0.1.0
 */
final class FeedbackStatsScreen implements AdminScreen {

	/**
	 * Screen name (page `ttdt-portal-feedback-stats`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'feedback-stats';

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
		return __( 'Feedback statistics', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Feedback statistics', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::HANDLE_FEEDBACK;
	}
}
