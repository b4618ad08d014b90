<?php
/**
 * Follows core status changes of items and turns them into workflow steps.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;
use WP_Post;

/**
 * The block editor's "Submit for review", quick edit, XML-RPC, scheduled publishing and the
 * workflow API all change core statuses; this listener sees every one of them after the save
 * is complete (`wp_after_insert_post`, when the meta sent with it is stored too) and records
 * the step, stamps the receipt, keeps the approval honest and sends the e-mails.
 *
 * @since 0.1.0
 */
final class StatusListener implements Hookable {

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
	 * Returns being made through the workflow: post ID => reason.
	 *
	 * @var array<int, string>
	 */
	private array $returns = array();

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Receipt        $receipt Receipt service.
	 * @param WorkflowMailer $mailer  Mailer.
	 */
	public function __construct( Receipt $receipt, WorkflowMailer $mailer ) {
		$this->receipt = $receipt;
		$this->mailer  = $mailer;
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

		if ( 'pending' === $new && 'pending' !== $old ) {
			$this->submitted( $post, $was_live, $user_id );
		} elseif ( 'pending' === $old && 'pending' !== $new && ! $is_live ) {
			$this->left_review( $post, $user_id );
		} elseif ( $is_live && ! $was_live ) {
			$this->published( $post, $old, $user_id );
		} elseif ( $was_live && ! $is_live ) {
			Approval::clear( $post->ID );
			History::record( $post, 'unpublish', WorkflowState::PUBLISHED, WorkflowState::of( $post ), $user_id );
		} elseif ( 'pending' === $new && $before instanceof WP_Post ) {
			$this->maybe_reopen( $post, $before, $user_id );
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
	 * An item went live (or was scheduled). Someone who may approve and publishes an item not
	 * yet approved approves it in the same step, and both are recorded.
	 *
	 * @param WP_Post $post    The item.
	 * @param string  $old     Status before.
	 * @param int     $user_id Who published it (0: the system, e.g. an import).
	 */
	private function published( WP_Post $post, string $old, int $user_id ): void {
		$from = WorkflowState::from( $old, $post->ID );
		$this->receipt->stamp( $post, null );
		delete_post_meta( $post->ID, WorkflowMeta::RETURNED );

		if ( ! Approval::get( $post->ID ) && $user_id && user_can( $user_id, Capabilities::APPROVE ) ) {
			Approval::set( $post->ID, $user_id, current_datetime()->format( DATE_ATOM ) );
			History::record( $post, 'approve', $from, WorkflowState::APPROVED, $user_id, __( 'Approved and published in one step.', 'ttdt-portal' ) );
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
	 * Drops the approval of an item its writer changed after it was approved: the approval was
	 * for the content as it was.
	 *
	 * @param WP_Post $post    The item after the save.
	 * @param WP_Post $before  The item before.
	 * @param int     $user_id Who saved it.
	 */
	private function maybe_reopen( WP_Post $post, WP_Post $before, int $user_id ): void {
		if ( ! Approval::get( $post->ID ) || user_can( $user_id, Capabilities::APPROVE ) ) {
			return;
		}
		foreach ( array( 'post_title', 'post_content', 'post_excerpt' ) as $field ) {
			if ( $post->$field !== $before->$field ) {
				Approval::clear( $post->ID );
				History::record( $post, 'reopen', WorkflowState::APPROVED, WorkflowState::SUBMITTED, $user_id, __( 'Changed after approval; it must be approved again.', 'ttdt-portal' ) );
				return;
			}
		}
	}
}
