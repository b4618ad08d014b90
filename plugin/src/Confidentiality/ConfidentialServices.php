<?php
/**
 * Builds the services of confidentiality (Art. 4.2, 8.2).
 *
 * @package Ttdt
 */

namespace Ttdt\Confidentiality;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

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
		return array(
			new ConfidentialFlag(),
			new ConfidentialEffects(),
			new ConfidentialRule(),
			new PrivateAttachmentFiles(),
			new ConfidentialController(),
			new ConfidentialFileController(),
			new AttachmentMarkField(),
			new ClassicMarkBox(),
		);
	}
}
