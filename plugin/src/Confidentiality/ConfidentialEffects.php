<?php
/**
 * What follows a change of the confidentiality mark: the audit entry, the item taken offline,
 * the attachment made private and its files moved.
 *
 * @package Ttdt
 */

namespace Ttdt\Confidentiality;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditLog;
use Ttdt\Content\ItemTypes;
use Ttdt\Support\WriteSide;
use WP_Post;

/**
 * Listens to {@see ConfidentialFlag::CHANGED_ACTION}, which fires on every path that changes
 * the mark, so none of these can be skipped:
 *
 * - the audit log records who marked or unmarked what, and when (Art. 8.2);
 * - a live or scheduled item that is marked goes back to draft at once (the gate then keeps
 *   it there);
 * - a marked attachment becomes `private` and its files move to the private folder
 *   ({@see PrivateAttachmentFiles}); unmarked, it is inherited again and its files move back.
 *
 * @since 0.1.0
 */
final class ConfidentialEffects implements WriteSide {

	/**
	 * Audit action when marked.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MARK_ACTION = 'confidential.mark';

	/**
	 * Audit action when the mark is removed.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const UNMARK_ACTION = 'confidential.unmark';

	/**
	 * Post meta: an attachment's status before it was marked (a business confirmation is
	 * private already, and must stay so when the mark is removed).
	 *
	 * @var string
	 */
	private const STATUS_BEFORE = '_ttdt_status_before_confidential';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( ConfidentialFlag::CHANGED_ACTION, array( $this, 'changed' ), 10, 2 );
	}

	/**
	 * Applies a change of the mark.
	 *
	 * @since 0.1.0
	 *
	 * @param int  $post_id Post ID.
	 * @param bool $marked  Whether it is now confidential.
	 */
	public function changed( $post_id, $marked ): void {
		$post = get_post( (int) $post_id );
		if ( ! $post instanceof WP_Post ) {
			return;
		}
		$marked = (bool) $marked;
		AuditLog::record( $marked ? self::MARK_ACTION : self::UNMARK_ACTION, 'post', $post->ID, $post->post_title, array( 'confidential' => ! $marked ), array( 'confidential' => $marked ) );

		if ( 'attachment' === $post->post_type ) {
			$this->apply_to_attachment( $post, $marked );
			return;
		}
		if ( $marked && ItemTypes::covers( $post->post_type ) && in_array( $post->post_status, array( 'publish', 'future' ), true ) ) {
			wp_update_post(
				array(
					'ID'          => $post->ID,
					'post_status' => 'draft',
				)
			);
		}
	}

	/**
	 * Makes a marked attachment private with its files, or an unmarked one public again.
	 *
	 * @param WP_Post $attachment Attachment.
	 * @param bool    $marked     Whether it is now confidential.
	 */
	private function apply_to_attachment( WP_Post $attachment, bool $marked ): void {
		if ( $marked ) {
			PrivateAttachmentFiles::hide( $attachment->ID );
		} else {
			PrivateAttachmentFiles::reveal( $attachment->ID );
		}
		if ( $marked ) {
			update_post_meta( $attachment->ID, self::STATUS_BEFORE, $attachment->post_status );
		}
		$before = (string) get_post_meta( $attachment->ID, self::STATUS_BEFORE, true );
		$status = $marked || 'private' === $before ? 'private' : 'inherit';
		if ( 'trash' !== $attachment->post_status && $status !== $attachment->post_status ) {
			wp_update_post(
				array(
					'ID'          => $attachment->ID,
					'post_status' => $status,
				)
			);
		}
	}
}
