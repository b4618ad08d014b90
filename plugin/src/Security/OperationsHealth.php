<?php
/**
 * Site Health checks of the audit trail, mail, backups and XML-RPC.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Admin\AdminScreens;
use Ttdt\Archive\ArchiveStore;
use Ttdt\Audit\AuditHealth;
use Ttdt\Audit\AuditTable;
use Ttdt\Settings\SettingsScreen;

/**
 * What keeps the portal accountable and recoverable: an audit log that is written, mail that
 * reaches people, archive packages that are recent, and XML-RPC (a second way in for
 * password guessing) off unless needed.
 *
 * @since 0.1.0
 */
final class OperationsHealth {

	/**
	 * A log without entries this long means events are no longer recorded (a portal's staff
	 * log in every week).
	 *
	 * @var int
	 */
	private const AUDIT_QUIET = 30 * DAY_IN_SECONDS;

	/**
	 * The newest package must be younger than this: a week's schedule and a day's slack.
	 *
	 * @var int
	 */
	private const BACKUP_AGE = 8 * DAY_IN_SECONDS;

	/**
	 * The audit table exists, takes entries, and has recent ones.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function audit(): array {
		global $wpdb;

		$table = $wpdb->prefix . AuditTable::NAME;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a check of the plugin's own table.
		$exists = $table === $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $table ) ) );
		$failed = AuditHealth::failures()['last_at'] > time() - WEEK_IN_SECONDS;
		if ( ! $exists || $failed ) {
			return SecurityHealth::result(
				'ttdt_audit_recent',
				'critical',
				__( 'The audit log cannot be written', 'ttdt-portal' ),
				__( 'The audit table is missing or refused entries this week, so actions on the portal are not recorded. Deactivate and activate the E-information page plugin to create the table, and check the database\'s disk space.', 'ttdt-portal' )
			);
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$newest = (string) $wpdb->get_var( "SELECT MAX(occurred_at) FROM {$table}" );
		$age    = '' !== $newest ? time() - (int) strtotime( $newest . ' UTC' ) : PHP_INT_MAX;
		if ( $age > self::AUDIT_QUIET ) {
			return SecurityHealth::result(
				'ttdt_audit_recent',
				'recommended',
				__( 'The audit log has no recent entries', 'ttdt-portal' ),
				__( 'Nothing was recorded in the audit log for thirty days, although every login is recorded. Check that the E-information page plugin is active and that the audit table takes entries.', 'ttdt-portal' )
			);
		}
		return SecurityHealth::result( 'ttdt_audit_recent', 'good', __( 'The audit log is written and recent', 'ttdt-portal' ), __( 'The audit table takes entries and has recorded events in the last thirty days.', 'ttdt-portal' ) );
	}

	/**
	 * The last mail was handed over.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function mail(): array {
		$last = MailLog::last();
		if ( null === $last ) {
			return SecurityHealth::result( 'ttdt_mail_delivery', 'recommended', __( 'No mail has been sent yet', 'ttdt-portal' ), __( 'Incident reports and approvals are sent by mail, but the site has sent none since the check started. Send a test message (for example, reset a password) to see whether mail is delivered.', 'ttdt-portal' ) );
		}
		if ( ! $last['ok'] ) {
			return SecurityHealth::result(
				'ttdt_mail_delivery',
				'critical',
				__( 'The last mail could not be sent', 'ttdt-portal' ),
				sprintf(
					/* translators: 1: date and time, 2: the mail server's error. */
					__( 'The message of %1$s failed: %2$s. Incident reports will not reach the head of the board: ask the host to fix outgoing mail (SMTP settings).', 'ttdt-portal' ),
					wp_date( 'd/m/Y H:i', $last['at'] ),
					'' !== $last['error'] ? $last['error'] : '—'
				)
			);
		}
		return SecurityHealth::result(
			'ttdt_mail_delivery',
			'good',
			__( 'Mail is being sent', 'ttdt-portal' ),
			sprintf(
				/* translators: %s: date and time. */
				__( 'The last message was handed over to the mail server on %s.', 'ttdt-portal' ),
				wp_date( 'd/m/Y H:i', $last['at'] )
			)
		);
	}

	/**
	 * The newest archive package is recent.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function backups(): array {
		$packages = ( new ArchiveStore() )->all();
		$created  = $packages ? (int) strtotime( (string) $packages[0]['created_at'] ) : 0;
		$action   = SecurityHealth::link( admin_url( 'admin.php?page=' . AdminScreens::page_slug( SettingsScreen::NAME ) ), __( 'Open the portal settings', 'ttdt-portal' ) );
		if ( ! $created ) {
			return SecurityHealth::result( 'ttdt_backups_recent', 'critical', __( 'There is no archive package', 'ttdt-portal' ), __( 'No archive package of the portal has been written, so nothing could be restored after an incident. Turn on the scheduled archive package in the settings, or create one now.', 'ttdt-portal' ), $action );
		}
		$when = wp_date( 'd/m/Y H:i', $created );
		if ( $created < time() - self::BACKUP_AGE ) {
			return SecurityHealth::result(
				'ttdt_backups_recent',
				'critical',
				__( 'The newest archive package is old', 'ttdt-portal' ),
				/* translators: %s: date and time of the newest package. */
				sprintf( __( 'The newest archive package was written on %s, more than a week ago. Check that the scheduled package is on and that WordPress cron runs, or create one now.', 'ttdt-portal' ), $when ),
				$action
			);
		}
		/* translators: %s: date and time of the newest package. */
		return SecurityHealth::result( 'ttdt_backups_recent', 'good', __( 'A recent archive package exists', 'ttdt-portal' ), sprintf( __( 'The newest archive package was written on %s.', 'ttdt-portal' ), $when ) );
	}

	/**
	 * XML-RPC is off, or its state is at least known.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function xmlrpc(): array {
		// Core's own filter, with core's default: what `xmlrpc.php` would answer.
		if ( apply_filters( 'xmlrpc_enabled', true ) ) {
			return SecurityHealth::result( 'ttdt_xmlrpc', 'recommended', __( 'XML-RPC is on', 'ttdt-portal' ), __( 'xmlrpc.php accepts logins, a second door for guessing passwords. The portal does not need it: unless an app of the board publishes through it, turn it off (a security plugin or the host can do this).', 'ttdt-portal' ) );
		}
		return SecurityHealth::result( 'ttdt_xmlrpc', 'good', __( 'XML-RPC is off', 'ttdt-portal' ), __( 'xmlrpc.php does not accept logins, so passwords can only be tried on the login page.', 'ttdt-portal' ) );
	}
}
