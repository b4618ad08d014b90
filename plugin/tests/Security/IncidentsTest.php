<?php
/**
 * Tests of incident reports: filing, mail to the head, audit, who reads and who handles.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Security;

use Ttdt\Audit\AuditLog;
use Ttdt\Audit\AuditQuery;
use Ttdt\Board\BoardMeta;
use Ttdt\Board\BoardPosition;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * A collaborator's report reaches the head and the log; only handlers move it to closure.
 */
final class IncidentsTest extends TestCase {

	/**
	 * The head of the board (a publisher by role).
	 *
	 * @return \WP_User
	 */
	private static function head(): \WP_User {
		$head = self::create_user( 'ttdt_publisher' );
		update_user_meta( $head->ID, BoardMeta::POSITION_META, BoardPosition::HEAD );
		return $head;
	}

	/**
	 * A REST request as the current user.
	 *
	 * @param string               $method Method.
	 * @param string               $route  Route.
	 * @param array<string, mixed> $params Body.
	 * @return \WP_REST_Response
	 */
	private static function call( string $method, string $route, array $params = array() ): \WP_REST_Response {
		$request = new WP_REST_Request( $method, $route );
		foreach ( $params as $key => $value ) {
			$request->set_param( $key, $value );
		}
		return rest_do_request( $request );
	}

	/**
	 * The newest audit entries of an action on one report.
	 *
	 * @param string $action Action.
	 * @param int    $id     Report ID.
	 * @return object[]
	 */
	private static function entries( string $action, int $id ): array {
		$query              = new AuditQuery();
		$query->action      = $action;
		$query->object_type = 'incident';
		$query->object_id   = $id;
		return AuditLog::find( $query );
	}

	public function test_a_collaborators_report_reaches_the_head_and_the_log(): void {
		$head         = self::head();
		$collaborator = self::create_user( 'ttdt_collaborator' );
		$item         = self::create_post( array( 'post_title' => 'Tin bị lộ' ) );
		wp_set_current_user( $collaborator->ID );

		$response = self::call(
			'POST',
			'/ttdt/v1/incidents',
			array(
				'kind'        => 'leak',
				'description' => 'Bản thảo mật bị gửi ra ngoài qua Zalo.',
				'occurred_at' => '2026-11-02T09:30',
				'item_id'     => $item->ID,
			)
		);

		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$id = $response->get_data()['id'];
		$this->assertSame( 'open', $response->get_data()['state'] );
		$to = array();
		foreach ( $this->mail as $mail ) {
			$to = array_merge( $to, (array) $mail['to'] );
		}
		$this->assertContains( $head->user_email, $to );
		$this->assertNotContains( $collaborator->user_email, $to );
		$this->assertStringContainsString( 'Zalo', $this->mail[0]['message'] );
		$this->assertCount( 1, self::entries( 'incident.report', $id ) );
		$this->assertSame( $collaborator->ID, (int) self::entries( 'incident.report', $id )[0]->user_id );
	}

	/**
	 * The head's e-mail says when it happened as dd/mm/yyyy HH:mm, and the list gets when it
	 * was reported in site time (what the screen's toVnDateTime() expects), not UTC.
	 */
	public function test_times_are_site_time_and_dd_mm_yyyy(): void {
		update_option( 'timezone_string', 'Asia/Ho_Chi_Minh' );
		self::head();
		wp_set_current_user( self::create_user( 'ttdt_collaborator' )->ID );

		$response = self::call(
			'POST',
			'/ttdt/v1/incidents',
			array(
				'description' => 'Có người lạ đăng nhập.',
				'occurred_at' => '2026-11-02T09:30',
			)
		);

		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertStringContainsString( '02/11/2026 09:30', $this->mail[0]['message'] );
		$this->assertStringNotContainsString( '2026-11-02', $this->mail[0]['message'] );
		$post = get_post( $response->get_data()['id'] );
		$this->assertNotSame( $post->post_date, $post->post_date_gmt );
		$this->assertSame( str_replace( ' ', 'T', $post->post_date ), $response->get_data()['reported_at'] );
	}

