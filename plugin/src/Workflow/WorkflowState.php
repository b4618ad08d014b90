<?php
/**
 * Where an item is in the approval workflow.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemTypes;
use WP_Post;

/**
 * The states are read from core's post status plus two marks, so every screen that knows core
 * statuses (the block editor's "Submit for review", quick edit, the posts list) stays right:
 *
 * - `draft`: being written (`draft`, `auto-draft`, `private`);
 * - `returned`: sent back to the writer with a reason (`draft` + the return mark);
 * - `submitted`: waiting for approval (core `pending`);
 * - `approved`: approved, waiting to be published (`pending` + the approval mark);
 * - `published`: public or scheduled (`publish`, `future`).
 *
 * @since 0.1.0
 */
final class WorkflowState {

	/**
	 * Being written.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DRAFT = 'draft';

	/**
	 * Sent back to the writer.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RETURNED = 'returned';

	/**
	 * Waiting for approval.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SUBMITTED = 'submitted';

	/**
	 * Approved, waiting to be published.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const APPROVED = 'approved';

	/**
	 * Public or scheduled.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PUBLISHED = 'published';

	/**
	 * Every state, in workflow order.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const ALL = array( self::DRAFT, self::RETURNED, self::SUBMITTED, self::APPROVED, self::PUBLISHED );

	/**
	 * Core statuses that put an item in front of the public (now or at its scheduled time).
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const LIVE_STATUSES = array( 'publish', 'future' );

	/**
	 * The state of an item.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post The item.
	 * @return string One of the state constants.
	 */
	public static function of( WP_Post $post ): string {
		return self::from( $post->post_status, $post->ID );
	}

	/**
	 * The state an item has, or would have, with a given core status.
	 *
	 * @since 0.1.0
	 *
	 * @param string $status  Core post status.
	 * @param int    $post_id Post ID (its marks are read).
	 * @return string
	 */
	public static function from( string $status, int $post_id ): string {
		if ( in_array( $status, self::LIVE_STATUSES, true ) ) {
			return self::PUBLISHED;
		}
		if ( 'pending' === $status ) {
			return Approval::get( $post_id ) ? self::APPROVED : self::SUBMITTED;
		}
		return $post_id && get_post_meta( $post_id, WorkflowMeta::RETURNED, true ) ? self::RETURNED : self::DRAFT;
	}

	/**
	 * Whether a post goes through the workflow (its type is an item type, {@see ItemTypes}).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post|null $post Post.
	 * @return bool
	 */
	public static function applies_to( ?WP_Post $post ): bool {
		return $post instanceof WP_Post && ItemTypes::covers( $post->post_type );
	}
}
