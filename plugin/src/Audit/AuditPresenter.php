<?php
/**
 * Turns audit rows into what people read: names of actions, fields and values.
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use Ttdt\Feedback\InboxSchema;

/**
 * Rows store machine values (`post.publish`, `ttdt_updater`, `2024-03-15`) so they stay
 * meaningful whatever the reader's language; this class names them in the reader's language
 * for the screen and the CSV export alike.
 *
 * @since 0.1.0
 */
final class AuditPresenter {

	/**
	 * Action => name, for the actions the plugin records itself.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function action_labels(): array {
		return array(
			'post.publish'              => __( 'Published', 'ttdt-portal' ),
			'post.schedule'             => __( 'Scheduled for publication', 'ttdt-portal' ),
			'post.unpublish'            => __( 'Unpublished', 'ttdt-portal' ),
			'post.trash'                => __( 'Moved to the trash', 'ttdt-portal' ),
			'post.restore'              => __( 'Restored from the trash', 'ttdt-portal' ),
			'post.delete'               => __( 'Deleted permanently', 'ttdt-portal' ),
			'post.publish_blocked'      => __( 'Publication refused', 'ttdt-portal' ),
			'post.edit'                 => __( 'Item edited', 'ttdt-portal' ),
			'term.create'               => __( 'Category or tag created', 'ttdt-portal' ),
			'term.edit'                 => __( 'Category or tag renamed or changed', 'ttdt-portal' ),
			'term.delete'               => __( 'Category or tag deleted', 'ttdt-portal' ),
			'workflow.submit'           => __( 'Submitted for review', 'ttdt-portal' ),
			'workflow.approve'          => __( 'Approved', 'ttdt-portal' ),
			'workflow.return'           => __( 'Returned for changes', 'ttdt-portal' ),
			'workflow.reject'           => __( 'Rejected', 'ttdt-portal' ),
			'workflow.publish'          => __( 'Published after approval', 'ttdt-portal' ),
			'workflow.receipt'          => __( 'Receipt recorded', 'ttdt-portal' ),
			'receipt.change'            => __( 'Receipt date or channel changed', 'ttdt-portal' ),
			'workflow.withdraw'         => __( 'Approval withdrawn', 'ttdt-portal' ),
			'workflow.reopen'           => __( 'Reopened for changes', 'ttdt-portal' ),
			'workflow.approve_override' => __( 'Approved by administrator override', 'ttdt-portal' ),
			'user.role'                 => __( 'Permission level changed', 'ttdt-portal' ),
			'user.delete'               => __( 'Account deleted', 'ttdt-portal' ),
			'user.sessions_end'         => __( 'All sessions ended', 'ttdt-portal' ),
			'incident.report'           => __( 'Incident reported', 'ttdt-portal' ),
			'incident.state'            => __( 'Incident report moved on', 'ttdt-portal' ),
			'incident.note'             => __( 'Note added to an incident report', 'ttdt-portal' ),
			'board.update'              => __( 'Board appointment changed', 'ttdt-portal' ),
			'settings.update'           => __( 'Settings changed', 'ttdt-portal' ),
			'quota.reminders'           => __( 'Quota reminders sent', 'ttdt-portal' ),
			'auth.login'                => __( 'Logged in', 'ttdt-portal' ),
			'auth.login_failed'         => __( 'Failed login', 'ttdt-portal' ),
			'auth.logout'               => __( 'Logged out', 'ttdt-portal' ),
			'archive.export'            => __( 'Archive package created', 'ttdt-portal' ),
			'archive.restore'           => __( 'Archive package restored', 'ttdt-portal' ),
			'confidential.mark'         => __( 'Marked confidential', 'ttdt-portal' ),
			'confidential.unmark'       => __( 'Confidentiality mark removed', 'ttdt-portal' ),
			'draft_comment.status'      => __( 'Comment on a draft handled', 'ttdt-portal' ),
			'plan.created'              => __( 'Editorial plan created', 'ttdt-portal' ),
			'plan.submitted'            => __( 'Editorial plan submitted for approval', 'ttdt-portal' ),
			'plan.approved'             => __( 'Editorial plan approved', 'ttdt-portal' ),
			'plan.returned'             => __( 'Editorial plan returned to draft', 'ttdt-portal' ),
			'plan.deleted'              => __( 'Editorial plan deleted', 'ttdt-portal' ),
			'royalty.rules'             => __( 'Royalty rules changed', 'ttdt-portal' ),
			'royalty.line_added'        => __( 'Royalty line added', 'ttdt-portal' ),
			'royalty.line_adjusted'     => __( 'Royalty line adjusted', 'ttdt-portal' ),
			'royalty.period_finalised'  => __( 'Royalty month finalised', 'ttdt-portal' ),
			'royalty.period_paid'       => __( 'Royalty month paid', 'ttdt-portal' ),
			'report.notes'              => __( 'Report notes changed', 'ttdt-portal' ),
		) + self::feedback_action_labels();
	}

	/**
	 * Names of the feedback desk's actions: its history's event names, said to be of feedback.
	 *
	 * @return array<string, string>
	 */
	private static function feedback_action_labels(): array {
		$labels = array();
		foreach ( InboxSchema::event_labels() as $kind => $label ) {
			/* translators: %s: what happened to a citizen's feedback, e.g. "Forwarded". */
			$labels[ 'feedback.' . $kind ] = sprintf( __( 'Feedback: %s', 'ttdt-portal' ), $label );
		}
		return $labels;
	}

