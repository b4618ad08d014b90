<?php
/**
 * Royalties and fees of a period against the year's budget (Art. 10, 6.3.7).
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

use Ttdt\Royalty\LedgerTotals;
use Ttdt\Royalty\RoyaltyRules;

/**
 * Summed from the ledger's running totals ({@see LedgerTotals}), as the royalty dashboard
 * does: the period's royalties, fees and other lines (stipends, reversals), what of it is
 * paid, and the year's spending up to the end of the period against the annual budget.
 *
 * @since 0.1.0
 */
final class RoyaltySpending {

	/**
	 * The figures of a period.
	 *
	 * @since 0.1.0
	 *
	 * @param ReportPeriod $period The period.
	 * @return array{royalties: int, fees: int, other: int, total: int, paid: int, budget: int, year_to_date: int}
	 */
	public function report( ReportPeriod $period ): array {
		global $wpdb;

		list( $first, $last ) = $period->months();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an aggregate of the plugin's own table.
		$row = (array) $wpdb->get_row(
			$wpdb->prepare(
				"SELECT SUM(IF(period >= %s AND kind = 'royalty', amount, 0)) AS royalties,
					SUM(IF(period >= %s AND kind LIKE 'fee\\_%%', amount, 0)) AS fees,
					SUM(IF(period >= %s, amount, 0)) AS total,
					SUM(IF(period >= %s AND status = 'paid', amount, 0)) AS paid,
					SUM(amount) AS year_to_date
				FROM %i WHERE fiscal_year = %d AND period <= %s",
				$first,
				$first,
				$first,
				$first,
				LedgerTotals::name(),
				$period->year(),
				$last
			),
			ARRAY_A
		);
		$royalties = (int) ( $row['royalties'] ?? 0 );
		$fees      = (int) ( $row['fees'] ?? 0 );
		$total     = (int) ( $row['total'] ?? 0 );
		return array(
			'royalties'    => $royalties,
			'fees'         => $fees,
			'other'        => $total - $royalties - $fees,
			'total'        => $total,
			'paid'         => (int) ( $row['paid'] ?? 0 ),
			'budget'       => (int) RoyaltyRules::for_year( $period->year() )['budget'],
			'year_to_date' => (int) ( $row['year_to_date'] ?? 0 ),
		);
	}
}
