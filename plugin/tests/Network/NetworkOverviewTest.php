<?php
/**
 * Tests of the network overview.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Network;

use Ttdt\Board\BoardRoster;
use Ttdt\Feedback\FeedbackChannel;
use Ttdt\Feedback\FeedbackRepository;
use Ttdt\Feedback\FeedbackStatus;
use Ttdt\Feedback\FeedbackType;
use Ttdt\Network\NetworkOverview;
use Ttdt\Workflow\WorkflowMeta;
use WP_REST_Request;

/**
 * Each commune's row counts only that commune's items, feedback and board.
 */
final class NetworkOverviewTest extends NetworkTestCase {

	public function test_each_row_holds_the_figures_of_its_own_site(): void {
		$busy  = self::create_site( 'xa-ban' );
		$quiet = self::create_site( 'xa-yen' );
		$roster = new BoardRoster();
		// The "Hello world" post core puts on every new site would count as published.
		foreach ( array( $busy, $quiet ) as $site ) {
			switch_to_blog( $site );
			wp_delete_post( 1, true );
			restore_current_blog();
		}

		switch_to_blog( $busy );
		foreach ( array( 'head', 'member' ) as $position ) {
			$member = self::create_user( 'ttdt_publisher' );
			$this->assertIsArray( $roster->update( $member, array( 'position' => $position ) ) );
		}
		// Published straight in the table: the publishing rules are not what is tested here.
		global $wpdb;
		$wpdb->update( $wpdb->posts, array( 'post_status' => 'publish' ), array( 'ID' => self::create_post()->ID ) );
		// Received ten days ago and still waiting: past the 3-day deadline whatever the calendar.
		$late = self::create_post( array( 'post_status' => 'pending' ) );
		update_post_meta( $late->ID, WorkflowMeta::RECEIVED_AT, current_datetime()->modify( '-10 days' )->format( DATE_ATOM ) );
		$fresh = self::create_post( array( 'post_status' => 'pending' ) );
		update_post_meta( $fresh->ID, WorkflowMeta::RECEIVED_AT, current_datetime()->format( DATE_ATOM ) );
		$items = new FeedbackRepository();
		foreach ( array( -48 => FeedbackStatus::FORWARDED, -24 => FeedbackStatus::ANSWERED, 48 => FeedbackStatus::NEW ) as $hours => $status ) {
			$stored = $items->insert(
				array(
					'type'         => FeedbackType::REPORT,
					'channel'      => FeedbackChannel::ONLINE,
					'subject'      => 'Góp ý thử',
					'content'      => 'Nội dung.',
					'name'         => 'Người thử',
					'email'        => 'nguoi-thu@example.org',
					'consent_text' => 'Đồng ý.',
					'deadline_at'  => gmdate( 'Y-m-d H:i:s', time() + $hours * HOUR_IN_SECONDS ),
					'ip_hash'      => str_repeat( 'd', 64 ),
				)
			);
			$this->assertIsArray( $stored );
			$items->update( $stored['id'], array( 'status' => $status ) );
		}
		restore_current_blog();

		$rows = array_column( ( new NetworkOverview() )->rows(), null, 'id' );
		$this->assertArrayHasKey( $busy, $rows );
		$this->assertArrayHasKey( $quiet, $rows );
		$this->assertSame( 1, $rows[ $busy ]['published_week'] );
		$this->assertSame( 2, $rows[ $busy ]['board_members'] );
		$this->assertSame( 2, $rows[ $busy ]['quota_week'], 'one item per member per week by default' );
		$this->assertSame( 1, $rows[ $busy ]['pending_overdue'] );
		$this->assertSame( 1, $rows[ $busy ]['feedback_overdue'] );
		$this->assertSame( 'none', $rows[ $busy ]['archive_status'] );
		$this->assertTrue( $rows[ $busy ]['needs_attention'] );

		foreach ( array( 'published_week', 'board_members', 'quota_week', 'pending_overdue', 'feedback_overdue', 'royalty_spent' ) as $figure ) {
			$this->assertSame( 0, $rows[ $quiet ][ $figure ], $figure );
		}
		$this->assertSame( 30000000, $rows[ $quiet ]['royalty_budget'] );
		$this->assertSame( get_blog_option( $quiet, 'home' ) . '/', $rows[ $quiet ]['url'] );
	}

	public function test_the_route_is_the_network_administrator_s_only(): void {
		$site  = self::create_site( 'xa-tong' );
		$admin = self::create_user( 'subscriber' );
		add_user_to_blog( $site, $admin->ID, 'administrator' );
		switch_to_blog( $site );

		wp_set_current_user( 0 );
		$this->assertSame( 401, rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/network/overview' ) )->get_status() );
		wp_set_current_user( $admin->ID );
		$this->assertSame( 403, rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/network/overview' ) )->get_status() );
		wp_set_current_user( 1 );
		$response = rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/network/overview' ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertContains( $site, array_column( $response->get_data(), 'id' ) );
	}
}
