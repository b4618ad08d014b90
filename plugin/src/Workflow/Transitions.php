<?php
/**
 * The workflow actions: submit, approve, return, record a receipt.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Transaction;
use WP_Error;
use WP_Post;

/**
 * Checks that an action fits the item's state and carries it out. Capabilities are checked by
 * the callers (the REST controller); the steps themselves are recorded by `StatusListener`
 * when the status changes, so a submission through the API and one through the block editor
 * leave the same trace. Each action runs in one database transaction (`Transaction`): its
 * rows (status, approval, history, audit entry) are stored together or not at all.
 *
 * @since 0.1.0
 */
final class Transitions {

	/**
	 * Status listener.
	 *
	 * @var StatusListener
	 */
	private StatusListener $listener;

	/**
	 * Receipt service.
	 *
	 * @var Receipt
	 */
	private Receipt $receipt;

	/**
	 * Mailer.
	 *
	 * @var WorkflowMailer
	 */
	private WorkflowMailer $mailer;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param StatusListener $listener Status listener.
	 * @param Receipt        $receipt  Receipt service.
	 * @param WorkflowMailer $mailer   Mailer.
	 */
	public function __construct( StatusListener $listener, Receipt $receipt, WorkflowMailer $mailer ) {
		$this->listener = $listener;
		$this->receipt  = $receipt;
		$this->mailer   = $mailer;
	}

	/**
	 * Submits a draft or returned item for approval.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post The item.
	 * @return true|WP_Error
	 */
	public function submit( WP_Post $post ) {
		return Transaction::run( fn() => $this->submit_now( $post ) );
	}

	/**
	 * Submits, inside the transaction.
	 *
	 * @param WP_Post $post The item.
	 * @return true|WP_Error
	 */
	private function submit_now( WP_Post $post ) {
		$state = WorkflowState::of( $post );
		if ( ! in_array( $state, array( WorkflowState::DRAFT, WorkflowState::RETURNED ), true ) ) {
			return self::conflict( $state );
		}
		self::change_status( $post, 'pending' );
		return true;
	}

	/**
	 * Approves a submitted item as the moderator saw it.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post     $post     The item.
	 * @param int         $user_id  Approver.
	 * @param string      $note     Optional comment for the writer.
	 * @param string      $seen     Fingerprint of the item as the approver saw it (`fingerprint`
	 *                              of the workflow item).
	 * @param string|null $override Reason for approving one's own item (administrators only;
	 *                              the caller checks the capability); null for a normal approval.
	 * @return true|WP_Error
	 */
	public function approve( WP_Post $post, int $user_id, string $note, string $seen, ?string $override = null ) {
		return Transaction::run( fn() => $this->approve_now( $post, $user_id, $note, $seen, $override ) );
	}

	/**
	 * Approves, inside the transaction.
	 *
	 * @param WP_Post     $post     The item.
	 * @param int         $user_id  Approver.
	 * @param string      $note     Comment.
	 * @param string      $seen     Fingerprint seen.
	 * @param string|null $override Override reason.
	 * @return true|WP_Error
	 */
	private function approve_now( WP_Post $post, int $user_id, string $note, string $seen, ?string $override ) {
		$state = WorkflowState::of( $post );
		if ( WorkflowState::SUBMITTED !== $state ) {
			return self::conflict( $state );
		}
		$current = ApprovalFingerprint::token( ApprovalFingerprint::of_post( $post->ID ) );
		if ( ! hash_equals( $current, $seen ) ) {
			return new WP_Error(
				'ttdt_changed_since_seen',
				__( 'The item was changed after you opened it, so it was not approved. Read it again as it is now, then approve it.', 'ttdt-portal' ),
				array(
					'status'      => 409,
					'fingerprint' => $current,
				)
			);
		}
		$action = 'approve';
		if ( null !== $override ) {
			$override = trim( $override );
			if ( '' === $override ) {
				return new WP_Error(
					'ttdt_override_reason_required',
					__( 'Write why you approve this item yourself instead of another moderator; the reason is kept in the audit log.', 'ttdt-portal' ),
					array( 'status' => 400 )
				);
			}
			$action = 'approve_override';
			$note   = trim(
				sprintf(
					/* translators: %s: the administrator's reason. */
					__( 'Approved by an administrator overriding separation of duties. Reason: %s', 'ttdt-portal' ),
					$override
				) . ( '' !== trim( $note ) ? "\n" . $note : '' )
			);
		}
		Approval::set( $post->ID, $user_id, current_datetime()->format( DATE_ATOM ) );
		History::record( $post, $action, WorkflowState::SUBMITTED, WorkflowState::APPROVED, $user_id, $note );
		$this->mailer->approved( $post, $user_id, $note );
		return true;
	}

