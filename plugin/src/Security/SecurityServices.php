<?php
/**
 * Builds the incident, session and health services.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;
use Ttdt\Support\PageView;

/**
 * One place that wires the security features (Art. 8.2, 13.1, 13.5) for `Plugin::boot()`.
 *
 * @since 0.1.0
 */
final class SecurityServices {

	/**
	 * The services.
	 *
	 * @since 0.1.0
	 *
	 * @return Hookable[]
	 */
	public static function create(): array {
		$incidents = new Incidents( new IncidentMailer() );
		// REST controllers: built when REST starts, not on every page view (issue 10).
		LazyServices::on(
			'rest_api_init',
			static fn(): array => array(
				new IncidentsController( $incidents ),
				new AccountActivityController(),
				new SessionsController(),
			)
		);
		$services = array(
			new IncidentPostType(),
			new IncidentNotice( $incidents ),
			new SessionHygiene(),
			new MailLog(),
			new AccountPrivacy(),
		);
		// The profile screen's sessions and Site Health: admin (and REST) only, not public page views.
		if ( ! PageView::is_current() ) {
			// Log-ins and password resets are the log-in screen's and XML-RPC's, never a page view's.
			array_push( $services, new ProfileSessions(), new SecurityHealth(), new LoginThrottle(), new PasswordResetThrottle() );
		}
		return $services;
	}
}
