<?php
/**
 * How long approvals took in a period, against the deadline (Art. 8.1, 6.3.7).
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditTable;
use Ttdt\Workflow\WorkflowMeta;

/**
 * Each approval of the period (an audit entry) is measured from the item's receipt date to the
 * local day of the approval, in calendar days, and compared with the deadline of that receipt
 * ({@see DeadlineTable}, the rule and working calendar of the settings). An approval recorded
 * before the current receipt (an earlier round of an item returned and received again) is not
 * a measure of this receipt and is left out, as are items without a receipt.
 *
 * @since 0.1.0
 */
final class ApprovalTimes {

	/**
	 * Deadlines of the receipt dates.
	 *
	 * @var DeadlineTable
	 */
	private DeadlineTable $deadlines;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param DeadlineTable $deadlines Deadlines of the receipt dates.
	 */
	public function __construct( DeadlineTable $deadlines ) {
		$this->deadlines = $deadlines;
	}

	/**
	 * The figures of a period.
	 *
	 * @since 0.1.0
	 *
	 * @param ReportPeriod $period The period.
	 * @return array{measured: int, median_days: float|null, within_deadline: float|null}
	 *         Within the deadline: the share of the measured approvals, 0 to 1.
	 */
	public function report( ReportPeriod $period ): array {
		global $wpdb;

		$offset   = ReportPeriod::offset();
		$measures = $wpdb->prepare(
			'SELECT DATEDIFF(DATE(DATE_ADD(a.occurred_at, INTERVAL %d SECOND)), dl.received) AS days,
				DATE(DATE_ADD(a.occurred_at, INTERVAL %d SECOND)) <= dl.deadline AS in_time
			FROM %i a
			JOIN %i r ON r.post_id = a.object_id AND r.meta_key = %s
			JOIN ',
			$offset,
			$offset,
			$wpdb->prefix . AuditTable::NAME,
			$wpdb->postmeta,
			WorkflowMeta::RECEIVED_AT
		) . $this->deadlines->sql( $period ) . $wpdb->prepare(
			" dl ON dl.received = LEFT(r.meta_value, 10)
			WHERE a.action IN ('workflow.approve', 'workflow.approve_override') AND a.object_type = 'post'
			AND a.occurred_at BETWEEN %s AND %s
			AND DATE(DATE_ADD(a.occurred_at, INTERVAL %d SECOND)) >= dl.received",
			$period->utc_start(),
			$period->utc_end(),
			$offset
		);
		// The median is a window function (MariaDB 10.3.3+), as in the feedback statistics; no
		// aggregate beside it, which would fold the rows first.
		$median = $wpdb->get_var( "SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY m.days) OVER () FROM ({$measures}) AS m LIMIT 1" ); // phpcs:ignore WordPress.DB -- prepared above.
		$counts = $wpdb->get_row( "SELECT COUNT(*) AS measured, AVG(m.in_time) AS in_time FROM ({$measures}) AS m", ARRAY_A ); // phpcs:ignore WordPress.DB -- prepared above.
		$count  = (int) ( $counts['measured'] ?? 0 );

		return array(
			'measured'        => $count,
			'median_days'     => $count && null !== $median ? round( (float) $median, 1 ) : null,
			'within_deadline' => $count ? round( (float) $counts['in_time'], 4 ) : null,
		);
	}
}