	/**
	 * Returns a submitted or approved item to its writer.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post   The item.
	 * @param string  $reason What the writer must change; required.
	 * @return true|WP_Error
	 */
	public function return_item( WP_Post $post, string $reason ) {
		$reason = trim( $reason );
		if ( '' === $reason ) {
			return new WP_Error(
				'ttdt_return_reason_required',
				__( 'Write the reason for returning the item, so the writer knows what to change.', 'ttdt-portal' ),
				array( 'status' => 400 )
			);
		}
		$state = WorkflowState::of( $post );
		if ( ! in_array( $state, array( WorkflowState::SUBMITTED, WorkflowState::APPROVED ), true ) ) {
			return self::conflict( $state );
		}
		return Transaction::run(
			function () use ( $post, $reason ) {
				$this->listener->expect_return( $post->ID, $reason );
				self::change_status( $post, 'draft' );
				return true;
			}
		);
	}

	/**
	 * Records how and when the manuscript of an item was received.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post The item.
	 * @param string  $at   Date `Y-m-d` or ISO 8601 time.
	 * @param string  $via  Channel.
	 * @return true|WP_Error
	 */
	public function record_receipt( WP_Post $post, string $at, string $via ) {
		if ( '' === Receipt::normalize_time( $at ) ) {
			return new WP_Error(
				'ttdt_invalid_receipt_date',
				__( 'The receipt date is not a valid date. Enter it as on the manuscript, e.g. 13/02/2026.', 'ttdt-portal' ),
				array( 'status' => 400 )
			);
		}
		return Transaction::run(
			function () use ( $post, $at, $via ) {
				$this->receipt->record( $post, $at, $via );
				return true;
			}
		);
	}

	/**
	 * Changes an item's status the way `wp_publish_post()` does: only the status column, with
	 * the same hooks. A full `wp_update_post()` would run the content through the current
	 * user's HTML filters again and could strip what a more trusted author wrote.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post   The item.
	 * @param string  $status New status.
	 */
	public static function change_status( WP_Post $post, string $status ): void {
		global $wpdb;

		$before = get_post( $post->ID );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- only the status column, as wp_publish_post() does; the post cache is cleaned below.
		$wpdb->update( $wpdb->posts, array( 'post_status' => $status ), array( 'ID' => $post->ID ) );
		clean_post_cache( $post->ID );
		$after = get_post( $post->ID );

		wp_transition_post_status( $status, $before->post_status, $after );
		/** This action is documented in wp-includes/post.php */
		do_action( "edit_post_{$after->post_type}", $after->ID, $after );
		/** This action is documented in wp-includes/post.php */
		do_action( 'edit_post', $after->ID, $after );
		/** This action is documented in wp-includes/post.php */
		do_action( "save_post_{$after->post_type}", $after->ID, $after, true );
		/** This action is documented in wp-includes/post.php */
		do_action( 'save_post', $after->ID, $after, true );
		/** This action is documented in wp-includes/post.php */
		do_action( 'wp_insert_post', $after->ID, $after, true );
		wp_after_insert_post( $after, true, $before );
	}

	/**
	 * The error for an action that does not fit the item's state.
	 *
	 * @param string $state Current state.
	 * @return WP_Error
	 */
	private static function conflict( string $state ): WP_Error {
		$messages = array(
			WorkflowState::DRAFT     => __( 'This item is a draft: it must be submitted for approval first.', 'ttdt-portal' ),
			WorkflowState::RETURNED  => __( 'This item was returned to its writer: it must be corrected and submitted again first.', 'ttdt-portal' ),
			WorkflowState::SUBMITTED => __( 'This item is already waiting for approval.', 'ttdt-portal' ),
			WorkflowState::APPROVED  => __( 'This item is already approved; it is waiting to be published.', 'ttdt-portal' ),
			WorkflowState::PUBLISHED => __( 'This item is already published. A publisher must take it offline before it can go through approval again.', 'ttdt-portal' ),
		);
		return new WP_Error(
			'ttdt_workflow_state',
			$messages[ $state ] ?? $messages[ WorkflowState::DRAFT ],
			array(
				'status' => 409,
				'state'  => $state,
			)
		);
	}
}
