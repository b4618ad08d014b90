<?php
/**
 * How the board members kept the weekly quota over a period (Art. 8.1, 14).
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

use DateTimeImmutable;
use Ttdt\Quota\QuotaWeek;
use Ttdt\Quota\WeeklyQuota;

/**
 * Reads the quota's own weekly counts ({@see WeeklyQuota::report()}, one grouped query) for
 * the weeks whose Monday falls in the period, and counts per member the weeks in office that
 * met the quota. A week counts for a member only while their term covers its Monday.
 *
 * @since 0.1.0
 */
final class QuotaCompliance {

	/**
	 * The weekly quota.
	 *
	 * @var WeeklyQuota
	 */
	private WeeklyQuota $quota;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param WeeklyQuota $quota The weekly quota.
	 */
	public function __construct( WeeklyQuota $quota ) {
		$this->quota = $quota;
	}

	/**
	 * The figures of a period.
	 *
	 * @since 0.1.0
	 *
	 * @param ReportPeriod $period The period.
	 * @return array{quota: int, weeks: int, members: array<int, array{id: int, name: string, position: string, weeks: int, met: int, items: int}>, share: float|null}
	 */
	public function report( ReportPeriod $period ): array {
		$zone  = wp_timezone();
		$first = QuotaWeek::start( new DateTimeImmutable( $period->from, $zone ) );
		if ( $first->format( 'Y-m-d' ) < $period->from ) {
			$first = $first->modify( '+7 days' );
		}
		$last  = QuotaWeek::start( new DateTimeImmutable( $period->to, $zone ) );
		$weeks = max( 0, (int) ( $first->diff( $last )->days / 7 ) + 1 );
		if ( $last < $first ) {
			$weeks = 0;
		}
		$quota = $this->quota->quota();
		if ( ! $weeks ) {
			return array(
				'quota'   => $quota,
				'weeks'   => 0,
				'members' => array(),
				'share'   => null,
			);
		}
		$report  = $this->quota->report( $weeks, $last );
		$members = array();
		$due     = 0;
		$met_all = 0;
		foreach ( $report['members'] as $member ) {
			$in_office = 0;
			$met       = 0;
			$user      = get_userdata( (int) $member['id'] );
			foreach ( $report['weeks'] as $index => $week ) {
				if ( ! $user || ! $this->quota->in_office( $user, $week['start'] ) ) {
					continue;
				}
				++$in_office;
				$met += (int) ( $member['counts'][ $index ] >= max( 1, $quota ) );
			}
			$due      += $in_office;
			$met_all  += $met;
			$members[] = array(
				'id'       => (int) $member['id'],
				'name'     => (string) $member['name'],
				'position' => (string) $member['position_label'],
				'weeks'    => $in_office,
				'met'      => $met,
				'items'    => (int) array_sum( $member['counts'] ),
			);
		}
		return array(
			'quota'   => $quota,
			'weeks'   => $weeks,
			'members' => $members,
			'share'   => $due ? round( $met_all / $due, 4 ) : null,
		);
	}
}
