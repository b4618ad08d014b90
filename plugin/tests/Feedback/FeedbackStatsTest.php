<?php
/**
 * Tests of the feedback statistics, aggregated in SQL on MariaDB.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Feedback;

use Ttdt\Feedback\FeedbackChannel;
use Ttdt\Feedback\FeedbackRepository;
use Ttdt\Feedback\FeedbackStats;
use Ttdt\Feedback\FeedbackStatus;
use Ttdt\Feedback\FeedbackType;
use Ttdt\Tests\Support\TestCase;

/**
 * Counts per status, type, unit and month; median and 90th percentile; share in time.
 */
final class FeedbackStatsTest extends TestCase {

	/**
	 * Stores an item received, and maybe answered, at given UTC times.
	 *
	 * @param FeedbackRepository $items    Repository.
	 * @param string             $type     Type.
	 * @param string             $received Receipt, UTC.
	 * @param string|null        $answered Answer, UTC.
	 * @param string|null        $deadline Deadline, UTC.
	 * @param int|null           $unit     Unit ID.
	 */
	private static function item( FeedbackRepository $items, string $type, string $received, ?string $answered, ?string $deadline, ?int $unit = null ): void {
		$stored = $items->insert(
			array(
				'type'         => $type,
				'channel'      => FeedbackChannel::ONLINE,
				'subject'      => 'Thống kê',
				'content'      => 'Nội dung.',
				'name'         => 'Người thử',
				'email'        => 'thu@example.org',
				'consent_text' => 'Đồng ý.',
				'consent_at'   => $received,
				'received_at'  => $received,
				'deadline_at'  => $deadline,
				'ip_hash'      => str_repeat( 'c', 64 ),
			)
		);
		self::assertIsArray( $stored );
		$fields = array( 'unit_id' => $unit );
		if ( $answered ) {
			$fields += array(
				'status'      => FeedbackStatus::ANSWERED,
				'answered_at' => $answered,
			);
		}
		$items->update( $stored['id'], $fields );
	}

	public function test_the_report_aggregates_counts_percentiles_and_the_share_in_time(): void {
		update_option( 'timezone_string', '' );
		update_option( 'gmt_offset', 7 );
		$items = new FeedbackRepository();
		$unit  = self::create_post( array( 'post_type' => 'ttdt_unit', 'post_status' => 'publish', 'post_title' => 'Văn phòng' ) );
		// Answer times 10, 20, 30, 40 and 100 hours; three of five within their deadline.
		self::item( $items, FeedbackType::REPORT, '2020-01-10 01:00:00', '2020-01-10 11:00:00', '2020-01-20 16:59:59', $unit->ID );
		self::item( $items, FeedbackType::REPORT, '2020-01-11 01:00:00', '2020-01-11 21:00:00', '2020-01-12 16:59:59', $unit->ID );
		self::item( $items, FeedbackType::QUESTION, '2020-02-01 01:00:00', '2020-02-02 07:00:00', '2020-02-05 16:59:59' );
		self::item( $items, FeedbackType::QUESTION, '2020-02-02 01:00:00', '2020-02-03 17:00:00', '2020-02-03 16:59:59' );
		self::item( $items, FeedbackType::COMMENT, '2020-02-03 01:00:00', '2020-02-07 05:00:00', '2020-02-04 16:59:59' );
		// Not answered; and one received at 20:00 UTC on 31 January, i.e. in February in Hà Nội.
		self::item( $items, FeedbackType::COMMENT, '2020-02-04 01:00:00', null, '2020-02-10 16:59:59' );
		self::item( $items, FeedbackType::OTHER, '2020-01-31 20:00:00', null, null );
		// Outside the period.
		self::item( $items, FeedbackType::OTHER, '2019-12-30 01:00:00', '2019-12-30 02:00:00', null );

		$report = ( new FeedbackStats() )->report( '2020-01-01', '2020-02-29' );

		$this->assertSame( 7, $report['total'] );
		$this->assertSame( 5, $report['answered'] );
		$this->assertSame( 30.0, $report['median_hours'] );
		// PERCENTILE_CONT(0.9) over 10, 20, 30, 40, 100: 40 + 0.6 × 60 = 76.
		$this->assertSame( 76.0, $report['p90_hours'] );
		$this->assertSame( 0.6, $report['within_deadline'] );
		$this->assertSame(
			array(
				array( 'key' => '2020-01', 'count' => 2, 'answered' => 2 ),
				array( 'key' => '2020-02', 'count' => 5, 'answered' => 3 ),
			),
			$report['by_month']
		);
		$this->assertContains( array( 'key' => 'answered', 'count' => 5 ), $report['by_status'] );
		$this->assertContains( array( 'key' => 'new', 'count' => 2 ), $report['by_status'] );
		$this->assertContains( array( 'key' => FeedbackType::QUESTION, 'count' => 2 ), $report['by_type'] );
		$this->assertContains( array( 'key' => (string) $unit->ID, 'count' => 2, 'label' => 'Văn phòng' ), $report['by_unit'] );
	}

	public function test_an_empty_period_has_no_percentiles(): void {
		$report = ( new FeedbackStats() )->report( '2001-01-01', '2001-01-31' );

		$this->assertSame( 0, $report['total'] );
		$this->assertNull( $report['median_hours'] );
		$this->assertNull( $report['p90_hours'] );
		$this->assertNull( $report['within_deadline'] );
	}
}
