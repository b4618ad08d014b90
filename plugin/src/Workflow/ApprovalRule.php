<?php
/**
 * Publishing rule: only approved items go live.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Publishing\PublishAttempt;
use Ttdt\Publishing\PublishGate;
use Ttdt\Support\Hookable;
use WP_Error;

/**
 * Adds to the publish gate (which covers REST, classic screens, quick edit, XML-RPC and
 * scheduled publishing) the rules of Art. 7.1 and 12.2:
 *
 * - publishing needs `publish_posts`, whoever calls `wp_insert_post()` (core checks it on its
 *   own screens, not in the function);
 * - an item must be approved first, unless the person publishing may approve it too, in which
 *   case publishing approves it (recorded as both by `StatusListener`).
 *
 * Items already live (an edit of a published item, a scheduled item coming due) were checked
 * when they went live. Code running with no user at all (WP-CLI, imports by the site operator)
 * is left to the operator.
 *
 * @since 0.1.0
 */
final class ApprovalRule implements Hookable {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( PublishGate::ERRORS_FILTER, array( $this, 'check' ), 10, 2 );
	}

	/**
	 * Adds the reasons an attempt breaks the rule.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Error       $errors  Reasons so far.
	 * @param PublishAttempt $attempt What is about to be published.
	 * @return WP_Error
	 */
	public function check( $errors, $attempt ) {
		if ( ! $errors instanceof WP_Error || ! $attempt instanceof PublishAttempt
			|| WorkflowState::POST_TYPE !== $attempt->post_type
			|| in_array( $attempt->from_status, WorkflowState::LIVE_STATUSES, true ) ) {
			return $errors;
		}
		$user_id = $attempt->user_id();
		if ( ! $user_id ) {
			return $errors;
		}

		if ( ! user_can( $user_id, 'publish_posts' ) ) {
			$errors->add(
				'ttdt_cannot_publish',
				__( 'Your account may not publish items. Submit the item for review; a publisher will publish it once it is approved.', 'ttdt-portal' ),
				array( 'status' => 403 )
			);
			return $errors;
		}
		$approved = $attempt->post_id && 'pending' === $attempt->from_status && Approval::get( $attempt->post_id );
		if ( ! $approved && ! user_can( $user_id, Capabilities::APPROVE ) ) {
			$errors->add(
				'ttdt_not_approved',
				__( 'The item has not been approved. Ask a moderator to approve it, then publish it.', 'ttdt-portal' ),
				array( 'status' => 403 )
			);
		}
		return $errors;
	}
}
