<?php
/**
 * The approval deadline of every receipt date that matters to a report, as a derived table.
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

use Ttdt\Calendar\Deadline;
use Ttdt\Calendar\WorkCalendar;
use Ttdt\Settings\Settings;
use Ttdt\Workflow\WorkflowMeta;

/**
 * The deadline is not stored (`ItemDeadline` computes it when asked, so a changed rule or a
 * late swap day applies), and the working calendar lives in PHP. A report needs it for many
 * items at once: it is computed once per distinct receipt date (a few hundred a year at most,
 * however many items) and handed to SQL as a derived table `(received, deadline)` that the
 * figures join on, so no item row is read into PHP.
 *
 * @since 0.1.0
 */
final class DeadlineTable {

	/**
	 * Receipts this many days before a period can still fall due in it (the longest rule plus
	 * the longest run of days off, Tết included).
	 *
	 * @var int
	 */
	private const LOOK_BACK_DAYS = 120;

	/**
	 * Settings service.
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings service.
	 */
	public function __construct( Settings $settings ) {
		$this->settings = $settings;
	}

	/**
	 * The derived table of the receipt dates up to the period's end, e.g.
	 * `(SELECT '2026-01-05' AS received, '2026-01-08' AS deadline UNION ALL …)`.
	 *
	 * @since 0.1.0
	 *
	 * @param ReportPeriod $period The period.
	 * @return string SQL, built with `prepare()`; an empty table when no receipt falls in range.
	 */
	public function sql( ReportPeriod $period ): string {
		global $wpdb;

		$earliest = gmdate( 'Y-m-d', (int) strtotime( $period->from . ' UTC' ) - self::LOOK_BACK_DAYS * DAY_IN_SECONDS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an aggregate no API offers: the distinct receipt days.
		$dates = $wpdb->get_col(
			$wpdb->prepare(
				'SELECT DISTINCT LEFT(meta_value, 10) AS d FROM %i WHERE meta_key = %s AND LEFT(meta_value, 10) BETWEEN %s AND %s ORDER BY d',
				$wpdb->postmeta,
				WorkflowMeta::RECEIVED_AT,
				$earliest,
				$period->to
			)
		);
		if ( ! $dates ) {
			return "(SELECT CAST(NULL AS CHAR(10)) AS received, CAST(NULL AS CHAR(10)) AS deadline FROM DUAL WHERE 1 = 0)";
		}
		$deadline = new Deadline( WorkCalendar::from_settings( $this->settings ) );
		$days     = (int) $this->settings->get( 'approval_days' );
		$mode     = (string) $this->settings->get( 'approval_day_mode' );
		$rows     = array();
		foreach ( $dates as $date ) {
			$rows[] = $wpdb->prepare( 'SELECT %s AS received, %s AS deadline', $date, $deadline->calculate( $date, $days, $mode )['deadline'] );
		}
		return '(' . implode( ' UNION ALL ', $rows ) . ')';
	}
}
