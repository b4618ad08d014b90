<?php
/**
 * An item as the workflow API shows it.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use WP_Post;

/**
 * Builds the workflow view of an item for the current user, including the actions that user
 * may take on it, so the editor and the review queue ask the server instead of guessing.
 *
 * @since 0.1.0
 */
final class WorkflowItem {

	/**
	 * Deadlines.
	 *
	 * @var ItemDeadline
	 */
	private ItemDeadline $deadlines;

	/**
	 * Who may review an item.
	 *
	 * @var ItemReviewers
	 */
	private ItemReviewers $reviewers;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ItemDeadline  $deadlines Deadlines.
	 * @param ItemReviewers $reviewers Who may review an item.
	 */
	public function __construct( ItemDeadline $deadlines, ItemReviewers $reviewers ) {
		$this->deadlines = $deadlines;
		$this->reviewers = $reviewers;
	}

	/**
	 * The item's workflow data.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post The item.
	 * @return array<string, mixed> Shaped by {@see WorkflowSchema::item()}.
	 */
	public function prepare( WP_Post $post ): array {
		$state    = WorkflowState::of( $post );
		$receipt  = Receipt::of( $post->ID );
		$approval = Approval::get( $post->ID );
		$returned = get_post_meta( $post->ID, WorkflowMeta::RETURNED, true );
		$deadline = in_array( $state, array( WorkflowState::SUBMITTED, WorkflowState::APPROVED ), true ) ? $this->deadlines->of( $post->ID ) : null;
		$writer   = trim( (string) get_post_meta( $post->ID, 'ttdt_writer', true ) );
		$actions  = self::allowed_actions( $post, $state );
		$waiting  = WorkflowState::SUBMITTED === $state;

		return array(
			'id'              => $post->ID,
			'title'           => html_entity_decode( get_the_title( $post ), ENT_QUOTES, 'UTF-8' ),
			'status'          => $post->post_status,
			'state'           => $state,
			'author'          => self::person( (int) $post->post_author ),
			'writer'          => '' !== $writer ? $writer : self::person( (int) $post->post_author )['name'],
			'received_at'     => $receipt['at'],
			'received_via'    => $receipt['via'],
			'deadline'        => $deadline,
			'overdue'         => $waiting && ItemDeadline::has_passed( $deadline ),
			'time_left'       => $waiting && null !== $deadline ? $this->deadlines->time_left( $deadline ) : null,
			'reviewers'       => $waiting ? $this->reviewers->of( $post ) : array(),
			'awaiting_you'    => self::awaits( $state, $actions ),
			'approved'        => $approval ? array( 'at' => $approval['at'] ) + array( 'by' => self::person( $approval['by'] ) ) : null,
			'returned'        => is_array( $returned ) ? array(
				'at'     => (string) ( $returned['at'] ?? '' ),
				'by'     => self::person( (int) ( $returned['by'] ?? 0 ) ),
				'reason' => (string) ( $returned['reason'] ?? '' ),
			) : null,
			'history'         => array_map( array( self::class, 'history_entry' ), History::entries( $post->ID ) ),
			'allowed_actions' => $actions,
			'fingerprint'     => ApprovalFingerprint::token( ApprovalFingerprint::of_post( $post->ID ) ),
			'edit_link'       => admin_url( 'post.php?post=' . $post->ID . '&action=edit' ),
		);
	}

	/**
	 * The workflow actions the current user may take on an item now.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post  The item.
	 * @param string  $state Its state.
	 * @return string[] Of `submit`, `approve`, `approve_override` (an administrator on their own
	 *                  item), `return`, `publish`, `receipt`.
	 */
	public static function allowed_actions( WP_Post $post, string $state ): array {
		$actions   = array();
		$in_review = in_array( $state, array( WorkflowState::SUBMITTED, WorkflowState::APPROVED ), true );
		if ( in_array( $state, array( WorkflowState::DRAFT, WorkflowState::RETURNED ), true ) && current_user_can( 'edit_post', $post->ID ) ) {
			$actions[] = 'submit';
		}
		if ( WorkflowState::SUBMITTED === $state && current_user_can( Capabilities::REVIEW_POST, $post->ID ) ) {
			$actions[] = 'approve';
		} elseif ( WorkflowState::SUBMITTED === $state && current_user_can( Capabilities::OVERRIDE_APPROVAL, $post->ID ) ) {
			$actions[] = 'approve_override';
		}
		if ( $in_review && current_user_can( Capabilities::REVIEW_POST, $post->ID ) ) {
			$actions[] = 'return';
		}
		if ( $in_review && current_user_can( 'publish_post', $post->ID ) && current_user_can( 'edit_post', $post->ID )
			&& ( WorkflowState::APPROVED === $state || current_user_can( Capabilities::REVIEW_POST, $post->ID ) ) ) {
			$actions[] = 'publish';
		}
		if ( WorkflowState::PUBLISHED !== $state && current_user_can( Capabilities::RECORD_RECEIPT, $post->ID ) ) {
			$actions[] = 'receipt';
		}
		return $actions;
	}

	/**
	 * Whether the item waits for the current user's decision: a submitted item they may
	 * approve, or an approved one they may publish. The editor opens its review controls for
	 * them; it never works this out itself.
	 *
	 * @param string   $state   Workflow state.
	 * @param string[] $actions What the user may do, from `allowed_actions()`.
	 * @return bool
	 */
	private static function awaits( string $state, array $actions ): bool {
		if ( WorkflowState::SUBMITTED === $state ) {
			return in_array( 'approve', $actions, true );
		}
		return WorkflowState::APPROVED === $state && in_array( 'publish', $actions, true );
	}

	/**
	 * A history entry with the name of the person.
	 *
	 * @param array<string, mixed> $entry Stored entry.
	 * @return array<string, mixed>
	 */
	private static function history_entry( array $entry ): array {
		return array(
			'action' => (string) ( $entry['action'] ?? '' ),
			'user'   => self::person( (int) ( $entry['user'] ?? 0 ) ),
			'at'     => (string) ( $entry['at'] ?? '' ),
			'from'   => (string) ( $entry['from'] ?? '' ),
			'to'     => (string) ( $entry['to'] ?? '' ),
			'note'   => (string) ( $entry['note'] ?? '' ),
		);
	}

	/**
	 * A user as `{ id, name }`; user 0 is the system.
	 *
	 * @param int $user_id User ID.
	 * @return array{id: int, name: string}
	 */
	private static function person( int $user_id ): array {
		$user = $user_id ? get_userdata( $user_id ) : false;
		return array(
			'id'   => $user_id,
			'name' => $user ? $user->display_name : ( $user_id ? __( 'Deleted user', 'ttdt-portal' ) : __( 'System', 'ttdt-portal' ) ),
		);
	}
}
