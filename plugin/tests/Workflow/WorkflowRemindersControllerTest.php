<?php
/**
 * Tests of the overdue reminder's REST route.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Workflow;

use Ttdt\Access\Capabilities;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * Reading when the reminder runs and sending it now are two permissions: sending mails people,
 * so it checks its own capability, not the queue's read check.
 */
final class WorkflowRemindersControllerTest extends TestCase {

	public function test_sending_checks_its_own_capability(): void {
		wp_set_current_user( self::create_user( 'ttdt_moderator' )->ID );
		// The moderator keeps the queue but loses the right to send the reminder.
		add_filter(
			'map_meta_cap',
			static fn( array $caps, string $cap ): array => Capabilities::SEND_OVERDUE_REMINDERS === $cap ? array( 'do_not_allow' ) : $caps,
			20,
			2
		);

		$read = rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/workflow/reminders' ) );
		$this->assertSame( 200, $read->get_status() );
		$this->assertArrayHasKey( 'next_run', $read->get_data() );

		$send = rest_do_request( new WP_REST_Request( 'POST', '/ttdt/v1/workflow/reminders' ) );
		$this->assertSame( 403, $send->get_status() );
		$this->assertSame( 'ttdt_rest_forbidden', $send->get_data()['code'] );
	}

	public function test_moderators_send_and_writers_may_not(): void {
		wp_set_current_user( self::create_user( 'ttdt_moderator' )->ID );
		$sent = rest_do_request( new WP_REST_Request( 'POST', '/ttdt/v1/workflow/reminders' ) );
		$this->assertSame( 200, $sent->get_status() );
		$this->assertIsArray( $sent->get_data()['notified'] );

		wp_set_current_user( self::create_user( 'ttdt_updater' )->ID );
		$this->assertSame( 403, rest_do_request( new WP_REST_Request( 'POST', '/ttdt/v1/workflow/reminders' ) )->get_status() );

		wp_set_current_user( 0 );
		$this->assertSame( 401, rest_do_request( new WP_REST_Request( 'POST', '/ttdt/v1/workflow/reminders' ) )->get_status() );
	}
}
