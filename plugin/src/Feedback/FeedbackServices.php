<?php
/**
 * Builds the services of citizen feedback (Art. 9).
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Settings\Settings;
use Ttdt\Support\Hookable;

/**
 * Wires the feedback pieces to each other, so `Plugin` lists one line for the feature.
 *
 * @since 0.1.0
 */
final class FeedbackServices {

	/**
	 * The feedback services, ready for `register_hooks()`.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings service.
	 * @return Hookable[]
	 */
	public static function create( Settings $settings ): array {
		unset( $settings ); // Read by the retention and deadline services.
		return array(
			new FeedbackTables(),
		);
	}
}
