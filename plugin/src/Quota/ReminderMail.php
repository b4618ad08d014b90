<?php
/**
 * The e-mail that reminds a board member of the weekly quota.
 *
 * @package Ttdt
 */

namespace Ttdt\Quota;

defined( 'ABSPATH' ) || exit;

use DateTimeImmutable;
use WP_User;

/**
 * Written in the member's own language, with the week and the count, so it reads as a note
 * from the standing office rather than a system alert.
 *
 * @since 0.1.0
 */
final class ReminderMail {

	/**
	 * Sends the reminder to one member.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_User           $member    Board member.
	 * @param int               $published Items published so far this week.
	 * @param int               $quota     Items required per week.
	 * @param DateTimeImmutable $monday    Start of the week.
	 * @return bool Whether the mail was handed over.
	 */
	public static function send( WP_User $member, int $published, int $quota, DateTimeImmutable $monday ): bool {
		if ( ! is_email( $member->user_email ) ) {
			return false;
		}
		$switched = switch_to_user_locale( $member->ID );

		$subject = sprintf(
			/* translators: 1: items published this week, 2: items required per week. */
			__( 'Reminder: %1$d of %2$d items published this week', 'ttdt-portal' ),
			$published,
			$quota
		);
		$body = sprintf(
			/* translators: 1: member's name, 2: items required per week, 3: first day of the week (dd/mm/yyyy), 4: last day of the week, 5: items published so far, 6: link to write a new item. */
			__( "Dear %1\$s,\n\nUnder the regulation of the e-information page (Article 8), each member of the editorial board must have at least %2\$d item(s) published per week. For the week from %3\$s to %4\$s you have %5\$d so far.\n\nPlease send your item before Sunday: %6\$s\n\nThe standing office of the editorial board", 'ttdt-portal' ),
			$member->display_name,
			$quota,
			$monday->format( 'd/m/Y' ),
			QuotaWeek::end( $monday )->format( 'd/m/Y' ),
			$published,
			admin_url( 'post-new.php' )
		);
		$sent = wp_mail( $member->user_email, $subject, $body );

		if ( $switched ) {
			restore_previous_locale();
		}
		return $sent;
	}
}
