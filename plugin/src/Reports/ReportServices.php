<?php
/**
 * Builds the services of the periodic activity reports.
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

use Ttdt\Board\BoardRoster;
use Ttdt\Quota\WeeklyQuota;
use Ttdt\Settings\Settings;
use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;

/**
 * Wires the report's sections to each other, so `Plugin` lists one line for the feature.
 *
 * @since 0.1.0
 */
final class ReportServices {

	/**
	 * The report's services, ready for `register_hooks()`.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings    $settings Settings service.
	 * @param BoardRoster $roster   The board roster.
	 * @param WeeklyQuota $quota    The weekly quota.
	 * @return Hookable[]
	 */
	public static function create( Settings $settings, BoardRoster $roster, WeeklyQuota $quota ): array {
		$deadlines = new DeadlineTable( $settings );
		$report    = new ActivityReport( new ItemActivity( $deadlines ), new ApprovalTimes( $deadlines ), new QuotaCompliance( $quota ), new FeedbackActivity(), new RoyaltySpending(), $roster );
		// REST controllers: built when REST starts, not on every page view (issue 10).
		LazyServices::on(
			'rest_api_init',
			static fn(): array => array(
				new ReportsController( $report ),
			)
		);
		return array(
			new ReportPrint( $settings, $report ),
		);
	}
}
