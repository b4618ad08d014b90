<?php
/**
 * Records content, workflow, board and settings events in the audit log (Art. 7.1, 8.2).
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use Ttdt\Board\BoardRoster;
use Ttdt\Publishing\PublishAttempt;
use Ttdt\Publishing\PublishGate;
use Ttdt\Quota\QuotaReminder;
use Ttdt\Support\WriteSide;
use WP_Error;
use WP_Post;

/**
 * Listens to the events that change what the public sees or who may change it, whichever
 * screen or API caused them. Accounts and logins are recorded by {@see AccountRecorder}.
 *
 * @since 0.1.0
 */
final class AuditRecorder implements WriteSide {

	/**
	 * Action through which other code records an event: `do_action( 'ttdt_audit_record',
	 * $action, $object_type, $object_id, $summary, $before, $after )`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RECORD_ACTION = 'ttdt_audit_record';

	/**
	 * Action the approval workflow fires on each step.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const WORKFLOW_ACTION = 'ttdt_workflow_transition';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'transition_post_status', array( $this, 'post_status' ), 10, 3 );
		add_action( 'before_delete_post', array( $this, 'post_deleted' ), 10, 2 );
		add_action( PublishGate::BLOCKED_ACTION, array( $this, 'publish_blocked' ), 10, 2 );
		add_action( self::WORKFLOW_ACTION, array( $this, 'workflow' ), 10, 6 );
		add_action( BoardRoster::UPDATED_ACTION, array( $this, 'board' ), 10, 3 );
		add_action( 'ttdt_settings_updated', array( $this, 'settings' ), 10, 2 );
		add_action( 'ttdt_quota_reminders_sent', array( $this, 'reminders' ), 10, 2 );
		add_action( self::RECORD_ACTION, array( $this, 'record' ), 10, 6 );
	}

	/**
	 * Records an event given by other code.
	 *
	 * @since 0.1.0
	 *
	 * @param string                    $action      `<area>.<verb>`.
	 * @param string                    $object_type Kind of object.
	 * @param int                       $object_id   Object ID.
	 * @param string                    $summary     Object's name at the time.
	 * @param array<string, mixed>|null $before      Changed fields before.
	 * @param array<string, mixed>|null $after       Changed fields after.
	 */
	public function record( $action, $object_type = '', $object_id = 0, $summary = '', $before = null, $after = null ): void {
		AuditLog::append(
			new AuditEntry(
				sanitize_text_field( (string) $action ),
				sanitize_key( (string) $object_type ),
				(int) $object_id,
				sanitize_text_field( (string) $summary ),
				is_array( $before ) ? $before : null,
				is_array( $after ) ? $after : null
			)
		);
	}

	/**
	 * Publishing, scheduling, unpublishing, trashing and restoring of guarded items. Other
	 * status changes (draft ↔ pending) are workflow steps, recorded from the workflow.
	 *
	 * @since 0.1.0
	 *
	 * @param string  $new_status New status.
	 * @param string  $old_status Old status.
	 * @param WP_Post $post       Item.
	 */
	public function post_status( $new_status, $old_status, $post ): void {
		if ( $new_status === $old_status || ! $post instanceof WP_Post || ! in_array( $post->post_type, PublishGate::post_types(), true ) ) {
			return;
		}
		$live = array( 'publish', 'future' );
		if ( 'publish' === $new_status ) {
			$action = 'post.publish';
		} elseif ( 'future' === $new_status ) {
			$action = 'post.schedule';
		} elseif ( 'trash' === $new_status ) {
			$action = 'post.trash';
		} elseif ( 'trash' === $old_status ) {
			$action = 'post.restore';
		} elseif ( in_array( $old_status, $live, true ) ) {
			$action = 'post.unpublish';
		} else {
			return;
		}
		$this->append_post( $action, $post, array( 'status' => $old_status ), array( 'status' => $new_status ) );
	}

	/**
	 * Permanent deletion of a guarded item.
	 *
	 * @since 0.1.0
	 *
	 * @param int          $post_id Item ID.
	 * @param WP_Post|null $post    Item.
	 */
	public function post_deleted( $post_id, $post = null ): void {
		$post = $post instanceof WP_Post ? $post : get_post( (int) $post_id );
		if ( ! $post instanceof WP_Post || ! in_array( $post->post_type, PublishGate::post_types(), true ) || 'auto-draft' === $post->post_status ) {
			return;
		}
		$this->append_post( 'post.delete', $post, array( 'status' => $post->post_status ), null );
	}

