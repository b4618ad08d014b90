<?php
/**
 * Builds the services of business promotion.
 *
 * @package Ttdt
 */

namespace Ttdt\Business;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;

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
		// REST controllers: built when REST starts, not on every page view (issue 10).
		LazyServices::on(
			'rest_api_init',
			static fn(): array => array(
				new ConfirmationController(),
			)
		);
		return array(
			new BusinessPostType(),
			new BusinessMeta(),
			new ConfirmationRule(),
			new ConfirmationChoice(),
			new ConfirmationFiles(),
		);
	}
}
