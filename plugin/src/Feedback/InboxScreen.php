<?php
/**
 * Adds the feedback inbox to the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;

/**
 * The screen itself is `admin-ui/screens/feedback-inbox/` (DataViews over `ttdt/v1/feedback/items`).
 *
 * @since 0.1.0
 */
final class InboxScreen implements Hookable {

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
	public function register_hooks(): void {
		add_filter( 'ttdt_admin_screens', array( $this, 'add_screen' ) );
	}

	/**
	 * Adds the screen for those who handle feedback.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, array{0: string, 1: string, 2: string}> $screens Screens.
	 * @return array<string, array{0: string, 1: string, 2: string}>
	 */
	public function add_screen( $screens ): array {
		$screens               = (array) $screens;
		$screens[ self::NAME ] = array(
			__( 'Feedback', 'ttdt-portal' ),
			__( 'Citizen feedback', 'ttdt-portal' ),
			Capabilities::HANDLE_FEEDBACK,
		);
		return $screens;
	}
}
