<?php
/**
 * Tells the head of a new incident report.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreens;
use Ttdt\Board\BoardMeta;
use Ttdt\Board\BoardPosition;
use Ttdt\Settings\DateFormats;
use WP_User;

/**
 * Staff must report a suspected leak to the head (Art. 8.2): the report is mailed at once to
 * everyone who handles incidents, one message per language (composed in it), the way the
 * workflow's mail is sent.
 *
 * @since 0.1.0
 */
final class IncidentMailer {

	/**
	 * Users who handle incidents: the head of the board and the administrators.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_User[]
	 */
	public static function handlers(): array {
		$candidates = array_merge(
			get_users(
				array(
					'meta_key'   => BoardMeta::POSITION_META, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of users.
					'meta_value' => BoardPosition::HEAD, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of users.
				)
			),
			get_users( array( 'capability' => 'manage_options' ) )
		);
		$handlers = array();
		foreach ( $candidates as $user ) {
			if ( user_can( $user, Capabilities::HANDLE_INCIDENTS ) ) {
				$handlers[ $user->ID ] = $user;
			}
		}
		return array_values( $handlers );
	}

	/**
	 * Mails a new report to the handlers (not to its reporter).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $report The report, as {@see Incidents::get()} returns it.
	 * @return int How many people it was handed over for.
	 */
	public function reported( array $report ): int {
		$by_locale = array();
		foreach ( self::handlers() as $user ) {
			if ( $user->ID !== (int) $report['reporter'] && is_email( $user->user_email ) ) {
				$by_locale[ get_user_locale( $user ) ][] = $user->user_email;
			}
		}
		$sent = 0;
		foreach ( $by_locale as $locale => $addresses ) {
			$switched = switch_to_locale( $locale );
			if ( wp_mail( $addresses, self::subject( $report ), self::body( $report ) ) ) {
				$sent += count( $addresses );
			}
			if ( $switched ) {
				restore_previous_locale();
			}
		}
		return $sent;
	}

	/**
	 * Subject line.
	 *
	 * @param array<string, mixed> $report Report.
	 * @return string
	 */
	private static function subject( array $report ): string {
		return sprintf(
			/* translators: 1: site name, 2: kind of incident, 3: short description. */
			__( '[%1$s] Incident report: %2$s – %3$s', 'ttdt-portal' ),
			wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES ),
			IncidentPostType::kind_labels()[ $report['kind'] ] ?? $report['kind'],
			$report['title']
		);
	}

	/**
	 * Plain-text body: what, when, which item or account, who, and the link to the list.
	 *
	 * @param array<string, mixed> $report Report.
	 * @return string
	 */
	private static function body( array $report ): string {
		$item = $report['item_id'] ? get_post( (int) $report['item_id'] ) : null;
		return sprintf(
			/* translators: 1: reporter, 2: description, 3: when it happened, 4: item concerned, 5: account concerned, 6: link to the incident list. */
			__( "%1\$s reported an incident.\n\nWhat happened: %2\$s\nWhen: %3\$s\nItem: %4\$s\nAccount: %5\$s\n\nInvestigate it and record what you do: %6\$s", 'ttdt-portal' ),
			$report['reporter_name'],
			$report['description'],
			self::when( (string) $report['occurred_at'] ),
			$item ? sprintf( '%s (#%d)', wp_specialchars_decode( get_the_title( $item ), ENT_QUOTES ), $item->ID ) : '—',
			'' !== $report['account'] ? $report['account'] : '—',
			admin_url( 'admin.php?page=' . AdminScreens::page_slug( IncidentsScreen::NAME ) )
		);
	}

	/**
	 * When it happened as the plugin writes it, `30/11/2026 14:05`, or a dash when unknown.
	 * The report keeps site time (`Y-m-d\TH:i`), so nothing is converted between zones.
	 *
	 * @param string $occurred_at Site time, `Y-m-d\TH:i`.
	 * @return string
	 */
	private static function when( string $occurred_at ): string {
		if ( '' === $occurred_at ) {
			return '—';
		}
		$time = \DateTimeImmutable::createFromFormat( '!Y-m-d\TH:i', $occurred_at, wp_timezone() );
		return $time ? $time->format( DateFormats::DATE . ' ' . DateFormats::TIME ) : $occurred_at;
	}
}
