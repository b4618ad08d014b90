<?php
/**
 * The citizen feedback inbox in the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * The screen itself is `admin-ui/screens/feedback-inbox/` (DataViews over `ttdt/v1/feedback/items`).
 *
 * @since 0.1.0
 */
final class InboxScreen implements AdminScreen {

	/**
	 * Screen name (page `ttdt-portal-feedback-inbox`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'feedback-inbox';

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
		return __( 'Feedback', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Citizen feedback', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::HANDLE_FEEDBACK;
	}
}
