<?php
/**
 * Tests of the items' topic link and of the progress counted in SQL.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Plans;

use Ttdt\Documents\DocumentPostType;
use Ttdt\Plans\PlanProgress;
use Ttdt\Plans\TopicLink;
use Ttdt\Tests\Support\TestCase;

require_once __DIR__ . '/PlanFixtures.php';

/**
 * Items link only to topics of approved plans, whatever writes the meta; the progress counts
 * what the test counts itself from the items it made.
 */
final class PlanProgressTest extends TestCase {

	use PlanFixtures;

	/**
	 * An approved plan of two topics (targets 3 and 2), both assigned to the writer.
	 *
	 * @param int $writer Writer.
	 * @return array{plan: int, topics: int[]}
	 */
	private function approved_plan( int $writer ): array {
		$made = $this->draft_plan( $writer, array( 3, 2 ) );
		$this->move( $writer, $made['plan'], 'submitted' );
		$this->move( self::head()->ID, $made['plan'], 'approved' );
		return $made;
	}

	public function test_an_item_links_only_to_a_topic_of_an_approved_plan(): void {
		$writer   = self::create_user( 'ttdt_updater' )->ID;
		$approved = $this->approved_plan( $writer )['topics'][0];
		$draft    = $this->draft_plan( $writer )['topics'][0];
		$item     = self::create_post( array( 'post_author' => $writer ) )->ID;

		$refused = $this->rest( $writer, 'POST', "/wp/v2/posts/{$item}", array( 'meta' => array( TopicLink::META => $draft ) ) );
		$this->assertSame( 400, $refused->get_status() );
		$this->assertSame( 'ttdt_plan_topic', $refused->get_data()['code'] );
		$this->assertSame( 400, $this->rest( $writer, 'POST', "/wp/v2/posts/{$item}", array( 'meta' => array( TopicLink::META => 999999 ) ) )->get_status() );
		$this->assertSame( 0, (int) get_post_meta( $item, TopicLink::META, true ) );

		// Other writers of the meta are stopped too.
		$this->assertFalse( update_post_meta( $item, TopicLink::META, $draft ) );
		$this->assertSame( 0, (int) get_post_meta( $item, TopicLink::META, true ) );

		$linked = $this->rest( $writer, 'POST', "/wp/v2/posts/{$item}", array( 'meta' => array( TopicLink::META => $approved ) ) );
		$this->assertSame( 200, $linked->get_status(), wp_json_encode( $linked->get_data() ) );
		$this->assertSame( $approved, $linked->get_data()['meta'][ TopicLink::META ] );

		// Every workflow item type carries the link.
		$document = self::create_post( array( 'post_type' => DocumentPostType::NAME ) )->ID;
		$this->assertNotFalse( update_post_meta( $document, TopicLink::META, $approved ) );
		$this->assertSame( $approved, (int) get_post_meta( $document, TopicLink::META, true ) );

		// The editor's list holds the approved plan's topics and not the draft's.
		$listed = array_column( $this->rest( $writer, 'GET', '/ttdt/v1/plan-topics' )->get_data(), 'id' );
		$this->assertContains( $approved, $listed );
		$this->assertNotContains( $draft, $listed );
	}

	public function test_progress_counts_the_published_items_of_each_topic_in_its_period(): void {
		$writer              = self::create_user( 'ttdt_updater' )->ID;
		$made                = $this->approved_plan( $writer );
		list( $first, $sec ) = $made['topics'];
		// Topic period: 1 February to 31 March 2031. [ topic, status, date ].
		$items    = array(
			array( $first, 'publish', '2031-02-01 00:00:00' ),
			array( $first, 'publish', '2031-03-31 23:59:59' ),
			array( $first, 'publish', '2031-04-01 00:00:00' ), // After the period.
			array( $first, 'draft', '2031-02-10 09:00:00' ),   // Not published.
			array( $first, 'publish', '2031-01-31 23:00:00' ), // Before the period.
			array( $sec, 'publish', '2031-02-15 08:00:00' ),
			array( 0, 'publish', '2031-02-15 08:00:00' ),      // No topic.
		);
		$expected = array(
			$first => 0,
			$sec   => 0,
		);
		foreach ( $items as list( $topic, $status, $date ) ) {
			$id = self::create_post(
				array(
					'post_status' => 'draft',
					'post_date'   => $date,
					'post_author' => $writer,
				)
			)->ID;
			if ( $topic ) {
				update_post_meta( $id, TopicLink::META, $topic );
			}
			// Published straight in the table: this test is about counting, not the gate.
			$GLOBALS['wpdb']->update( $GLOBALS['wpdb']->posts, array( 'post_status' => $status ), array( 'ID' => $id ) );
			if ( $topic && 'publish' === $status && $date >= '2031-02-01' && $date < '2031-04-01' ) {
				++$expected[ $topic ];
			}
		}
		$this->assertSame(
			array(
				$first => 2,
				$sec   => 1,
			),
			$expected,
			'The test counts the border days in.'
		);

		$progress = new PlanProgress();
		$this->assertSame( $expected, array_column( $progress->topics( $made['plan'] ), 'published', 'id' ) );
		$this->assertSame( array( 3, 2 ), array_column( $progress->topics( $made['plan'] ), 'planned' ) );
		$members = $progress->members( $made['plan'] );
		$this->assertCount( 1, $members );
		$this->assertSame( 5, $members[0]['planned'] );
		$this->assertSame( array_sum( $expected ), $members[0]['published'] );

		$report = $this->rest( $writer, 'GET', "/ttdt/v1/plan-progress/{$made['plan']}" );
		$this->assertSame( 200, $report->get_status() );
		$this->assertSame( array_sum( $expected ), $report->get_data()['members'][0]['published'] );

		$month = $this->rest( $writer, 'GET', '/ttdt/v1/plan-calendar/2031-02' )->get_data();
		$this->assertSame( array( $first, $sec ), array_column( $month['topics'], 'id' ) );
		$this->assertCount( 2, $month['items'], 'Two linked items published in February.' );
	}

	public function test_the_printed_plan_shows_its_topics_and_the_head(): void {
		$writer = self::create_user( 'ttdt_updater' )->ID;
		$made   = $this->approved_plan( $writer );
		wp_set_current_user( $writer );
		$html = ( new \Ttdt\Plans\PlanPrint( new \Ttdt\Settings\Settings(), new \Ttdt\Plans\PlanRepository() ) )->document( $made['plan'] );

		$this->assertStringContainsString( 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', $html );
		$this->assertStringContainsString( '<h1>KẾ HOẠCH</h1>', $html );
		$this->assertStringContainsString( '6 tháng đầu năm 2031', $html );
		$this->assertStringContainsString( '<td>Chủ đề 2</td>', $html );
		$this->assertStringContainsString( 'TRƯỞNG BAN', $html );
		$this->assertStringNotContainsString( 'DỰ THẢO', $html );
	}
}
