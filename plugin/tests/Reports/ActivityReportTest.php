<?php
/**
 * The periodic report of a seeded quarter against figures the test computes itself.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Reports;

use Ttdt\Board\BoardMeta;
use Ttdt\Board\BoardRoster;
use Ttdt\Feedback\FeedbackRepository;
use Ttdt\Feedback\FeedbackType;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Quota\WeeklyQuota;
use Ttdt\Reports\ActivityReport;
use Ttdt\Reports\ApprovalTimes;
use Ttdt\Reports\DeadlineTable;
use Ttdt\Reports\FeedbackActivity;
use Ttdt\Reports\ItemActivity;
use Ttdt\Reports\QuotaCompliance;
use Ttdt\Reports\ReportPeriod;
use Ttdt\Reports\RoyaltySpending;
use Ttdt\Royalty\Ledger;
use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;
use Ttdt\Workflow\ApprovalFingerprint;
use Ttdt\Workflow\ApprovalGuard;
use Ttdt\Workflow\ItemDeadline;
use Ttdt\Workflow\Receipt;
use Ttdt\Workflow\StatusListener;
use Ttdt\Workflow\Transitions;
use Ttdt\Workflow\WorkflowMailer;
use Ttdt\Workflow\WorkflowMeta;
use WP_Post;

/**
 * Items go through the real workflow (receipt, submit, approve, return, publish), which writes
 * the meta and the audit entries the report reads. The clock cannot be set, so the test then
 * dates each audit entry (and a return mark) to the day the scenario says it happened, in
 * Hà Nội time. Every date's three-day deadline is a weekday, so the expected deadline is the
 * receipt date plus three days without consulting the calendar.
 */
final class ActivityReportTest extends TestCase {

	/**
	 * The scenario: item => writer, collaborator, channel, receipt, approval, return, publication
	 * (local dates, null when it did not happen). Quarter under test: 2025-Q3.
	 *
	 * @var array<string, array{0: string, 1: string, 2: string, 3: string, 4: ?string, 5: ?string, 6: ?string}>
	 */
	private const ITEMS = array(
		'I1' => array( 'm1', 'c1', 'paper', '2025-07-07', '2025-07-09', null, '2025-07-10' ),
		'I2' => array( 'm1', '', 'email', '2025-07-21', '2025-07-28', '2025-07-15', '2025-07-29' ),
		'I3' => array( 'm2', 'c2', 'online', '2025-08-04', '2025-08-05', null, null ),
		'I4' => array( 'm2', 'c1', 'paper', '2025-09-29', null, null, null ),
		'I5' => array( 'm1', '', 'paper', '2025-06-20', '2025-06-23', null, '2025-06-24' ),
		'I6' => array( 'm2', '', 'email', '2025-10-06', '2025-10-07', null, null ),
		'I7' => array( 'm2', '', 'paper', '2025-06-27', '2025-07-01', null, null ),
		'I8' => array( 'm1', '', 'paper', '2025-09-08', null, null, null ),
	);

	/**
	 * Workflow actions.
	 *
	 * @var Transitions
	 */
	private Transitions $transitions;

	/**
	 * Users by scenario name.
	 *
	 * @var array<string, int>
	 */
	private array $users = array();

	/**
	 * Collaborator records by scenario name.
	 *
	 * @var array<string, int>
	 */
	private array $collaborators = array();

	protected function setUp(): void {
		parent::setUp();
		update_option( 'timezone_string', '' );
		update_option( 'gmt_offset', 7 );
		$settings = new Settings();
		$settings->update(
			array(
				'approval_days'     => 3,
				'approval_day_mode' => 'calendar',
				'weekly_quota'      => 1,
			)
		);
		$mailer   = new WorkflowMailer( new ItemDeadline( $settings ) );
		$receipt  = new Receipt();
		$guard    = new ApprovalGuard( $mailer );
		$listener = new StatusListener( $receipt, $mailer, $guard );
		self::replace_booted( $receipt, $guard, $listener );
		$this->transitions = new Transitions( $listener, $receipt, $mailer );
	}

	/**
	 * The report under test.
	 *
	 * @return ActivityReport
	 */
	private static function reports(): ActivityReport {
		$settings  = new Settings();
		$roster    = new BoardRoster();
		$deadlines = new DeadlineTable( $settings );
		return new ActivityReport( new ItemActivity( $deadlines ), new ApprovalTimes( $deadlines ), new QuotaCompliance( new WeeklyQuota( $settings, $roster ) ), new FeedbackActivity(), new RoyaltySpending(), $roster );
	}

