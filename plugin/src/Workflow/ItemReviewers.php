<?php
/**
 * Who may review an item: the people a writer is told about after submitting.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use WP_Post;

/**
 * The moderators and publishers who may approve or return one item, by name. The same meta
 * capability that guards the approval decides (so a writer who is also a moderator is never
 * named for their own item); the editor only prints the list.
 *
 * @since 0.1.0
 */
final class ItemReviewers {

	/**
	 * Most names given: a commune's board has a handful of reviewers.
	 *
	 * @var int
	 */
	private const LIMIT = 20;

	/**
	 * Accounts holding the approval capability, read once per request.
	 *
	 * @var array<int, string>|null ID => display name.
	 */
	private ?array $candidates = null;

	/**
	 * The people who may review the item now.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post The item.
	 * @return array<int, array{id: int, name: string}>
	 */
	public function of( WP_Post $post ): array {
		$reviewers = array();
		foreach ( $this->candidates() as $user_id => $name ) {
			if ( user_can( $user_id, Capabilities::REVIEW_POST, $post->ID ) ) {
				$reviewers[] = array(
					'id'   => $user_id,
					'name' => $name,
				);
			}
		}
		return $reviewers;
	}

	/**
	 * Accounts that hold the approval capability.
	 *
	 * @return array<int, string>
	 */
	private function candidates(): array {
		if ( null === $this->candidates ) {
			$this->candidates = array();
			$users            = get_users(
				array(
					'capability' => Capabilities::APPROVE,
					'number'     => self::LIMIT,
					'orderby'    => 'display_name',
					'fields'     => array( 'ID', 'display_name' ),
				)
			);
			foreach ( $users as $user ) {
				$this->candidates[ (int) $user->ID ] = (string) $user->display_name;
			}
		}
		return $this->candidates;
	}
}
