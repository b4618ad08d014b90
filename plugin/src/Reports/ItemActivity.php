<?php
/**
 * Items received, approved, returned, published and overdue in a period, in total and per
 * writer, collaborator, unit and channel (Art. 6.3.7, 14).
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditTable;
use Ttdt\Collaborators\CollaboratorPostType;
use Ttdt\Content\ItemTypes;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Workflow\WorkflowMeta;

/**
 * The figures come from where the facts are recorded, not from the items' current state
 * (which forgets a return once the item is resubmitted, and an approval once it is taken
 * offline):
 *
 * - received: the item's receipt date (`ttdt_received_at`, the day that starts the clock)
 *   falls in the period; its channel is `ttdt_received_via`;
 * - approved / returned: `workflow.approve` (or `approve_override`) / `workflow.return`
 *   entries of the audit log in the period, each counted;
 * - published: items with a `post.publish` entry in the period, each counted once;
 * - overdue: items whose approval deadline (from {@see DeadlineTable}) is a day of the period
 *   that has passed, with no approval between the receipt and the deadline.
 *
 * One derived table holds these facts per item (only items received near the period or with
 * an entry in it), and each breakdown is a `GROUP BY` over it. Trashed items are left out.
 *
 * @since 0.1.0
 */
final class ItemActivity {

	/**
	 * Audit actions that approve an item.
	 *
	 * @var string[]
	 */
	private const APPROVALS = array( 'workflow.approve', 'workflow.approve_override' );

	/**
	 * The breakdowns: name => grouping expression and label expression over the facts.
	 *
	 * @var array<string, array{0: string, 1: string}>
	 */
	private const BREAKDOWNS = array(
		'by_writer'       => array( 't.author', 'MAX(t.author_name)' ),
		'by_collaborator' => array( 't.collaborator', 'MAX(t.collaborator_name)' ),
		'by_unit'         => array( 't.unit', 't.unit' ),
		'by_channel'      => array( 't.channel', 't.channel' ),
	);

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
	 * @return array<string, mixed> `totals` and one list of rows per breakdown, each row
	 *                              `{ key, label, received, approved, returned, published, overdue }`.
	 */
	public function report( ReportPeriod $period ): array {
		global $wpdb;

		$facts  = $this->facts( $period );
		$sums   = 'SUM(t.received) AS received, SUM(t.approved) AS approved, SUM(t.returned) AS returned, SUM(t.published) AS published, SUM(t.overdue) AS overdue';
		$totals = $wpdb->get_row( "SELECT {$sums} FROM {$facts} AS t", ARRAY_A ); // phpcs:ignore WordPress.DB -- the facts are prepared in facts().
		$report = array( 'totals' => self::numbers( (array) $totals ) );
		foreach ( self::BREAKDOWNS as $name => list( $key, $label ) ) {
			// Only groups with something to report; the grouping expressions come from the constant above.
			$rows            = $wpdb->get_results( "SELECT {$key} AS k, {$label} AS label, {$sums} FROM {$facts} AS t GROUP BY {$key} HAVING SUM(t.received + t.approved + t.returned + t.published + t.overdue) > 0 ORDER BY received DESC, k", ARRAY_A ); // phpcs:ignore WordPress.DB -- as above.
			$report[ $name ] = array_map(
				static fn( array $row ): array => array(
					'key'   => (string) $row['k'],
					'label' => (string) $row['label'],
				) + self::numbers( $row ),
				(array) $rows
			);
		}
		return $report;
	}

	/**
	 * Approvals and returns each user made in the period (the moderators' share of the work).
	 *
	 * @since 0.1.0
	 *
	 * @param ReportPeriod $period The period.
	 * @return array<int, array{approvals: int, returns: int}> User ID => counts.
	 */
	public function decisions( ReportPeriod $period ): array {
		global $wpdb;

		$rows = $wpdb->get_results( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an aggregate of the plugin's own table.
			$wpdb->prepare(
				"SELECT user_id, SUM(action IN (%s, %s)) AS approvals, SUM(action = 'workflow.return') AS returns
				FROM %i WHERE action IN (%s, %s, 'workflow.return') AND object_type = 'post' AND occurred_at BETWEEN %s AND %s
				GROUP BY user_id",
				self::APPROVALS[0],
				self::APPROVALS[1],
				$wpdb->prefix . AuditTable::NAME,
				self::APPROVALS[0],
				self::APPROVALS[1],
				$period->utc_start(),
				$period->utc_end()
			),
			ARRAY_A
		);
		$decisions = array();
		foreach ( (array) $rows as $row ) {
			$decisions[ (int) $row['user_id'] ] = array(
				'approvals' => (int) $row['approvals'],
				'returns'   => (int) $row['returns'],
			);
		}
		return $decisions;
	}

