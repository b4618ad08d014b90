<?php
/**
 * Builds the editorial plan feature's services (Art. 6.3.1).
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Quota\WeeklyQuota;
use Ttdt\Settings\Settings;
use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;
use Ttdt\Support\PageView;

/**
 * The one place the plan services are created, so `Plugin` wires the feature in one line.
 *
 * @since 0.1.0
 */
final class PlanServices {

	/**
	 * The services of the feature.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings    $settings Portal settings (names on the printed plan).
	 * @param WeeklyQuota $quota    The weekly quota (shown beside the progress).
	 * @return Hookable[]
	 */
	public static function create( Settings $settings, WeeklyQuota $quota ): array {
		$plans = new PlanRepository();
		// REST controllers: built when REST starts, not on every page view (issue 10).
		LazyServices::on(
			'rest_api_init',
			static fn(): array => array(
				new PlansController( $plans ),
				new TopicsController( $plans ),
				new ProgressController( $plans, $quota ),
			)
		);
		$services = array(
			new TopicLink( $plans ),
		);
		// Admin screens, print pages and their handlers: left out of public page views.
		if ( ! PageView::is_current() ) {
			$services[] = new PlanPrint( $settings, $plans );
		}
		return $services;
	}
}
