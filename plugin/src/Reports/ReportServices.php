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
use Ttdt\Support\PageView;

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
		// Built once, when the print page or REST first needs it.
		$built  = null;
		$report = static function () use ( $settings, $roster, $quota, &$built ): ActivityReport {
			if ( null === $built ) {
				$deadlines = new DeadlineTable( $settings );
				$built     = new ActivityReport( new ItemActivity( $deadlines ), new ApprovalTimes( $deadlines ), new QuotaCompliance( $quota ), new FeedbackActivity(), new RoyaltySpending(), $roster );
			}
			return $built;
		};
		// REST controllers: built when REST starts, not on every page view (issue 10).
		LazyServices::on(
			'rest_api_init',
			static fn(): array => array(
				new ReportsController( $report() ),
			)
		);
		// The print page is the admin's: a public page view builds none of the report's classes.
		if ( PageView::is_current() ) {
			return array();
		}
		return array(
			new ReportPrint( $settings, $report() ),
		);
	}
}