	/**
	 * The derived table of facts per item.
	 *
	 * @param ReportPeriod $period The period.
	 * @return string SQL.
	 */
	private function facts( ReportPeriod $period ): string {
		global $wpdb;

		$audit     = $wpdb->prefix . AuditTable::NAME;
		$types     = ItemTypes::all();
		$in_types  = implode( ', ', array_map( static fn( string $type ): string => $wpdb->prepare( '%s', $type ), $types ) );
		$start     = $period->utc_start();
		$end       = $period->utc_end();
		$yesterday = current_datetime()->modify( '-1 day' )->format( 'Y-m-d' );
		$last_due  = min( $period->to, $yesterday );
		$offset    = ReportPeriod::offset();
		$look_back = gmdate( 'Y-m-d', (int) strtotime( $period->from . ' UTC' ) - 120 * DAY_IN_SECONDS );

		return '(' . $wpdb->prepare(
			"SELECT p.ID,
				p.post_author AS author,
				COALESCE(w.display_name, '') AS author_name,
				CAST(COALESCE(c.meta_value, 0) AS UNSIGNED) AS collaborator,
				COALESCE(cp.post_title, '') AS collaborator_name,
				COALESCE(cu.meta_value, '') AS unit,
				COALESCE(NULLIF(v.meta_value, ''), 'online') AS channel,
				COALESCE(LEFT(r.meta_value, 10) BETWEEN %s AND %s, 0) AS received,
				(SELECT COUNT(*) FROM %i a WHERE a.object_id = p.ID AND a.object_type = 'post' AND a.action IN (%s, %s) AND a.occurred_at BETWEEN %s AND %s) AS approved,
				(SELECT COUNT(*) FROM %i a WHERE a.object_id = p.ID AND a.object_type = 'post' AND a.action IN (%s, %s) AND a.occurred_at BETWEEN %s AND %s) AS returned,
				((SELECT COUNT(*) FROM %i a WHERE a.object_id = p.ID AND a.object_type = 'post' AND a.action IN (%s, %s) AND a.occurred_at BETWEEN %s AND %s) > 0) AS published,
				COALESCE(dl.deadline BETWEEN %s AND %s AND NOT EXISTS (
					SELECT 1 FROM %i a WHERE a.object_id = p.ID AND a.object_type = 'post' AND a.action IN (%s, %s)
					AND DATE(DATE_ADD(a.occurred_at, INTERVAL %d SECOND)) BETWEEN dl.received AND dl.deadline
				), 0) AS overdue
			FROM %i p
			LEFT JOIN %i r ON r.post_id = p.ID AND r.meta_key = %s
			LEFT JOIN %i v ON v.post_id = p.ID AND v.meta_key = %s
			LEFT JOIN %i c ON c.post_id = p.ID AND c.meta_key = %s AND c.meta_value <> ''
			LEFT JOIN %i cp ON cp.ID = c.meta_value AND cp.post_type = %s
			LEFT JOIN %i cu ON cu.post_id = cp.ID AND cu.meta_key = %s
			LEFT JOIN %i w ON w.ID = p.post_author
			LEFT JOIN ",
			$period->from,
			$period->to,
			$audit,
			self::APPROVALS[0],
			self::APPROVALS[1],
			$start,
			$end,
			$audit,
			'workflow.return',
			'workflow.return',
			$start,
			$end,
			$audit,
			'post.publish',
			'post.publish',
			$start,
			$end,
			$period->from,
			$last_due,
			$audit,
			self::APPROVALS[0],
			self::APPROVALS[1],
			$offset,
			$wpdb->posts,
			$wpdb->postmeta,
			WorkflowMeta::RECEIVED_AT,
			$wpdb->postmeta,
			WorkflowMeta::RECEIVED_VIA,
			$wpdb->postmeta,
			ProvenanceMeta::COLLABORATOR_ID,
			$wpdb->posts,
			CollaboratorPostType::NAME,
			$wpdb->postmeta,
			CollaboratorPostType::META_UNIT,
			$wpdb->users
		) . $this->deadlines->sql( $period ) . ' dl ON dl.received = LEFT(r.meta_value, 10) WHERE p.post_type IN (' . $in_types . ')' . $wpdb->prepare(
			" AND p.post_status NOT IN ('auto-draft', 'trash')
			AND ( LEFT(r.meta_value, 10) BETWEEN %s AND %s
				OR p.ID IN (SELECT a.object_id FROM %i a WHERE a.object_type = 'post' AND a.occurred_at BETWEEN %s AND %s) )",
			$look_back,
			$period->to,
			$audit,
			$start,
			$end
		) . ')';
	}

	/**
	 * The five figures of a row as integers.
	 *
	 * @param array<string, mixed> $row Row.
	 * @return array{received: int, approved: int, returned: int, published: int, overdue: int}
	 */
	private static function numbers( array $row ): array {
		return array(
			'received'  => (int) ( $row['received'] ?? 0 ),
			'approved'  => (int) ( $row['approved'] ?? 0 ),
			'returned'  => (int) ( $row['returned'] ?? 0 ),
			'published' => (int) ( $row['published'] ?? 0 ),
			'overdue'   => (int) ( $row['overdue'] ?? 0 ),
		);
	}
}
