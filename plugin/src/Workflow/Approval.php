<?php
/**
 * The approval mark of an item: who approved it and when.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

/**
 * An approval holds for the content that was approved: it keeps a digest of each field of the
 * protected set (`ApprovalFingerprint`) and is cleared when the item leaves review (returned,
 * withdrawn, taken offline) or when any of those fields changes afterwards (`ApprovalGuard`).
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
	 * @return array{by: int, at: string, fingerprint: array<string, string>}|null Null when the
	 *         item is not approved.
	 */
	public static function get( int $post_id ): ?array {
		$by = (int) get_post_meta( $post_id, WorkflowMeta::APPROVED_BY, true );
		if ( ! $by ) {
			return null;
		}
		$fingerprint = get_post_meta( $post_id, WorkflowMeta::APPROVED_FINGERPRINT, true );
		return array(
			'by'          => $by,
			'at'          => (string) get_post_meta( $post_id, WorkflowMeta::APPROVED_AT, true ),
			'fingerprint' => is_array( $fingerprint ) ? $fingerprint : array(),
		);
	}

	/**
	 * The fields of the protected set that differ from what was approved.
	 *
	 * An approval kept without digests (made before they existed) covers nothing it can prove,
	 * so every field counts as changed.
	 *
	 * @since 0.1.0
	 *
	 * @param int                        $post_id Post ID.
	 * @param array<string, string>|null $values  Values to compare (default: the stored ones).
	 * @return string[] Field names; empty when the approval holds or there is none.
	 */
	public static function changed_fields( int $post_id, ?array $values = null ): array {
		$approval = self::get( $post_id );
		if ( ! $approval ) {
			return array();
		}
		$values = $values ?? ApprovalFingerprint::of_post( $post_id );
		if ( ! $approval['fingerprint'] ) {
			return array_keys( $values );
		}
		return ApprovalFingerprint::changed( $approval['fingerprint'], $values );
	}

	/**
	 * Marks an item approved, for its protected set as stored now.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id Post ID.
	 * @param int    $user_id Approver.
	 * @param string $at      When, ISO 8601.
	 */
	public static function set( int $post_id, int $user_id, string $at ): void {
		update_post_meta( $post_id, WorkflowMeta::APPROVED_FINGERPRINT, ApprovalFingerprint::digests( ApprovalFingerprint::of_post( $post_id ) ) );
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
		delete_post_meta( $post_id, WorkflowMeta::APPROVED_FINGERPRINT );
		return $had;
	}
}
