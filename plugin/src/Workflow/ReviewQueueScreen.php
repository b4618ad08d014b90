<?php
/**
 * The review queue screen in the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;

/**
 * Adds `admin-ui/screens/review-queue` for those who may approve items.
 *
 * @since 0.1.0
 */
final class ReviewQueueScreen implements Hookable {

	/**
	 * Screen name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'review-queue';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'ttdt_admin_screens', array( $this, 'add_screen' ) );
	}

	/**
	 * Adds the screen.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, array{0: string, 1: string, 2: string}> $screens Screens.
	 * @return array<string, array{0: string, 1: string, 2: string}>
	 */
	public function add_screen( $screens ): array {
		$screens               = (array) $screens;
		$screens[ self::NAME ] = array(
			__( 'Review queue', 'ttdt-portal' ),
			__( 'Items waiting for approval', 'ttdt-portal' ),
			Capabilities::APPROVE,
		);
		return $screens;
	}
}