	public function test_the_report_of_a_seeded_quarter_has_the_figures_computed_here(): void {
		$this->seed_people();
		foreach ( self::ITEMS as $name => $item ) {
			$this->seed_item( $name, $item );
		}
		$this->seed_feedback();
		$this->seed_ledger();

		$report = self::reports()->build( ReportPeriod::parse( '2025-Q3' ) );

		$from = '2025-07-01';
		$to   = '2025-09-30';
		$in   = static fn( ?string $day ): bool => null !== $day && $day >= $from && $day <= $to;
		$due  = static fn( array $item ): string => gmdate( 'Y-m-d', strtotime( $item[3] . ' +3 days UTC' ) );
		// Figures per item: received, approved, returned, published, overdue.
		$figures = array();
		foreach ( self::ITEMS as $name => $item ) {
			$late             = null === $item[4] || $item[4] > $due( $item );
			$figures[ $name ] = array(
				'received'  => (int) $in( $item[3] ),
				'approved'  => (int) $in( $item[4] ),
				'returned'  => (int) $in( $item[5] ),
				'published' => (int) $in( $item[6] ),
				'overdue'   => (int) ( $in( $due( $item ) ) && $late ),
			);
		}
		$sum = static function ( callable $which ) use ( $figures ): array {
			$total = array_fill_keys( array( 'received', 'approved', 'returned', 'published', 'overdue' ), 0 );
			foreach ( array_filter( self::ITEMS, $which ) as $name => $item ) {
				foreach ( $figures[ $name ] as $key => $value ) {
					$total[ $key ] += $value;
				}
			}
			return $total;
		};

		$this->assertSame( $sum( static fn() => true ), $report['items'] );
		$this->assertSame( array( 5, 4, 1, 2, 2 ), array_values( $report['items'] ), 'The scenario itself, read by a person.' );

		$members = array_column( $report['by_member'], null, 'key' );
		foreach ( array( 'm1', 'm2' ) as $writer ) {
			$row = $members[ (string) $this->users[ $writer ] ];
			$this->assertSame( $sum( static fn( $item ) => $item[0] === $writer ), array_intersect_key( $row, $figures['I1'] ), $writer );
		}
		$approvals = count( array_filter( self::ITEMS, static fn( $item ) => $in( $item[4] ) ) );
		$this->assertSame( array( $approvals, 1 ), array( $members[ (string) $this->users['head'] ]['approvals'], $members[ (string) $this->users['head'] ]['returns'] ) );

		$collaborators = array_column( $report['by_collaborator'], null, 'key' );
		foreach ( array( 'c1', 'c2' ) as $collaborator ) {
			$row = $collaborators[ (string) $this->collaborators[ $collaborator ] ];
			$this->assertSame( $sum( static fn( $item ) => $item[1] === $collaborator ), array_intersect_key( $row, $figures['I1'] ) );
		}
		$units = array_column( $report['by_unit'], null, 'key' );
		$this->assertSame( $sum( static fn( $item ) => 'c1' === $item[1] ), array_intersect_key( $units['Trường THCS Thanh Chương'], $figures['I1'] ) );
		$channels = array_column( $report['by_channel'], null, 'key' );
		foreach ( array( 'paper', 'email', 'online' ) as $channel ) {
			$this->assertSame( $sum( static fn( $item ) => $item[2] === $channel )['received'], $channels[ $channel ]['received'] ?? 0, $channel );
		}

		// Approval times: days from receipt to approval of the approvals in the quarter.
		$days = array();
		$kept = 0;
		foreach ( self::ITEMS as $item ) {
			if ( $in( $item[4] ) ) {
				$days[] = ( strtotime( $item[4] . ' UTC' ) - strtotime( $item[3] . ' UTC' ) ) / DAY_IN_SECONDS;
				$kept  += (int) ( $item[4] <= $due( $item ) );
			}
		}
		sort( $days );
		$middle = intdiv( count( $days ), 2 );
		$median = 0 === count( $days ) % 2 ? ( $days[ $middle - 1 ] + $days[ $middle ] ) / 2 : $days[ $middle ];
		$this->assertSame( count( $days ), $report['approval']['measured'] );
		$this->assertSame( round( (float) $median, 1 ), $report['approval']['median_days'] );
		$this->assertSame( round( $kept / count( $days ), 4 ), $report['approval']['within_deadline'] );

		// Quota: weeks whose Monday is in the quarter, 7 July to 29 September.
		$weeks = 13;
		$met   = array();
		foreach ( self::ITEMS as $item ) {
			if ( $in( $item[6] ) ) {
				$met[ $item[0] ][ gmdate( 'o-W', strtotime( $item[6] . ' UTC' ) ) ] = true;
			}
		}
		$quota = array_column( $report['quota']['members'], null, 'id' );
		$this->assertSame( $weeks, $report['quota']['weeks'] );
		$this->assertSame( count( $met['m1'] ), $quota[ $this->users['m1'] ]['met'] );
		$this->assertSame( 0, $quota[ $this->users['m2'] ]['met'] );
		$this->assertSame( round( count( $met['m1'] ) / ( 3 * $weeks ), 4 ), $report['quota']['share'] );

		// Feedback: see seed_feedback().
		$this->assertSame( array( 'received' => 3, 'answered' => 2, 'overdue' => 2 ), $report['feedback']['totals'] );
		$types = array_column( $report['feedback']['by_type'], null, 'key' );
		$this->assertSame( array( 2, 2, 1 ), array( $types[ FeedbackType::REPORT ]['received'], $types[ FeedbackType::REPORT ]['answered'], $types[ FeedbackType::REPORT ]['overdue'] ) );

		// Ledger: see seed_ledger().
		$this->assertSame(
			array(
				'royalties'    => 700000,
				'fees'         => 150000,
				'other'        => 0,
				'total'        => 850000,
				'paid'         => 500000,
				'budget'       => 30000000,
				'year_to_date' => 1250000,
			),
			$report['royalties']
		);
	}

