<?php
/**
 * Wires the handling side of feedback (the desk): units, inbox, unit links, deadlines.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Settings\Settings;
use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;
use Ttdt\Units\UnitPostType;

/**
 * So `Plugin` lists one line for the desk, as it does for intake (`FeedbackServices`).
 *
 * @since 0.1.0
 */
final class DeskServices {

	/**
	 * The desk's services, ready for `register_hooks()`.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings service.
	 * @return Hookable[]
	 */
	public static function create( Settings $settings ): array {
		$items    = new FeedbackRepository();
		$links    = new UnitLink( $items );
		$deadline = new FeedbackDeadline( $settings, $items );
		$mailer   = new DeskMailer( $settings );
		// REST controllers: built when REST starts, not on every page view (issue 10).
		LazyServices::on(
			'rest_api_init',
			static function () use ( $items, $links, $deadline, $mailer ): array {
				$inbox = new InboxController( $items );
				return array(
					$inbox,
					new HoldersController(),
					new InboxRoutes( new InboxActions( $items, $inbox, $links, $deadline, $mailer, new QaPublisher( $items ) ), $inbox ),
					new StatsController( new FeedbackStats() ),
				);
			}
		);
		return array(
			new UnitPostType(),
			$deadline,
			new FeedbackReminder( $items, $mailer ),
			new UnitAnswerPage( $links, $items, new FeedbackFiles() ),
		);
	}
}
