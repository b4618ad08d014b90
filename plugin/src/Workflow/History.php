<?php
/**
 * The workflow history of an item, and the hook that announces each step.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use WP_Post;

/**
 * Each item keeps a short list of its workflow steps (who, what, when, why) so the editor can
 * show it without depending on the audit log; the audit log records the same steps from the
 * `ttdt_workflow_transition` action.
 *
 * @since 0.1.0
 */
final class History {

	/**
	 * Action fired for every workflow step.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const TRANSITION_ACTION = 'ttdt_workflow_transition';

	/**
	 * Steps announced through the action; the others (withdraw, publish, unpublish) are already
	 * visible as core status changes and only kept in the history. An approval withdrawn after
	 * a change (`reopen`) and an administrator's override (`approve_override`) are announced:
	 * no status change shows them.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const ANNOUNCED = array( 'submit', 'approve', 'approve_override', 'return', 'receipt', 'reopen' );

	/**
	 * Entries kept per item; older ones remain in the audit log.
	 *
	 * @var int
	 */
	private const MAX_ENTRIES = 100;

	/**
	 * Records a step and, for the announced ones, fires the action.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post              $post    The item.
	 * @param string               $action  `submit`, `approve`, `approve_override` (an
	 *                                      administrator approving their own item), `return`,
	 *                                      `receipt`, `withdraw`, `publish`, `unpublish` or
	 *                                      `reopen` (approval withdrawn after a change).
	 * @param string               $from    State before.
	 * @param string               $to      State after.
	 * @param int                  $user_id Who did it (0 for the system).
	 * @param string               $note    Comment or reason.
	 * @param array<string, mixed> $data    Extra details kept in the entry (e.g. a receipt's channel and date).
	 */
	public static function record( WP_Post $post, string $action, string $from, string $to, int $user_id, string $note = '', array $data = array() ): void {
		$entries   = self::entries( $post->ID );
		$entries[] = array(
			'action' => $action,
			'user'   => $user_id,
			'at'     => current_datetime()->format( DATE_ATOM ),
			'from'   => $from,
			'to'     => $to,
			'note'   => $note,
		) + $data;
		update_post_meta( $post->ID, WorkflowMeta::HISTORY, array_slice( $entries, -self::MAX_ENTRIES ) );

		if ( in_array( $action, self::ANNOUNCED, true ) ) {
			/**
			 * Fires after an item moved in the approval workflow.
			 *
			 * The audit log listens to it. `publish` and `unpublish` are not fired here: core's
			 * `transition_post_status` already reports them. An item approved and published in
			 * one step fires `approve` here and is published through core.
			 *
			 * @since 0.1.0
			 *
			 * @param int    $post_id    Item ID.
			 * @param string $action     `submit`, `approve`, `approve_override`, `return`, `receipt`
			 *                           or `reopen`.
			 * @param string $from_state State before: `draft`, `returned`, `submitted`, `approved` or `published`.
			 * @param string $to_state   State after.
			 * @param int    $user_id    Who did it (0 for the system).
			 * @param string $note       The approver's comment, the reason for a return or an
			 *                           override, a description of the receipt, or the fields
			 *                           whose change withdrew the approval.
			 */
			do_action( self::TRANSITION_ACTION, $post->ID, $action, $from, $to, $user_id, $note );
		}
	}

	/**
	 * The steps of an item, oldest first.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return array<int, array<string, mixed>>
	 */
	public static function entries( int $post_id ): array {
		$entries = get_post_meta( $post_id, WorkflowMeta::HISTORY, true );
		return is_array( $entries ) ? array_values( $entries ) : array();
	}

	/**
	 * The most recent step with one of the given actions.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $post_id Post ID.
	 * @param string[] $actions Actions looked for.
	 * @return array<string, mixed>|null
	 */
	public static function last( int $post_id, array $actions ): ?array {
		foreach ( array_reverse( self::entries( $post_id ) ) as $entry ) {
			if ( in_array( $entry['action'] ?? '', $actions, true ) ) {
				return $entry;
			}
		}
		return null;
	}
}
