<?php
/**
 * The last line of defence of the publish gate: a live item must satisfy every rule on the
 * values it has stored.
 *
 * @package Ttdt
 */

namespace Ttdt\Publishing;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\WriteSide;
use WP_Error;
use WP_Post;

/**
 * The gate's checks before a save judge what the save says it will store. Some paths publish
 * without passing them (`wp_publish_post()` called by a plugin or custom code, which writes the
 * status directly) and a save can store less than it claimed. So once a save is complete, when
 * its meta is stored (`wp_after_insert_post`, which core also fires from `wp_publish_post()`),
 * an item that is live is judged again on its stored values; one that fails a rule is put back
 * (to private if it was private, else to draft), and the person saving is told, its writer is
 * e-mailed and the audit log records why. An item that went live without that action firing
 * (code that writes the status and only fires `transition_post_status`) is judged at shutdown.
 *
 * @since 0.1.0
 */
final class StoredItemGuard implements WriteSide {

	/**
	 * Live statuses.
	 *
	 * @var string[]
	 */
	private const LIVE_STATUSES = array( 'publish', 'future' );

	/**
	 * Items that went live in this request and were not judged yet: ID => status before.
	 *
	 * @var array<int, string>
	 */
	private array $pending = array();

	/**
	 * Reasons for the items put back in this request, by ID (for the REST answer).
	 *
	 * @var array<int, WP_Error>
	 */
	private array $reverted = array();

	/**
	 * Whether the guard is itself changing an item's status.
	 *
	 * @var bool
	 */
	private bool $reverting = false;

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'transition_post_status', array( $this, 'note_transition' ), 10, 3 );
		// After the workflow and other listeners have recorded the save.
		add_action( 'wp_after_insert_post', array( $this, 'after_save' ), 100, 4 );
		add_filter( 'rest_request_after_callbacks', array( $this, 'rest_answer' ), 10, 3 );
		add_action( 'shutdown', array( $this, 'judge_pending' ) );
	}

	/**
	 * Remembers an item that went live, with its status before.
	 *
	 * @since 0.1.0
	 *
	 * @param string  $new_status New status.
	 * @param string  $old_status Old status.
	 * @param WP_Post $post       The item.
	 */
	public function note_transition( $new_status, $old_status, $post ): void {
		if ( $this->reverting || ! $post instanceof WP_Post || ! self::guards( $post )
			|| ! in_array( $new_status, self::LIVE_STATUSES, true ) || in_array( $old_status, self::LIVE_STATUSES, true ) ) {
			return;
		}
		if ( ! isset( $this->pending[ $post->ID ] ) ) {
			$this->pending[ $post->ID ] = (string) $old_status;
		}
	}

	/**
	 * Judges a live item once its save is complete.
	 *
	 * @since 0.1.0
	 *
	 * @param int          $post_id Post ID.
	 * @param WP_Post      $post    The item after the save.
	 * @param bool         $update  Whether an existing item was updated.
	 * @param WP_Post|null $before  The item before the save.
	 */
	public function after_save( $post_id, $post, $update = false, $before = null ): void {
		$post_id = (int) $post_id;
		$from    = $this->pending[ $post_id ] ?? ( $before instanceof WP_Post ? $before->post_status : 'new' );
		unset( $this->pending[ $post_id ] );
		if ( ! $this->reverting ) {
			$this->judge( $post_id, $from );
		}
	}

	/**
	 * Judges the items that went live without a completed save in this request.
	 *
	 * @since 0.1.0
	 */
	public function judge_pending(): void {
		foreach ( $this->pending as $post_id => $from ) {
			unset( $this->pending[ $post_id ] );
			$this->judge( (int) $post_id, $from );
		}
	}

	/**
	 * Turns the REST answer of a save whose item was put back into the gate's refusal, so the
	 * client is not told the item is live.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed            $response Response.
	 * @param array            $handler  Route handler.
	 * @param \WP_REST_Request $request  Request.
	 * @return mixed
	 */
	public function rest_answer( $response, $handler, $request ) {
		$this->judge_pending();
		if ( ! $this->reverted || is_wp_error( $response ) ) {
			return $response;
		}
		$errors = new WP_Error();
		foreach ( $this->reverted as $reasons ) {
			$errors->merge_from( $reasons );
		}
		$this->reverted = array();
		return PublishGate::as_response_error( $errors );
	}

	/**
	 * Judges an item on its stored values and puts it back if it breaks a rule.
	 *
	 * @param int    $post_id Post ID.
	 * @param string $from    Status before it went live (or before the save).
	 */
	private function judge( int $post_id, string $from ): void {
		clean_post_cache( $post_id );
		$post = get_post( $post_id );
		if ( ! $post instanceof WP_Post || ! self::guards( $post ) || ! in_array( $post->post_status, self::LIVE_STATUSES, true ) ) {
			return;
		}
		$via     = wp_doing_cron() ? 'cron' : ( defined( 'REST_REQUEST' ) && REST_REQUEST ? 'rest' : 'admin' );
		$attempt = new PublishAttempt( $via, $post->ID, $post->to_array(), $from );
		$errors  = PublishGate::errors_for( $attempt );
		if ( ! $errors->has_errors() ) {
			return;
		}

		$this->reverting = true;
		wp_update_post(
			array(
				'ID'          => $post->ID,
				'post_status' => 'private' === $from ? 'private' : 'draft',
			)
		);
		$this->reverting            = false;
		$this->reverted[ $post->ID ] = $errors;

		BlockedNotice::remember( get_current_user_id(), $errors );
		do_action( PublishGate::BLOCKED_ACTION, $attempt, $errors );
		BlockedItemMailer::taken_off( get_post( $post->ID ) ?? $post, $errors );
	}

	/**
	 * Whether the gate guards the item's type.
	 *
	 * @param WP_Post $post The item.
	 * @return bool
	 */
	private static function guards( WP_Post $post ): bool {
		return in_array( $post->post_type, PublishGate::post_types(), true );
	}
}
