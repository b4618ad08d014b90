<?php
/**
 * Creates the services of a Multisite network.
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;
use Ttdt\Support\PageView;

/**
 * The network's services: set-up of every site, the province-wide settings, the overview.
 * On a single site they are wired too, and do nothing (no network option is read there).
 *
 * @since 0.1.0
 */
final class NetworkServices {

	/**
	 * The services, unregistered.
	 *
	 * @since 0.1.0
	 *
	 * @return Hookable[]
	 */
	public static function create(): array {
		// REST controllers: built when REST starts, not on every page view (issue 10).
		LazyServices::on(
			'rest_api_init',
			static fn(): array => array(
				new NetworkSettingsController(),
				new NetworkOverviewController(),
			)
		);
		$services = array(
			new NetworkSetup(),
			new NetworkSettings(),
			new SiteBoardMeta(),
			new SiteArchiveDir(),
		);
		// The Network Admin screens: never on a public page view.
		if ( ! PageView::is_current() ) {
			$services[] = new NetworkScreen();
			$services[] = new NetworkSettingsScreen();
		}
		return $services;
	}
}
