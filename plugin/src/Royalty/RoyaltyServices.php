<?php
/**
 * Builds the royalty feature's services (Art. 10).
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use Ttdt\Board\BoardRoster;
use Ttdt\Settings\Settings;
use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;
use Ttdt\Support\PageView;

/**
 * The one place the royalty services are created, so `Plugin` wires the feature in one line.
 *
 * @since 0.1.0
 */
final class RoyaltyServices {

	/**
	 * The services of the feature.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings    $settings Portal settings (names on the printed statement).
	 * @param BoardRoster $roster   The board roster (stipends).
	 * @return Hookable[]
	 */
	public static function create( Settings $settings, BoardRoster $roster ): array {
		// REST controllers: built when REST starts, not on every page view (issue 10).
		LazyServices::on(
			'rest_api_init',
			static fn(): array => array(
				new RulesController(),
				new LedgerController(),
				new ReportController(),
				new PeriodsController( new Stipends( $roster ) ),
			)
		);
		$services = array(
			new ItemPricing(),
			new RoyaltyLanding(),
		);
		// Admin screens, print pages and their handlers: left out of public page views.
		if ( ! PageView::is_current() ) {
			$services[] = new StatementPrint( $settings );
		}
		return $services;
	}
}