	/**
	 * Name of any action, including workflow steps and actions recorded by extensions.
	 *
	 * @since 0.1.0
	 *
	 * @param string $action Action.
	 * @return string
	 */
	public static function action_label( string $action ): string {
		$labels = self::action_labels();
		if ( isset( $labels[ $action ] ) ) {
			return $labels[ $action ];
		}
		// Steps and events added later (by the plugin or an extension) still read as words.
		$words = static fn( string $name ): string => trim( str_replace( array( '_', '-', '.' ), ' ', $name ) );
		if ( str_starts_with( $action, 'workflow.' ) ) {
			/* translators: %s: name of the workflow step, as recorded. */
			return sprintf( __( 'Workflow step: %s', 'ttdt-portal' ), $words( substr( $action, 9 ) ) );
		}
		if ( str_starts_with( $action, 'post.' ) ) {
			/* translators: %s: name of the event on an item, as recorded. */
			return sprintf( __( 'Item: %s', 'ttdt-portal' ), $words( substr( $action, 5 ) ) );
		}
		return $words( $action );
	}

	/**
	 * Object type => name.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function object_type_labels(): array {
		return array(
			'post'           => _x( 'Item', 'audit object type', 'ttdt-portal' ),
			'user'           => _x( 'Account', 'audit object type', 'ttdt-portal' ),
			'settings'       => _x( 'Portal settings', 'audit object type', 'ttdt-portal' ),
			'quota'          => _x( 'Weekly quota', 'audit object type', 'ttdt-portal' ),
			'category'       => _x( 'Category', 'audit object type', 'ttdt-portal' ),
			'post_tag'       => _x( 'Tag', 'audit object type', 'ttdt-portal' ),
			'draft_comment'  => _x( 'Comment on a draft', 'audit object type', 'ttdt-portal' ),
			'plan'           => _x( 'Editorial plan', 'audit object type', 'ttdt-portal' ),
			'incident'       => _x( 'Incident report', 'audit object type', 'ttdt-portal' ),
			'feedback'       => _x( 'Citizen feedback', 'audit object type', 'ttdt-portal' ),
			'royalty_rules'  => _x( 'Royalty rules', 'audit object type', 'ttdt-portal' ),
			'royalty_line'   => _x( 'Royalty line', 'audit object type', 'ttdt-portal' ),
			'royalty_period' => _x( 'Royalty month', 'audit object type', 'ttdt-portal' ),
			'report'         => _x( 'Report', 'audit object type', 'ttdt-portal' ),
			'archive'        => _x( 'Archive', 'audit object type', 'ttdt-portal' ),
		);
	}

	/**
	 * One row as the REST API returns it.
	 *
	 * @since 0.1.0
	 *
	 * @param object             $row   Table row.
	 * @param array<int, string> $names User ID => current display name.
	 * @return array<string, mixed> Shaped as {@see AuditController::schema()}.
	 */
	public static function present( object $row, array $names = array() ): array {
		$before = self::decode( $row->before_value );
		$after  = self::decode( $row->after_value );
		$type   = (string) $row->object_type;
		return array(
			'id'              => (int) $row->id,
			'occurred_at'     => get_date_from_gmt( (string) $row->occurred_at, 'Y-m-d\TH:i:s' ),
			'occurred_at_gmt' => mysql_to_rfc3339( (string) $row->occurred_at ),
			'user_id'         => (int) $row->user_id,
			'user_login'      => (string) $row->user_login,
			'user_name'       => $names[ (int) $row->user_id ] ?? '',
			'actor'           => self::actor( $row, $names ),
			'ip'              => (string) $row->ip,
			'action'          => (string) $row->action,
			'action_label'    => self::action_label( (string) $row->action ),
			'object_type'     => $type,
			'object_label'    => self::object_type_labels()[ $type ] ?? self::taxonomy_label( $type ),
			'object_id'       => (int) $row->object_id,
			'summary'         => (string) $row->summary,
			'before'          => $before,
			'after'           => $after,
			'changes'         => self::changes( $before, $after, (string) $row->action ),
		);
	}

