<?php
/**
 * Builds the services of confidentiality (Art. 4.2, 8.2).
 *
 * @package Ttdt
 */

namespace Ttdt\Confidentiality;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;
use Ttdt\Support\PageView;

/**
 * One entry in `Plugin::boot()` for the whole feature.
 *
 * @since 0.1.0
 */
final class ConfidentialServices {

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
				new ConfidentialController(),
				new ConfidentialFileController(),
			)
		);
		$services = array(
			new ConfidentialFlag(),
			new ConfidentialEffects(),
			new ConfidentialRule(),
			new PrivateAttachmentFiles(),
			new ClassicMarkBox(),
		);
		// The media library's field: admin screens and their AJAX only, not public page views.
		if ( ! PageView::is_current() ) {
			$services[] = new AttachmentMarkField();
		}
		return $services;
	}
}