	/**
	 * The board (a head who approves, two writing members) and two collaborators.
	 */
	private function seed_people(): void {
		foreach ( array( 'head' => 'head', 'm1' => 'member', 'm2' => 'deputy' ) as $name => $position ) {
			$user                  = self::create_user( 'head' === $name ? 'ttdt_publisher' : 'ttdt_updater' );
			$this->users[ $name ] = $user->ID;
			update_user_meta( $user->ID, BoardMeta::POSITION_META, $position );
		}
		foreach ( array( 'c1' => 'Trường THCS Thanh Chương', 'c2' => 'Đoàn Thanh niên' ) as $name => $unit ) {
			$record = self::create_post( array( 'post_type' => 'ttdt_collaborator', 'post_status' => 'publish', 'post_title' => 'CTV ' . $name ) );
			update_post_meta( $record->ID, 'ttdt_unit', $unit );
			$this->collaborators[ $name ] = $record->ID;
		}
	}

	/**
	 * Puts one item through the workflow, then dates its steps.
	 *
	 * @param string                                                                      $name Name.
	 * @param array{0: string, 1: string, 2: string, 3: string, 4: ?string, 5: ?string, 6: ?string} $item Scenario.
	 */
	private function seed_item( string $name, array $item ): void {
		list( $writer, $collaborator, $via, $received, $approved, $returned, $published ) = $item;
		wp_set_current_user( $this->users[ $writer ] );
		$post = self::create_post(
			array(
				'post_title'  => 'Tin ' . $name,
				'post_status' => 'draft',
				'post_author' => $this->users[ $writer ],
				'post_date'   => ( $published ?? $received ) . ' 09:00:00',
				'meta_input'  => array(
					ProvenanceMeta::SOURCE => 'UBND thị trấn',
					ProvenanceMeta::WRITER => 'Người viết ' . $name,
				) + ( '' !== $collaborator ? array( ProvenanceMeta::COLLABORATOR_ID => $this->collaborators[ $collaborator ] ) : array() ),
			)
		);
		wp_set_current_user( $this->users['head'] );
		$this->assertTrue( $this->transitions->record_receipt( $post, $returned ? '2025-07-14' : $received, $via ) );
		$this->assertTrue( $this->transitions->submit( self::fresh( $post ) ) );
		if ( $returned ) {
			$this->assertTrue( $this->transitions->return_item( self::fresh( $post ), 'Bổ sung ảnh.' ) );
			$this->date_steps( $post->ID, 'workflow.return', $returned );
			update_post_meta( $post->ID, WorkflowMeta::RETURNED, array( 'at' => $returned . 'T09:00:00+07:00' ) + (array) get_post_meta( $post->ID, WorkflowMeta::RETURNED, true ) );
			$this->assertTrue( $this->transitions->record_receipt( self::fresh( $post ), $received, $via ) );
			$this->assertTrue( $this->transitions->submit( self::fresh( $post ) ) );
		}
		$this->assertSame( $received, Receipt::of( $post->ID )['date'] );
		if ( $approved ) {
			$fresh = self::fresh( $post );
			$this->assertTrue( $this->transitions->approve( $fresh, $this->users['head'], '', ApprovalFingerprint::token( ApprovalFingerprint::of_post( $post->ID ) ) ) );
			$this->date_steps( $post->ID, 'workflow.approve', $approved );
		}
		if ( $published ) {
			wp_publish_post( $post->ID );
			$this->assertSame( 'publish', get_post_status( $post->ID ) );
			$this->date_steps( $post->ID, 'post.publish', $published );
		}
	}

