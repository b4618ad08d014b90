<?php
/**
 * Tests of moving a planned item to another day of the plan calendar.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Plans;

use Ttdt\Plans\TopicLink;
use Ttdt\Tests\Support\TestCase;

require_once __DIR__ . '/PlanFixtures.php';

/**
 * The calendar lists the items linked to a topic that are not yet published on their day;
 * the server moves one only for someone who may edit it, only to a day not yet past, and
 * never once it is published.
 */
final class PlannedDateTest extends TestCase {

	use PlanFixtures;

	/**
	 * An item of the writer linked to a topic of an approved plan (first half of 2031).
	 *
	 * @param int                  $writer Writer.
	 * @param array<string, mixed> $args   `wp_insert_post()` fields.
	 * @return int Item ID.
	 */
	private function planned_item( int $writer, array $args = array() ): int {
		$made = $this->draft_plan( $writer );
		$this->move( $writer, $made['plan'], 'submitted' );
		$this->move( self::head()->ID, $made['plan'], 'approved' );
		$item = self::create_post(
			$args + array(
				'post_author' => $writer,
				'post_status' => 'draft',
				'post_date'   => '2031-02-10 09:30:00',
			)
		)->ID;
		$this->assertNotFalse( update_post_meta( $item, TopicLink::META, $made['topics'][0] ) );
		return $item;
	}

	/**
	 * Asks the server to move an item to a day.
	 *
	 * @param int    $user_id User.
	 * @param int    $item    Item.
	 * @param string $day     Day.
	 * @return \WP_REST_Response
	 */
	private function move_to( int $user_id, int $item, string $day ): \WP_REST_Response {
		return $this->rest( $user_id, 'POST', "/ttdt/v1/plan-calendar/items/{$item}", array( 'date' => $day ) );
	}

	public function test_the_writer_moves_a_planned_item_keeping_its_time_and_the_calendar_shows_it(): void {
		$writer = self::create_user( 'ttdt_updater' )->ID;
		$item   = $this->planned_item( $writer );

		$month   = $this->rest( $writer, 'GET', '/ttdt/v1/plan-calendar/2031-02' )->get_data();
		$planned = array_column( $month['planned'], null, 'id' );
		$this->assertSame( '2031-02-10', $planned[ $item ]['starts_on'] );
		$this->assertTrue( $planned[ $item ]['movable'] );
		$this->assertNotContains( $item, array_column( $month['items'], 'id' ) );

		$moved = $this->move_to( $writer, $item, '2031-02-20' );

		$this->assertSame( 200, $moved->get_status(), wp_json_encode( $moved->get_data() ) );
		$this->assertSame( '2031-02-20', $moved->get_data()['starts_on'] );
		$this->assertSame( '2031-02-20 09:30:00', get_post( $item )->post_date );
		$this->assertSame( 'draft', get_post( $item )->post_status );
		$after = $this->rest( $writer, 'GET', '/ttdt/v1/plan-calendar/2031-02' )->get_data();
		$this->assertSame( '2031-02-20', array_column( $after['planned'], 'starts_on', 'id' )[ $item ] );
	}

	public function test_someone_who_may_not_edit_the_item_cannot_move_it(): void {
		$item  = $this->planned_item( self::create_user( 'ttdt_updater' )->ID );
		$other = self::create_user( 'ttdt_collaborator' )->ID;

		$month = $this->rest( $other, 'GET', '/ttdt/v1/plan-calendar/2031-02' )->get_data();
		$this->assertFalse( array_column( $month['planned'], 'movable', 'id' )[ $item ] );
		$refused = $this->move_to( $other, $item, '2031-02-20' );

		$this->assertSame( 403, $refused->get_status() );
		$this->assertSame( 'ttdt_plan_item_forbidden', $refused->get_data()['code'] );
		$this->assertSame( '2031-02-10 09:30:00', get_post( $item )->post_date );
		$this->assertSame( 401, $this->move_to( 0, $item, '2031-02-20' )->get_status() );
	}

	public function test_a_published_item_a_past_day_or_a_bad_date_is_refused(): void {
		$writer = self::create_user( 'ttdt_updater' )->ID;
		$item   = $this->planned_item( $writer );

		$past = $this->move_to( $writer, $item, gmdate( 'Y-m-d', time() - 3 * DAY_IN_SECONDS ) );
		$this->assertSame( 400, $past->get_status() );
		$this->assertSame( 400, $this->move_to( $writer, $item, '2031-02-30' )->get_status() );
		$this->assertSame( 400, $this->move_to( $writer, $item, '20/02/2031' )->get_status() );
		$this->assertSame( 404, $this->move_to( $writer, self::create_post( array( 'post_type' => 'page' ) )->ID, '2031-02-20' )->get_status() );
		$this->assertSame( '2031-02-10 09:30:00', get_post( $item )->post_date );

		global $wpdb;
		// Published around the gate: only the status matters to the rule under test.
		$wpdb->update( $wpdb->posts, array( 'post_status' => 'publish' ), array( 'ID' => $item ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		clean_post_cache( $item );
		$published = $this->move_to( self::create_user( 'administrator' )->ID, $item, '2031-02-20' );

		$this->assertSame( 409, $published->get_status() );
		$this->assertSame( 'ttdt_plan_item_published', $published->get_data()['code'] );
		$this->assertSame( '2031-02-10 09:30:00', get_post( $item )->post_date );
	}
}
