<?php
/**
 * Withdraws an approval when what it vouched for changes.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\WriteSide;
use WP_Post;

/**
 * An approved item waiting to be published is compared with its approval whenever something
 * of it is stored: the post row, a term, a meta value, the sticky list. Watching the stored
 * values rather than the screens means every path is covered (REST, including meta-only
 * saves, the classic screen, quick and bulk edit, XML-RPC, `wp_set_object_terms()`,
 * `update_post_meta()`). Changes made during one save are judged once, when the save is
 * complete, so the history names every field the save changed.
 *
 * Whoever made the change — writer or moderator — the approval is withdrawn: it was given to
 * the item as it was. The item goes back to "submitted", the moderators are told, and the
 * history and audit log say which fields changed.
 *
 * @since 0.1.0
 */
final class ApprovalGuard implements WriteSide {

	/**
	 * Mailer.
	 *
	 * @var WorkflowMailer
	 */
	private WorkflowMailer $mailer;

	/**
	 * Items whose save is under way: judged when it completes.
	 *
	 * @var array<int, true>
	 */
	private array $saving = array();

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param WorkflowMailer $mailer Mailer.
	 */
	public function __construct( WorkflowMailer $mailer ) {
		$this->mailer = $mailer;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'wp_insert_post_data', array( $this, 'save_started' ), 1, 2 );
		// After `StatusListener` (10), which handles status changes first.
		add_action( 'wp_after_insert_post', array( $this, 'save_completed' ), 20, 1 );
		add_action( 'added_post_meta', array( $this, 'meta_changed' ), 10, 3 );
		add_action( 'updated_post_meta', array( $this, 'meta_changed' ), 10, 3 );
		add_action( 'deleted_post_meta', array( $this, 'meta_changed' ), 10, 3 );
		add_action( 'set_object_terms', array( $this, 'terms_changed' ), 10, 1 );
		add_action( 'update_option_sticky_posts', array( $this, 'sticky_changed' ), 10, 2 );
		add_action( 'shutdown', array( $this, 'save_abandoned' ) );
	}

	/**
	 * Notes that an existing item is being saved.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data    Post data about to be written.
	 * @param array<string, mixed> $postarr Data passed to `wp_insert_post()`.
	 * @return array<string, mixed> The data, unchanged.
	 */
	public function save_started( $data, $postarr ) {
		$post_id = (int) ( $postarr['ID'] ?? 0 );
		if ( $post_id ) {
			$this->saving[ $post_id ] = true;
		}
		return $data;
	}

	/**
	 * Judges an item once its save (post row, terms, meta) is complete.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 */
	public function save_completed( $post_id ): void {
		unset( $this->saving[ (int) $post_id ] );
		$this->verify( (int) $post_id );
	}

	/**
	 * A meta value of an item was stored or removed.
	 *
	 * @since 0.1.0
	 *
	 * @param int|int[] $meta_id   Meta ID(s).
	 * @param int       $object_id Post ID.
	 * @param string    $meta_key  Meta key.
	 */
	public function meta_changed( $meta_id, $object_id, $meta_key ): void {
		if ( is_string( $meta_key ) && ApprovalFingerprint::is_compared( $meta_key ) ) {
			$this->changed( (int) $object_id );
		}
	}

	/**
	 * The terms of an item were set.
	 *
	 * @since 0.1.0
	 *
	 * @param int $object_id Object ID.
	 */
	public function terms_changed( $object_id ): void {
		$this->changed( (int) $object_id );
	}

	/**
	 * Items were pinned to or unpinned from the front page.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $old_value Sticky IDs before.
	 * @param mixed $value     Sticky IDs after.
	 */
	public function sticky_changed( $old_value, $value ): void {
		$old_value = array_map( 'intval', (array) $old_value );
		$value     = array_map( 'intval', (array) $value );
		foreach ( array_merge( array_diff( $old_value, $value ), array_diff( $value, $old_value ) ) as $post_id ) {
			$this->changed( $post_id );
		}
	}

	/**
	 * Judges the items whose save never completed (an error after the row was written).
	 *
	 * @since 0.1.0
	 */
	public function save_abandoned(): void {
		foreach ( array_keys( $this->saving ) as $post_id ) {
			unset( $this->saving[ $post_id ] );
			$this->verify( $post_id );
		}
	}

	/**
	 * Withdraws the approval of an item if it no longer covers the stored item.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return string[] The fields that changed (empty when the approval holds or there is none).
	 */
	public function verify( int $post_id ): array {
		$post = get_post( $post_id );
		if ( ! WorkflowState::applies_to( $post ) || 'pending' !== $post->post_status ) {
			return array();
		}
		$changed = Approval::changed_fields( $post_id );
		if ( $changed ) {
			$this->withdraw( $post, $changed, get_current_user_id() );
		}
		return $changed;
	}

	/**
	 * Withdraws an approval: the item is submitted again, and everyone can see why.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post  $post    The item.
	 * @param string[] $changed Fields that changed.
	 * @param int      $user_id Who changed them (0 for the system).
	 */
	public function withdraw( WP_Post $post, array $changed, int $user_id ): void {
		Approval::clear( $post->ID );
		History::record(
			$post,
			'reopen',
			WorkflowState::APPROVED,
			WorkflowState::SUBMITTED,
			$user_id,
			sprintf(
				/* translators: %s: the fields that changed, e.g. "title, source". */
				__( 'Changed after approval (%s); it must be approved again.', 'ttdt-portal' ),
				ApprovalFingerprint::describe( $changed )
			),
			array( 'fields' => $changed )
		);
		$this->mailer->withdrawn( $post, $user_id, $changed );
	}

	/**
	 * Something of an item changed: judged now, or when its save completes.
	 *
	 * @param int $post_id Post ID.
	 */
	private function changed( int $post_id ): void {
		if ( $post_id && ! isset( $this->saving[ $post_id ] ) ) {
			$this->verify( $post_id );
		}
	}
}