	/**
	 * Dates an item's audit entries of one action to 09:00 Hà Nội time on a day.
	 *
	 * @param int    $post_id Item.
	 * @param string $action  Audit action.
	 * @param string $day     Local day.
	 */
	private function date_steps( int $post_id, string $action, string $day ): void {
		global $wpdb;
		$moved = $wpdb->query( $wpdb->prepare( 'UPDATE %i SET occurred_at = %s WHERE object_type = %s AND object_id = %d AND action = %s', $wpdb->prefix . 'ttdt_audit_log', $day . ' 02:00:00', 'post', $post_id, $action ) );
		$this->assertSame( 1, $moved, "{$action} of {$post_id}" );
	}

	/**
	 * Feedback around the quarter (UTC times): received in it 3 (two reports, one question),
	 * answered in it 2, past their deadline in it without an answer by then 2.
	 */
	private function seed_feedback(): void {
		$items = new FeedbackRepository();
		$rows  = array(
			// Received, answered in time.
			array( FeedbackType::REPORT, '2025-07-02 01:00:00', '2025-07-05 01:00:00', '2025-07-10 16:59:59' ),
			// Received, answered late: overdue and answered.
			array( FeedbackType::REPORT, '2025-08-01 01:00:00', '2025-08-20 01:00:00', '2025-08-10 16:59:59' ),
			// Received, never answered, deadline passed in the quarter.
			array( FeedbackType::QUESTION, '2025-09-01 01:00:00', null, '2025-09-10 16:59:59' ),
			// Outside: received, answered and due in Q2.
			array( FeedbackType::REPORT, '2025-06-01 01:00:00', '2025-06-02 01:00:00', '2025-06-10 16:59:59' ),
		);
		foreach ( $rows as list( $type, $received, $answered, $deadline ) ) {
			$stored = $items->insert(
				array(
					'type'         => $type,
					'subject'      => 'Báo cáo',
					'content'      => 'Nội dung.',
					'name'         => 'Người dân',
					'email'        => 'dan@example.org',
					'consent_text' => 'Đồng ý.',
					'consent_at'   => $received,
					'received_at'  => $received,
					'deadline_at'  => $deadline,
					'ip_hash'      => str_repeat( 'd', 64 ),
				)
			);
			$this->assertIsArray( $stored );
			if ( $answered ) {
				$items->update( $stored['id'], array( 'status' => 'answered', 'answered_at' => $answered ) );
			}
		}
	}

	/**
	 * Ledger lines: in the quarter royalties 500,000 (July, paid) + 200,000 (August) and fees
	 * 150,000 (September); before it (counted in the year only) 400,000; after it 900,000.
	 */
	private function seed_ledger(): void {
		$lines = array(
			array( 'royalty', '2025-07-10', 500000 ),
			array( 'royalty', '2025-08-05', 200000 ),
			array( 'fee_approval', '2025-09-15', 150000 ),
			array( 'royalty', '2025-05-10', 400000 ),
			array( 'royalty', '2025-10-10', 900000 ),
		);
		foreach ( $lines as list( $kind, $day, $amount ) ) {
			$this->assertGreaterThan( 0, Ledger::add( array( 'kind' => $kind, 'accrued_on' => $day, 'amount' => $amount, 'payee_name' => 'Nguyễn Văn A', 'payee_user_id' => $this->users['m1'] ) ) );
		}
		$this->assertSame( 1, Ledger::close( '2025-07', 'final' ) );
		$this->assertSame( 1, Ledger::close( '2025-07', 'paid' ) );
	}

	/**
	 * The item as stored now.
	 *
	 * @param WP_Post $post Item.
	 * @return WP_Post
	 */
	private static function fresh( WP_Post $post ): WP_Post {
		clean_post_cache( $post->ID );
		return get_post( $post->ID );
	}
}
