<?php
/**
 * Builds the services of business promotion.
 *
 * @package Ttdt
 */

namespace Ttdt\Business;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * One entry in `Plugin::boot()` for the whole feature.
 *
 * @since 0.1.0
 */
final class BusinessServices {

	/**
	 * The feature's services, in the order their hooks are registered.
	 *
	 * @since 0.1.0
	 *
	 * @return Hookable[]
	 */
	public static function create(): array {
		return array(
			new BusinessPostType(),
			new BusinessMeta(),
			new ConfirmationRule(),
			new ConfirmationFiles(),
			new ConfirmationController(),
		);
	}
}
