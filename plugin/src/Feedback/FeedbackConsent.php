<?php
/**
 * The consent a citizen gives for their personal data.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Settings\Settings;

/**
 * Personal Data Protection Law 91/2025/QH15: consent is explicit, per purpose and provable.
 * The form shows this text next to an unticked checkbox; the server, not the browser, decides
 * what text was shown, and stores it with the time of agreement in the item.
 *
 * @since 0.1.0
 */
final class FeedbackConsent {

	/**
	 * The consent text, naming the purpose and who processes the data.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function text(): string {
		$settings = get_option( Settings::OPTION );
		$agency   = is_array( $settings ) && ! empty( $settings['agency_name'] ) ? (string) $settings['agency_name'] : get_bloginfo( 'name' );
		return sprintf(
			/* translators: %s: the agency, e.g. "Ủy ban nhân dân xã Tân Lập". */
			__( 'I agree that %s processes my name, contact details and address only to receive, handle and answer this feedback and to tell me the result. They are not published and are erased after the retention period.', 'ttdt-portal' ),
			$agency
		);
	}
}
