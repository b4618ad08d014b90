<?php
/**
 * Follows core status changes of items and turns them into workflow steps.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Publishing\BlockedNotice;
use Ttdt\Support\WriteSide;
use WP_Error;
use WP_Post;

/**
 * The block editor's "Submit for review", quick edit, XML-RPC, scheduled publishing and the
 * workflow API all change core statuses; this listener sees every one of them after the save
 * is complete (`wp_after_insert_post`, when the meta sent with it is stored too) and records
 * the step, stamps the receipt, keeps the approval honest and sends the e-mails. Changes to an
 * approved item still in review are judged by `ApprovalGuard`.
 *
 * @since 0.1.0
 */
final class StatusListener implements WriteSide {

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
	 * Approval guard.
	 *
	 * @var ApprovalGuard
	 */
	private ApprovalGuard $guard;

	/**
	 * Returns being made through the workflow: post ID => reason.
	 *
	 * @var array<int, string>
	 */
	private array $returns = array();

	/**
	 * Items being put back in review because they went live with changes nobody approved:
	 * post ID => the fields that changed.
	 *
	 * @var array<int, string[]>
	 */
	private array $reverting = array();

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Receipt        $receipt Receipt service.
	 * @param WorkflowMailer $mailer  Mailer.
	 * @param ApprovalGuard  $guard   Approval guard.
	 */
	public function __construct( Receipt $receipt, WorkflowMailer $mailer, ApprovalGuard $guard ) {
		$this->receipt = $receipt;
		$this->mailer  = $mailer;
		$this->guard   = $guard;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'wp_after_insert_post', array( $this, 'after_save' ), 10, 4 );
	}

	/**
	 * Announces that the next move of an item out of review is a return with a reason.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id Post ID.
	 * @param string $reason  Reason given to the writer.
	 */
	public function expect_return( int $post_id, string $reason ): void {
		$this->returns[ $post_id ] = $reason;
	}

	/**
	 * Dispatches a completed save.
	 *
	 * @since 0.1.0
	 *
	 * @param int          $post_id Post ID.
	 * @param WP_Post      $post    The item after the save.
	 * @param bool         $update  Whether an existing item was updated.
	 * @param WP_Post|null $before  The item before the save (null for a new one).
	 */
	public function after_save( $post_id, $post, $update, $before ): void {
		if ( ! WorkflowState::applies_to( $post ) ) {
			return;
		}
		$old      = $before instanceof WP_Post ? $before->post_status : 'new';
		$new      = $post->post_status;
		$user_id  = get_current_user_id();
		$was_live = in_array( $old, WorkflowState::LIVE_STATUSES, true );
		$is_live  = in_array( $new, WorkflowState::LIVE_STATUSES, true );

		if ( isset( $this->reverting[ $post->ID ] ) ) {
			$this->reverted( $post, $user_id );
		} elseif ( 'pending' === $new && 'pending' !== $old ) {
			$this->submitted( $post, $was_live, $user_id );
		} elseif ( 'pending' === $old && 'pending' !== $new && ! $is_live ) {
			$this->left_review( $post, $user_id );
		} elseif ( $is_live && ! $was_live ) {
			$this->published( $post, $old, $user_id );
		} elseif ( $was_live && ! $is_live ) {
			Approval::clear( $post->ID );
			History::record( $post, 'unpublish', WorkflowState::PUBLISHED, WorkflowState::of( $post ), $user_id );
		}
	}

	/**
	 * An item was submitted (or a live one sent back to review).
	 *
	 * @param WP_Post $post     The item.
	 * @param bool    $was_live Whether it was public before.
	 * @param int     $user_id  Who submitted it.
	 */
	private function submitted( WP_Post $post, bool $was_live, int $user_id ): void {
		$returned = get_post_meta( $post->ID, WorkflowMeta::RETURNED, true );
		$from     = $was_live ? WorkflowState::PUBLISHED : ( $returned ? WorkflowState::RETURNED : WorkflowState::DRAFT );

		// A submission is reviewed afresh: no approval or reminder carries over.
		Approval::clear( $post->ID );
		$this->receipt->stamp( $post, is_array( $returned ) ? (string) ( $returned['at'] ?? '' ) : null );
		delete_post_meta( $post->ID, WorkflowMeta::RETURNED );
		delete_post_meta( $post->ID, WorkflowMeta::OVERDUE_NOTIFIED );

		History::record( $post, 'submit', $from, WorkflowState::SUBMITTED, $user_id );
		$this->mailer->submitted( $post, $user_id );
	}

	/**
	 * An item left review without being published: returned, withdrawn or trashed.
	 *
	 * @param WP_Post $post    The item.
	 * @param int     $user_id Who moved it.
	 */
	private function left_review( WP_Post $post, int $user_id ): void {
		$from = Approval::clear( $post->ID ) ? WorkflowState::APPROVED : WorkflowState::SUBMITTED;
		if ( 'trash' === $post->post_status ) {
			return;
		}
		if ( ! isset( $this->returns[ $post->ID ] ) ) {
			History::record( $post, 'withdraw', $from, WorkflowState::DRAFT, $user_id );
			return;
		}

		$reason = $this->returns[ $post->ID ];
		unset( $this->returns[ $post->ID ] );
		update_post_meta(
			$post->ID,
			WorkflowMeta::RETURNED,
			array(
				'by'     => $user_id,
				'at'     => current_datetime()->format( DATE_ATOM ),
				'reason' => $reason,
			)
		);
		History::record( $post, 'return', $from, WorkflowState::RETURNED, $user_id, $reason );
		$this->mailer->returned( $post, $user_id, $reason );
	}

	/**
	 * An item went live (or was scheduled). Someone who may approve it (not its writer) and
	 * publishes it unapproved, or with changes the approval did not cover, approves it in the
	 * same step, and both are recorded. Anyone else who got changes live past the publish rule
	 * (a path that could not refuse them) sees the item put back in review.
	 *
	 * @param WP_Post $post    The item.
	 * @param string  $old     Status before.
	 * @param int     $user_id Who published it (0: the system, e.g. an import).
	 */
	private function published( WP_Post $post, string $old, int $user_id ): void {
		$changed = 'pending' === $old ? Approval::changed_fields( $post->ID ) : array();
		$note    = __( 'Approved and published in one step.', 'ttdt-portal' );
		if ( $changed && $user_id ) {
			if ( ! user_can( $user_id, Capabilities::REVIEW_POST, $post->ID ) ) {
				$this->put_back( $post, $changed );
				return;
			}
			Approval::clear( $post->ID );
			$note = sprintf(
				/* translators: %s: the fields that changed, e.g. "title, source". */
				__( 'Approved again with the changes made when publishing (%s).', 'ttdt-portal' ),
				ApprovalFingerprint::describe( $changed )
			);
		}
		$from = WorkflowState::from( $old, $post->ID );
		$this->receipt->stamp( $post, null );
		delete_post_meta( $post->ID, WorkflowMeta::RETURNED );

		if ( ! Approval::get( $post->ID ) && $user_id && user_can( $user_id, Capabilities::REVIEW_POST, $post->ID ) ) {
			Approval::set( $post->ID, $user_id, current_datetime()->format( DATE_ATOM ) );
			History::record( $post, 'approve', $from, WorkflowState::APPROVED, $user_id, $note );
			$this->mailer->approved( $post, $user_id, '' );
			$from = WorkflowState::APPROVED;
		}

		$note = '';
		if ( 'future' === $post->post_status ) {
			$note = sprintf(
				/* translators: %s: date and time, dd/mm/yyyy HH:mm. */
				__( 'Scheduled for %s', 'ttdt-portal' ),
				wp_date( 'd/m/Y H:i', (int) get_post_time( 'U', true, $post ) )
			);
		}
		History::record( $post, 'publish', $from, WorkflowState::PUBLISHED, $user_id, $note );
	}

	/**
	 * Takes an item that went live with unapproved changes back to review.
	 *
	 * @param WP_Post  $post    The item.
	 * @param string[] $changed Fields that changed since the approval.
	 */
	private function put_back( WP_Post $post, array $changed ): void {
		$fresh = get_post( $post->ID );
		if ( ! $fresh || ! in_array( $fresh->post_status, WorkflowState::LIVE_STATUSES, true ) ) {
			return; // Already taken offline (e.g. by the publish gate).
		}
		$this->reverting[ $post->ID ] = $changed;
		Transitions::change_status( $fresh, 'pending' );
	}

	/**
	 * Records the return to review started by `put_back()`.
	 *
	 * @param WP_Post $post    The item, in review again.
	 * @param int     $user_id Who published it.
	 */
	private function reverted( WP_Post $post, int $user_id ): void {
		$changed = $this->reverting[ $post->ID ];
		unset( $this->reverting[ $post->ID ] );
		$message = sprintf(
			/* translators: %s: the fields that changed, e.g. "title, source". */
			__( 'The item was not published: %s changed after it was approved, and you may not approve it. It waits for approval again.', 'ttdt-portal' ),
			ApprovalFingerprint::describe( $changed )
		);
		BlockedNotice::remember( $user_id, new WP_Error( 'ttdt_changed_since_approval', $message ) );
		$this->guard->withdraw( $post, $changed, $user_id );
	}
}
