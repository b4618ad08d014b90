<?php
/**
 * The periodic activity report to the chairman (Art. 6.3.7, 14): every section in one array.
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

use Ttdt\Board\BoardPosition;
use Ttdt\Board\BoardRoster;

/**
 * Puts the sections together, each computed in SQL by its own class, and lays the writers'
 * figures and the approvals each made side by side for every board member (Art. 14: each
 * person's contribution), members with nothing to show included.
 *
 * @since 0.1.0
 */
final class ActivityReport {

	/**
	 * Items.
	 *
	 * @var ItemActivity
	 */
	private ItemActivity $items;

	/**
	 * Approval times.
	 *
	 * @var ApprovalTimes
	 */
	private ApprovalTimes $times;

	/**
	 * Weekly quota.
	 *
	 * @var QuotaCompliance
	 */
	private QuotaCompliance $quota;

	/**
	 * Feedback.
	 *
	 * @var FeedbackActivity
	 */
	private FeedbackActivity $feedback;

	/**
	 * Royalties.
	 *
	 * @var RoyaltySpending
	 */
	private RoyaltySpending $royalties;

	/**
	 * The board roster.
	 *
	 * @var BoardRoster
	 */
	private BoardRoster $roster;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ItemActivity     $items     Items.
	 * @param ApprovalTimes    $times     Approval times.
	 * @param QuotaCompliance  $quota     Weekly quota.
	 * @param FeedbackActivity $feedback  Feedback.
	 * @param RoyaltySpending  $royalties Royalties.
	 * @param BoardRoster      $roster    The board roster.
	 */
	public function __construct( ItemActivity $items, ApprovalTimes $times, QuotaCompliance $quota, FeedbackActivity $feedback, RoyaltySpending $royalties, BoardRoster $roster ) {
		$this->items     = $items;
		$this->times     = $times;
		$this->quota     = $quota;
		$this->feedback  = $feedback;
		$this->royalties = $royalties;
		$this->roster    = $roster;
	}

	/**
	 * The report of a period, shaped as {@see ReportSchema::schema()}.
	 *
	 * @since 0.1.0
	 *
	 * @param ReportPeriod $period The period.
	 * @return array<string, mixed>
	 */
	public function build( ReportPeriod $period ): array {
		$items = $this->items->report( $period );
		$notes = ReportNotes::get( $period->key );
		return array(
			'period'     => $period->key,
			'from'       => $period->from,
			'to'         => $period->to,
			'name'       => $period->name(),
			'items'      => $items['totals'],
			'by_member'  => $this->members( $period, $items['by_writer'] ),
			'by_collaborator' => $items['by_collaborator'],
			'by_unit'    => $items['by_unit'],
			'by_channel' => $items['by_channel'],
			'approval'   => $this->times->report( $period ),
			'quota'      => $this->quota->report( $period ),
			'feedback'   => $this->feedback->report( $period ),
			'royalties'  => $this->royalties->report( $period ),
			'narrative'  => $notes['narrative'],
			'proposals'  => $notes['proposals'],
		);
	}

	/**
	 * Every board member's figures: the items they wrote and the decisions they made.
	 *
	 * @param ReportPeriod                      $period  The period.
	 * @param array<int, array<string, mixed>> $writers Figures per writer.
	 * @return array<int, array<string, mixed>>
	 */
	private function members( ReportPeriod $period, array $writers ): array {
		$written   = array_column( $writers, null, 'key' );
		$decisions = $this->items->decisions( $period );
		$rows      = array();
		foreach ( $this->roster->members() as $user ) {
			$own    = $written[ (string) $user->ID ] ?? array();
			$rows[] = array(
				'key'       => (string) $user->ID,
				'label'     => $user->display_name,
				'position'  => BoardPosition::label( $this->roster->position( $user->ID ) ),
				'received'  => (int) ( $own['received'] ?? 0 ),
				'approved'  => (int) ( $own['approved'] ?? 0 ),
				'returned'  => (int) ( $own['returned'] ?? 0 ),
				'published' => (int) ( $own['published'] ?? 0 ),
				'overdue'   => (int) ( $own['overdue'] ?? 0 ),
				'approvals' => $decisions[ $user->ID ]['approvals'] ?? 0,
				'returns'   => $decisions[ $user->ID ]['returns'] ?? 0,
			);
		}
		return $rows;
	}
}
