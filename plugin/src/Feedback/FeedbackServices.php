<?php
/**
 * Builds the services of citizen feedback (Art. 9).
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Settings\Settings;
use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;
use Ttdt\Support\PageView;

/**
 * Wires the feedback pieces to each other, so `Plugin` lists one line for the feature.
 *
 * @since 0.1.0
 */
final class FeedbackServices {

	/**
	 * The feedback services, ready for `register_hooks()`.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings service.
	 * @return Hookable[]
	 */
	public static function create( Settings $settings ): array {
		$repository = new FeedbackRepository();
		$intake     = new FeedbackIntake( $repository, new FeedbackFiles(), new ReceiptMail() );
		$lookup     = new FeedbackLookup( $repository );
		// REST controllers: built when REST starts, not on every page view (issue 10).
		LazyServices::on(
			'rest_api_init',
			static fn(): array => array(
				new SubmissionController( $intake, $lookup ),
				new FeedbackStaffController( $intake, $repository ),
			)
		);

		$services = array(
			new FeedbackForm( $intake ),
			new FeedbackPrivacy( $repository, new FeedbackPersonalData( $repository ), $settings ),
			new QaPostType(),
		);
		// Admin screens, print pages and their handlers: left out of public page views.
		if ( ! PageView::is_current() ) {
			$services[] = new StaffEntryScreen( $intake );
		}
		return $services;
	}
}
