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
	 * @return array<string, mixed> Shaped by `schema()`.
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

	/**
	 * JSON schema of a workflow item.
	 *
	 * @since 0.1.0
	 * @contract WorkflowItem
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		$person = array(
			'type'       => 'object',
			'readonly'   => true,
			'properties' => array(
				'id'   => array(
					'type'     => 'integer',
					'readonly' => true,
				),
				'name' => array(
					'type'     => 'string',
					'readonly' => true,
				),
			),
		);
		$states = array( 'draft', 'returned', 'submitted', 'approved', 'published' );

		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-workflow-item',
			'type'       => 'object',
			'properties' => array(
				'id'              => array(
					'description' => __( 'Item ID.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'title'           => array(
					'description' => __( 'Item title.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'status'          => array(
					'description' => __( 'Core post status.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'state'           => array(
					'description' => __( 'Workflow state.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => $states,
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'author'          => array_merge(
					$person,
					array(
						'description' => __( 'Account that wrote the item.', 'ttdt-portal' ),
						'context'     => array( 'view', 'edit' ),
					)
				),
				'writer'          => array(
					'description' => __( 'Writer as printed (may have no account).', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'received_at'     => array(
					'description' => __( 'When the manuscript was received: a date or an ISO 8601 time; empty if not yet.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'received_via'    => array(
					'description' => __( 'How the manuscript was received.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => array( 'online', 'email', 'paper' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'deadline'        => array(
					'description' => __( 'Last day for approval (YYYY-MM-DD) while the item is in review.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'overdue'         => array(
					'description' => __( 'Whether the item is still waiting for approval after its deadline.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'time_left'       => array(
					'description' => __( 'While the item waits for approval: the days left before its deadline (counted as the deadline is: working or calendar days; 0 when the deadline is today), or the days since it once overdue.', 'ttdt-portal' ),
					'type'        => array( 'object', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
					'properties'  => array(
						'days'    => array(
							'type'     => 'integer',
							'readonly' => true,
						),
						'unit'    => array(
							'type'     => 'string',
							'enum'     => array( 'working', 'calendar' ),
							'readonly' => true,
						),
						'overdue' => array(
							'type'     => 'boolean',
							'readonly' => true,
						),
					),
				),
				'reviewers'       => array(
					'description' => __( 'While the item waits for approval: the moderators and publishers who may approve or return it.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
					'items'       => $person,
				),
				'awaiting_you'    => array(
					'description' => __( 'Whether the item waits for the current user: submitted and theirs to approve, or approved and theirs to publish.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'approved'        => array(
					'description' => __( 'Who approved the item and when.', 'ttdt-portal' ),
					'type'        => array( 'object', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
					'properties'  => array(
						'by' => $person,
						'at' => array(
							'type'     => 'string',
							'readonly' => true,
						),
					),
				),
				'returned'        => array(
					'description' => __( 'Who returned the item, when and why, while it is back with its writer.', 'ttdt-portal' ),
					'type'        => array( 'object', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
					'properties'  => array(
						'by'     => $person,
						'at'     => array(
							'type'     => 'string',
							'readonly' => true,
						),
						'reason' => array(
							'type'     => 'string',
							'readonly' => true,
						),
					),
				),
				'history'         => array(
					'description' => __( 'Workflow steps, oldest first.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'action' => array(
								'type'     => 'string',
								'enum'     => array( 'submit', 'approve', 'approve_override', 'return', 'receipt', 'withdraw', 'publish', 'unpublish', 'reopen' ),
								'readonly' => true,
							),
							'user'   => $person,
							'at'     => array(
								'type'     => 'string',
								'readonly' => true,
							),
							'from'   => array(
								'type'     => 'string',
								'readonly' => true,
							),
							'to'     => array(
								'type'     => 'string',
								'readonly' => true,
							),
							'note'   => array(
								'type'     => 'string',
								'readonly' => true,
							),
						),
					),
				),
				'allowed_actions' => array(
					'description' => __( 'Workflow actions the current user may take on the item now.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
					'items'       => array(
						'type' => 'string',
						'enum' => array( 'submit', 'approve', 'approve_override', 'return', 'publish', 'receipt' ),
					),
				),
				'fingerprint'     => array(
					'description' => __( 'Fingerprint of what an approval covers (title, content, provenance, terms, dates…) as stored now: send it with an approval, which is refused if the item changed since.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'edit_link'       => array(
					'description' => __( 'Address of the item in the editor.', 'ttdt-portal' ),
					'type'        => 'string',
					'format'      => 'uri',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
			),
		);
	}
}
