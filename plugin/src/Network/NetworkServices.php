<?php
/**
 * Creates the services of a Multisite network.
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

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
		return array(
			new NetworkSetup(),
			new NetworkSettings(),
			new NetworkSettingsController(),
			new SiteBoardMeta(),
			new SiteArchiveDir(),
			new NetworkOverviewController(),
			new NetworkScreen(),
			new NetworkSettingsScreen(),
		);
	}
}
