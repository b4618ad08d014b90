<?php
/**
 * The approval mark of an item: who approved it and when.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

/**
 * An approval holds for the content that was approved: it is cleared when the item leaves
 * review (returned, withdrawn, taken offline) or when its writer changes it afterwards.
 *
 * @since 0.1.0
 */
final class Approval {

	/**
	 * The approval of an item.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return array{by: int, at: string}|null Null when the item is not approved.
	 */
	public static function get( int $post_id ): ?array {
		$by = (int) get_post_meta( $post_id, WorkflowMeta::APPROVED_BY, true );
		if ( ! $by ) {
			return null;
		}
		return array(
			'by' => $by,
			'at' => (string) get_post_meta( $post_id, WorkflowMeta::APPROVED_AT, true ),
		);
	}

	/**
	 * Marks an item approved.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id Post ID.
	 * @param int    $user_id Approver.
	 * @param string $at      When, ISO 8601.
	 */
	public static function set( int $post_id, int $user_id, string $at ): void {
		update_post_meta( $post_id, WorkflowMeta::APPROVED_BY, $user_id );
		update_post_meta( $post_id, WorkflowMeta::APPROVED_AT, $at );
	}

	/**
	 * Removes the approval.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return bool Whether there was one.
	 */
	public static function clear( int $post_id ): bool {
		$had = null !== self::get( $post_id );
		delete_post_meta( $post_id, WorkflowMeta::APPROVED_BY );
		delete_post_meta( $post_id, WorkflowMeta::APPROVED_AT );
		return $had;
	}
}