	/**
	 * An attempt to publish that a rule refused (e.g. no source or writer, Art. 7.1).
	 *
	 * @since 0.1.0
	 *
	 * @param PublishAttempt $attempt What was about to be published.
	 * @param WP_Error       $errors  Why not.
	 */
	public function publish_blocked( $attempt, $errors ): void {
		if ( ! $attempt instanceof PublishAttempt || ! $errors instanceof WP_Error ) {
			return;
		}
		AuditLog::append(
			new AuditEntry(
				'post.publish_blocked',
				'post',
				$attempt->post_id,
				$attempt->field( 'post_title' ),
				array( 'status' => $attempt->from_status ),
				array( 'reasons' => $errors->get_error_messages() )
			)
		);
	}

	/**
	 * A step of the approval workflow: submit, approve, return, publish…
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id    Item ID.
	 * @param string $action     Step name.
	 * @param string $from_state State before.
	 * @param string $to_state   State after.
	 * @param int    $user_id    Who took the step.
	 * @param string $note       The reviewer's note, if any.
	 */
	public function workflow( $post_id, $action, $from_state, $to_state, $user_id = 0, $note = '' ): void {
		$after = array( 'state' => (string) $to_state );
		if ( '' !== (string) $note ) {
			$after['note'] = (string) $note;
		}
		$entry = new AuditEntry( 'workflow.' . sanitize_key( (string) $action ), 'post', (int) $post_id, (string) get_the_title( (int) $post_id ), array( 'state' => (string) $from_state ), $after );
		if ( $user_id ) {
			$entry->by( get_userdata( (int) $user_id ) ?: null );
		}
		AuditLog::append( $entry );
	}

	/**
	 * A change of a member's board position, appointing decision or term.
	 *
	 * @since 0.1.0
	 *
	 * @param int                   $user_id Member.
	 * @param array<string, string> $after   Changed fields after.
	 * @param array<string, string> $before  The same fields before.
	 */
	public function board( $user_id, $after, $before ): void {
		$user = get_userdata( (int) $user_id );
		AuditLog::append( new AuditEntry( 'board.update', 'user', (int) $user_id, $user ? $user->user_login : '', (array) $before, (array) $after ) );
	}

	/**
	 * A change of the portal settings: only the keys whose value changed.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $next   Settings after.
	 * @param array<string, mixed> $before Settings before.
	 */
	public function settings( $next, $before ): void {
		$old    = array();
		$new    = array();
		$next   = (array) $next;
		$before = (array) $before;
		foreach ( array_unique( array_merge( array_keys( $before ), array_keys( $next ) ) ) as $key ) {
			$was = $before[ $key ] ?? null;
			$is  = $next[ $key ] ?? null;
			if ( wp_json_encode( $was ) !== wp_json_encode( $is ) ) {
				$old[ $key ] = $was;
				$new[ $key ] = $is;
			}
		}
		if ( $new ) {
			AuditLog::append( new AuditEntry( 'settings.update', 'settings', 0, implode( ', ', array_keys( $new ) ), $old, $new ) );
		}
	}

	/**
	 * Quota reminders sent (by the weekly run or by hand).
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array<string, mixed>> $reminded Members reminded.
	 * @param string                           $monday   First day of the week.
	 */
	public function reminders( $reminded, $monday ): void {
		$entry = new AuditEntry( 'quota.reminders', 'quota', 0, (string) $monday, null, array( 'members' => wp_list_pluck( (array) $reminded, 'name' ) ) );
		if ( wp_doing_cron() || doing_action( QuotaReminder::HOOK ) ) {
			$entry->by( null );
		}
		AuditLog::append( $entry );
	}

	/**
	 * Appends an event on an item, by the current user (the system when run by cron).
	 *
	 * @param string                    $action Action.
	 * @param WP_Post                   $post   Item.
	 * @param array<string, mixed>|null $before Before.
	 * @param array<string, mixed>|null $after  After.
	 */
	private function append_post( string $action, WP_Post $post, ?array $before, ?array $after ): void {
		AuditLog::append( new AuditEntry( $action, 'post', $post->ID, $post->post_title, $before, $after ) );
	}
}
