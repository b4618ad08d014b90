<?php
/**
 * Nothing marked confidential goes live: a rule of the publish gate, and attachments kept private.
 *
 * @package Ttdt
 */

namespace Ttdt\Confidentiality;

defined( 'ABSPATH' ) || exit;

use Ttdt\Publishing\PublishAttempt;
use Ttdt\Publishing\PublishGate;
use Ttdt\Support\WriteSide;
use WP_Error;

/**
 * A rule of the one gate ({@see PublishGate}), so a confidential item is refused on every path
 * that can make it public: REST, classic screens, quick and bulk edit, XML-RPC, scheduled
 * publishing and `wp_publish_post()` callers. The gate judges the mark the save will store, so
 * an authorised user may lift the mark and publish in one REST save.
 *
 * Attachments have no publishing: a confidential one is kept `private` on every save, so the
 * media library, its REST route, search and the attachment page show it only to staff.
 *
 * @since 0.1.0
 */
final class ConfidentialRule implements WriteSide {

	/**
	 * Error code of the refusal.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ERROR = 'ttdt_confidential';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( PublishGate::ERRORS_FILTER, array( $this, 'check_publish' ), 10, 2 );
		add_filter( 'wp_insert_attachment_data', array( $this, 'keep_attachment_private' ), 99, 2 );
	}

	/**
	 * Adds the refusal when the item is (or will be, after the save) confidential.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Error       $errors  Reasons found so far.
	 * @param PublishAttempt $attempt What is about to be published.
	 * @return WP_Error
	 */
	public function check_publish( $errors, $attempt ) {
		if ( ! $errors instanceof WP_Error || ! $attempt instanceof PublishAttempt || ! rest_sanitize_boolean( $attempt->meta( ConfidentialFlag::KEY ) ) ) {
			return $errors;
		}
		$errors->add(
			self::ERROR,
			__( 'This item is marked confidential (not for publication), so it can never be published. If the mark is wrong, ask the head of the board or an administrator to remove it, then publish.', 'ttdt-portal' ),
			array(
				'status' => 403,
				'field'  => ConfidentialFlag::KEY,
			)
		);
		return $errors;
	}

	/**
	 * Keeps a confidential attachment private (or in the trash) whatever a save asks.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data    Slashed attachment data about to be written.
	 * @param array<string, mixed> $postarr Data passed to `wp_insert_attachment()`.
	 * @return array<string, mixed>
	 */
	public function keep_attachment_private( $data, $postarr ): array {
		$data = (array) $data;
		$id   = (int) ( $postarr['ID'] ?? 0 );
		if ( $id && ConfidentialFlag::is_marked( $id ) && ! in_array( $data['post_status'] ?? '', array( 'private', 'trash' ), true ) ) {
			$data['post_status'] = 'private';
		}
		return $data;
	}
}
