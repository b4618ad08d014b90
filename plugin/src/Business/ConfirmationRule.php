<?php
/**
 * No business entry goes live without the business's written confirmation, checked by a
 * moderator (Art. 11); the confirmation itself is never public.
 *
 * @package Ttdt
 */

namespace Ttdt\Business;

defined( 'ABSPATH' ) || exit;

use Ttdt\Publishing\PublishAttempt;
use Ttdt\Publishing\PublishGate;
use Ttdt\Support\WriteSide;
use WP_Error;

/**
 * A publishing rule of the one gate ({@see PublishGate}), so it holds on every path that can
 * make an entry public: REST, classic screens, quick edit, XML-RPC, scheduled publishing and
 * `wp_publish_post()` callers. The moderator's check names the file checked, so replacing the
 * confirmation after the check needs a new check.
 *
 * The confirmation file itself is kept private by {@see ConfirmationFiles}.
 *
 * @since 0.1.0
 */
final class ConfirmationRule implements WriteSide {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( PublishGate::ERRORS_FILTER, array( $this, 'check_publish' ), 10, 2 );
	}

	/**
	 * Adds the reasons an entry may not be published yet.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Error       $errors  Reasons found so far.
	 * @param PublishAttempt $attempt What is about to be published.
	 * @return WP_Error
	 */
	public function check_publish( $errors, $attempt ) {
		if ( ! $errors instanceof WP_Error || ! $attempt instanceof PublishAttempt || BusinessPostType::NAME !== $attempt->post_type ) {
			return $errors;
		}
		$confirmation = absint( $attempt->meta( BusinessMeta::CONFIRMATION ) );
		if ( ! $confirmation || 'attachment' !== get_post_type( $confirmation ) ) {
			$errors->add(
				'ttdt_business_confirmation',
				__( 'The business\'s written confirmation of this content is not attached: upload the signed confirmation and attach it to the entry, then publish.', 'ttdt-portal' ),
				array(
					'status' => 400,
					'field'  => BusinessMeta::CONFIRMATION,
				)
			);
			return $errors;
		}
		if ( absint( $attempt->meta( BusinessMeta::CHECKED ) ) !== $confirmation ) {
			$errors->add(
				'ttdt_business_unchecked',
				__( 'No moderator has checked the business\'s confirmation attached to this entry: ask a moderator to check it, then publish.', 'ttdt-portal' ),
				array(
					'status' => 400,
					'field'  => BusinessMeta::CHECKED,
				)
			);
		}
		return $errors;
	}
}