	/**
	 * The changed fields, named and with readable values.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed>|null $before Before.
	 * @param array<string, mixed>|null $after  After.
	 * @param string                    $action The action that recorded them: some fields and
	 *                                          values are named by it ({@see AuditFieldLabels},
	 *                                          {@see AuditValue::read()}).
	 * @return array<int, array{field: string, label: string, before: string, after: string}>
	 */
	public static function changes( ?array $before, ?array $after, string $action = '' ): array {
		$changes = array();
		foreach ( array_unique( array_merge( array_keys( (array) $before ), array_keys( (array) $after ) ) ) as $field ) {
			$changes[] = array(
				'field'  => (string) $field,
				'label'  => self::field_label( $action, (string) $field ),
				'before' => AuditValue::read( $action, (string) $field, $before[ $field ] ?? null ),
				'after'  => AuditValue::read( $action, (string) $field, $after[ $field ] ?? null ),
			);
		}
		return $changes;
	}

	/**
	 * Current display names of the users who appear in some rows.
	 *
	 * @since 0.1.0
	 *
	 * @param object[] $rows Table rows.
	 * @return array<int, string>
	 */
	public static function names( array $rows ): array {
		$ids = array_values( array_filter( array_unique( array_map( static fn( $row ) => (int) $row->user_id, $rows ) ) ) );
		if ( ! $ids ) {
			return array();
		}
		$names = array();
		foreach ( get_users( array( 'include' => $ids ) ) as $user ) {
			$names[ $user->ID ] = $user->display_name;
		}
		return $names;
	}

	/**
	 * Who acted, as people read it: "Name (login)", the login tried for a failed login, or
	 * "System" for scheduled tasks.
	 *
	 * @param object             $row   Table row.
	 * @param array<int, string> $names User ID => current display name.
	 * @return string
	 */
	private static function actor( object $row, array $names ): string {
		$login = (string) $row->user_login;
		$name  = $names[ (int) $row->user_id ] ?? '';
		if ( '' !== $name && '' !== $login && $name !== $login ) {
			return $name . ' (' . $login . ')';
		}
		if ( '' !== $login ) {
			return $login;
		}
		return '' !== $name ? $name : __( 'System', 'ttdt-portal' );
	}

	/**
	 * Name of a recorded field: the plugin's name for it ({@see AuditFieldLabels}), a
	 * taxonomy's name, or the recorded key.
	 *
	 * @param string $action Action that recorded the field.
	 * @param string $field  Field.
	 * @return string
	 */
	private static function field_label( string $action, string $field ): string {
		return AuditFieldLabels::label( $action, $field ) ?? self::taxonomy_label( $field );
	}

	/**
	 * Name of a taxonomy recorded as a field or object type (categories and tags of an
	 * item), or the recorded name when it is not a taxonomy.
	 *
	 * @param string $name Recorded name.
	 * @return string
	 */
	private static function taxonomy_label( string $name ): string {
		$labels = array(
			'category' => __( 'Categories', 'ttdt-portal' ),
			'post_tag' => __( 'Tags', 'ttdt-portal' ),
		);
		if ( isset( $labels[ $name ] ) ) {
			return $labels[ $name ];
		}
		$taxonomy = get_taxonomy( $name );
		return $taxonomy ? (string) $taxonomy->labels->name : $name;
	}

	/**
	 * Decodes a JSON column.
	 *
	 * @param string|null $json JSON or null.
	 * @return array<string, mixed>|null
	 */
	private static function decode( ?string $json ): ?array {
		if ( null === $json || '' === $json ) {
			return null;
		}
		$value = json_decode( $json, true );
		return is_array( $value ) ? $value : null;
	}
}