	public function test_a_reporter_reads_only_their_own_reports(): void {
		self::head();
		$one = self::create_user( 'ttdt_collaborator' );
		$two = self::create_user( 'ttdt_updater' );
		wp_set_current_user( $one->ID );
		$id = self::call( 'POST', '/ttdt/v1/incidents', array( 'description' => 'Có người lạ đăng nhập.' ) )->get_data()['id'];

		wp_set_current_user( $two->ID );
		$this->assertSame( 403, self::call( 'GET', "/ttdt/v1/incidents/{$id}" )->get_status() );
		$this->assertSame( array(), self::call( 'GET', '/ttdt/v1/incidents' )->get_data() );

		wp_set_current_user( $one->ID );
		$mine = self::call( 'GET', '/ttdt/v1/incidents' );
		$this->assertSame( array( $id ), wp_list_pluck( $mine->get_data(), 'id' ) );
		$this->assertArrayNotHasKey( 'wp:action-handle-incident', rest_get_server()->response_to_data( $mine, false )[0]['_links'] ?? array() );
	}

	public function test_only_the_head_moves_a_report_to_closure_and_each_step_is_audited(): void {
		update_option( 'timezone_string', 'Asia/Ho_Chi_Minh' );
		$head     = self::head();
		$reporter = self::create_user( 'ttdt_collaborator' );
		wp_set_current_user( $reporter->ID );
		$id = self::call( 'POST', '/ttdt/v1/incidents', array( 'description' => 'Mật khẩu bị lộ.' ) )->get_data()['id'];

		$this->assertSame( 403, self::call( 'POST', "/ttdt/v1/incidents/{$id}", array( 'state' => 'closed', 'note' => 'Tự đóng.' ) )->get_status() );

		wp_set_current_user( $head->ID );
		$this->assertSame( 'investigating', self::call( 'POST', "/ttdt/v1/incidents/{$id}", array( 'state' => 'investigating' ) )->get_data()['state'] );
		$this->assertSame( 400, self::call( 'POST', "/ttdt/v1/incidents/{$id}", array( 'state' => 'closed' ) )->get_status(), 'closing needs a note' );
		$closed = self::call( 'POST', "/ttdt/v1/incidents/{$id}", array( 'state' => 'closed', 'note' => 'Đã đổi mật khẩu.' ) )->get_data();
		$this->assertSame( 'closed', $closed['state'] );
		$this->assertSame( 'Đã đổi mật khẩu.', $closed['notes'][0]['text'] );
		// Site time without an offset, like reported_at (the list shows it as it is).
		$this->assertMatchesRegularExpression( '/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/', $closed['notes'][0]['at'] );
		$this->assertEqualsWithDelta( time(), ( new \DateTimeImmutable( $closed['notes'][0]['at'], wp_timezone() ) )->getTimestamp(), 60 );
		$this->assertSame( 409, self::call( 'POST', "/ttdt/v1/incidents/{$id}", array( 'state' => 'open' ) )->get_status() );
		$this->assertCount( 2, self::entries( 'incident.state', $id ) );
	}

	public function test_a_subscriber_cannot_report(): void {
		wp_set_current_user( self::create_user( 'subscriber' )->ID );
		$this->assertSame( 403, self::call( 'POST', '/ttdt/v1/incidents', array( 'description' => 'x' ) )->get_status() );
	}

	public function test_account_activity_lists_only_ones_own_entries(): void {
		$me    = self::create_user( 'ttdt_collaborator' );
		$other = self::create_user( 'ttdt_updater' );
		do_action( 'wp_login', $me->user_login, $me );
		do_action( 'wp_login', $other->user_login, $other );
		wp_set_current_user( $me->ID );

		$rows = self::call( 'GET', '/ttdt/v1/account/activity' )->get_data();
		$this->assertNotEmpty( $rows );
		$this->assertSame( array( $me->ID ), array_values( array_unique( wp_list_pluck( $rows, 'user_id' ) ) ) );
		$this->assertSame( 'auth.login', $rows[0]['action'] );
	}
}
