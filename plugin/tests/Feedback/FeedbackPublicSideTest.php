<?php
/**
 * Tests of what the public and each role can reach: lookup, staff entry, files, Q&A, privacy.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Feedback;

use Ttdt\Feedback\FeedbackLookup;
use Ttdt\Feedback\FeedbackPrivacy;
use Ttdt\Feedback\FeedbackRepository;
use Ttdt\Feedback\FeedbackStatus;
use Ttdt\Feedback\QaPostType;
use Ttdt\Feedback\QaPublisher;
use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * Through the REST server and the services, as the routes call them.
 */
final class FeedbackPublicSideTest extends TestCase {

	/**
	 * Repository.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $repository;

	protected function setUp(): void {
		parent::setUp();
		$this->repository       = new FeedbackRepository();
		$_SERVER['REMOTE_ADDR'] = '10.9.' . wp_rand( 0, 255 ) . '.' . wp_rand( 1, 254 );
	}

	protected function tearDown(): void {
		$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
		parent::tearDown();
		// The server was created in this test, with filters `rest_api_init` added and the hook
		// restore removed again: the next test that asks gets a fresh one (as core's REST tests do).
		$GLOBALS['wp_rest_server'] = null;
	}

	/**
	 * Stores an item.
	 *
	 * @param array<string, mixed> $over Columns.
	 * @return array{id: int, code: string}
	 */
	private function item( array $over = array() ): array {
		$saved = $this->repository->insert(
			$over + array(
				'type'         => 'hoi_dap',
				'subject'      => 'Giờ làm việc của bộ phận một cửa',
				'content'      => 'Xin hỏi bộ phận một cửa làm việc sáng thứ Bảy không? Tôi là Lê Thị Hoa, số 0912 345 678.',
				'name'         => 'Lê Thị Hoa',
				'email'        => 'hoa@example.org',
				'phone'        => '0912345678',
				'address'      => 'Xóm Bắc',
				'consent_text' => 'Đồng ý.',
				'consent_at'   => gmdate( 'Y-m-d H:i:s' ),
			)
		);
		$this->assertIsArray( $saved );
		return $saved;
	}

	/**
	 * Sends a REST request.
	 *
	 * @param string               $method Method.
	 * @param string               $route  Route.
	 * @param array<string, mixed> $params Parameters.
	 * @return \WP_REST_Response
	 */
	private static function rest( string $method, string $route, array $params = array() ): \WP_REST_Response {
		$request = new WP_REST_Request( $method, $route );
		foreach ( $params as $key => $value ) {
			$request->set_param( $key, $value );
		}
		return rest_get_server()->dispatch( $request );
	}

	public function test_lookup_shows_status_and_answer_only_and_throttles_wrong_guesses(): void {
		$saved = $this->item();
		$this->repository->update( $saved['id'], array( 'answer' => 'Bộ phận một cửa làm việc sáng thứ Bảy.' ) );

		$open = self::rest( 'GET', '/ttdt/v1/feedback/lookup', array( 'code' => $saved['code'], 'contact' => 'HOA@example.org' ) );
		$this->assertSame( 200, $open->get_status() );
		$data = $open->get_data();
		$this->assertSame( array( 'code', 'status', 'status_label', 'type_label', 'subject', 'received_at', 'answered_at', 'answer' ), array_keys( $data ) );
		$this->assertNull( $data['answer'], 'An answer not yet sent is not shown.' );
		$json = (string) wp_json_encode( $data );
		foreach ( array( 'hoa@example.org', '0912345678', 'Lê Thị Hoa', 'Xóm Bắc' ) as $personal ) {
			$this->assertStringNotContainsString( $personal, $json );
		}

		$this->repository->update_status( $saved['id'], FeedbackStatus::ANSWERED );
		$this->assertSame( 'Bộ phận một cửa làm việc sáng thứ Bảy.', self::rest( 'GET', '/ttdt/v1/feedback/lookup', array( 'code' => $saved['code'], 'contact' => '0912 345 678' ) )->get_data()['answer'] );

		for ( $i = 0; $i < 10; $i++ ) {
			$this->assertSame( 404, self::rest( 'GET', '/ttdt/v1/feedback/lookup', array( 'code' => $saved['code'], 'contact' => "sai{$i}@example.org" ) )->get_status() );
		}
		$limited = self::rest( 'GET', '/ttdt/v1/feedback/lookup', array( 'code' => $saved['code'], 'contact' => 'hoa@example.org' ) );
		$this->assertSame( 429, $limited->get_status(), 'Past the limit even the right keys wait.' );
		$this->assertStringContainsString( '15 phút', $limited->get_data()['message'] );
	}

	public function test_lookup_refuses_missing_keys_and_wrong_types_in_vietnamese(): void {
		$this->assertSame( 400, self::rest( 'GET', '/ttdt/v1/feedback/lookup' )->get_status() );
		$wrong = self::rest( 'GET', '/ttdt/v1/feedback/lookup', array( 'code' => array( 'x' ), 'contact' => 'a' ) );
		$this->assertSame( 400, $wrong->get_status() );
		$this->assertSame( 'ttdt_feedback_invalid', $wrong->get_data()['code'] );
		$this->assertArrayHasKey( 'code', $wrong->get_data()['data']['errors'] );
	}

	public function test_staff_entry_and_files_need_the_handling_capability(): void {
		$saved  = $this->item();
		$file   = $this->repository->add_file( $saved['id'], array( 'name' => 'a.pdf', 'mime' => 'application/pdf', 'size' => 1, 'path' => 'feedback/' . str_repeat( 'a', 24 ) . '/1-aaaaaaaaaaaa.pdf' ) );
		$params = array(
			'name'    => 'Phạm Văn Bình',
			'phone'   => '0987654321',
			'type'    => 'kien_nghi',
			'subject' => 'Kiến nghị sửa cống thoát nước',
			'content' => 'Cống thoát nước xóm Nam bị tắc, nước tràn vào nhà dân khi mưa.',
			'channel' => 'in_person',
		);
		foreach ( array( 0 => 401, 'subscriber' => 403, 'ttdt_updater' => 403, 'ttdt_collaborator' => 403 ) as $role => $status ) {
			wp_set_current_user( $role ? self::create_user( (string) $role )->ID : 0 );
			$this->assertSame( $status, self::rest( 'POST', '/ttdt/v1/feedback/staff-entry', $params )->get_status(), (string) $role );
			$this->assertSame( $status, self::rest( 'GET', '/ttdt/v1/feedback/files/' . $file )->get_status(), (string) $role );
		}

		wp_set_current_user( self::create_user( 'ttdt_moderator' )->ID );
		$created = self::rest( 'POST', '/ttdt/v1/feedback/staff-entry', $params );
		$this->assertSame( 201, $created->get_status() );
		$item = $this->repository->find( $created->get_data()['id'] );
		$this->assertSame( 'in_person', $item['channel'] );
		$this->assertSame( get_current_user_id(), (int) $item['created_by'] );
		$this->assertSame( '', $item['consent_text'], 'No consent recorded unless the citizen gave it.' );

		$bad = self::rest( 'POST', '/ttdt/v1/feedback/staff-entry', array( 'channel' => 'online' ) + $params );
		$this->assertSame( 400, $bad->get_status() );
		$this->assertArrayHasKey( 'channel', $bad->get_data()['data']['errors'] );
	}

	public function test_qa_publisher_needs_the_answer_capability_and_masks_personal_data(): void {
		$saved     = $this->item();
		$publisher = new QaPublisher( $this->repository );

		wp_set_current_user( self::create_user( 'ttdt_moderator' )->ID );
		$this->assertInstanceOf( \WP_Error::class, $publisher->publish( $saved['id'], 'Giờ làm việc', 'Hỏi', 'Đáp' ) );

		wp_set_current_user( self::create_user( 'ttdt_publisher' )->ID );
		$post_id = $publisher->publish( $saved['id'], 'Bộ phận một cửa có làm việc sáng thứ Bảy?', "Tôi là Lê Thị Hoa, số 0912 345 678, hoa@example.org.\n\nXin hỏi giờ làm việc.", 'Có, từ 7 giờ 30 đến 11 giờ 30.' );
		$this->assertIsInt( $post_id );
		$post = get_post( $post_id );
		$this->assertSame( QaPostType::NAME, $post->post_type );
		$this->assertSame( 'publish', $post->post_status );
		foreach ( array( 'Lê Thị Hoa', '0912 345 678', 'hoa@example.org' ) as $personal ) {
			$this->assertStringNotContainsString( $personal, $post->post_content );
		}
		$this->assertStringContainsString( 'Có, từ 7 giờ 30', $post->post_content );
		$this->assertSame( $post_id, (int) $this->repository->find( $saved['id'] )['qa_post_id'] );
		$this->assertContains( 'published', array_column( $this->repository->events( $saved['id'] ), 'kind' ) );
		$this->assertTrue( is_post_type_viewable( QaPostType::NAME ) );
	}

	public function test_exporter_eraser_and_retention(): void {
		$privacy = new FeedbackPrivacy( $this->repository, new Settings() );
		$saved   = $this->item();

		$export = $privacy->export( 'hoa@example.org' );
		$this->assertCount( 1, $export['data'] );
		$values = array_column( $export['data'][0]['data'], 'value' );
		$this->assertContains( 'Lê Thị Hoa', $values );
		$this->assertContains( '0912345678', $values );

		$erased = $privacy->erase( 'hoa@example.org' );
		$this->assertTrue( $erased['items_removed'] );
		$this->assertTrue( $erased['items_retained'] );
		$this->assertNull( $this->repository->find( $saved['id'] )['email'] );
		$this->assertSame( array(), $privacy->export( 'hoa@example.org' )['data'] );

		$old    = $this->item( array( 'received_at' => gmdate( 'Y-m-d H:i:s', strtotime( '-25 months' ) ) ) );
		$recent = $this->item( array( 'received_at' => gmdate( 'Y-m-d H:i:s', strtotime( '-23 months' ) ) ) );
		$this->assertSame( 24, $privacy->retention_months() );
		$this->assertGreaterThanOrEqual( 1, $privacy->run_retention() );
		$this->assertNotNull( $this->repository->find( $old['id'] )['personal_erased_at'] );
		$this->assertSame( 'hoa@example.org', $this->repository->find( $recent['id'] )['email'] );
		$this->assertNotFalse( wp_next_scheduled( FeedbackPrivacy::CRON_HOOK ) );
	}

	public function test_feedback_never_reaches_core_routes_or_search(): void {
		$this->item();
		$routes = array_keys( rest_get_server()->get_routes() );
		foreach ( $routes as $route ) {
			if ( str_starts_with( $route, '/wp/v2' ) ) {
				$this->assertStringNotContainsString( 'feedback', $route );
			}
		}
		$search = self::rest( 'GET', '/wp/v2/search', array( 'search' => 'bộ phận một cửa' ) );
		$this->assertStringNotContainsString( 'hoa@example.org', (string) wp_json_encode( $search->get_data() ) );
		$lookup = new FeedbackLookup( $this->repository );
		$this->assertInstanceOf( \WP_Error::class, $lookup->find( 'ACDE-FG-HJKL', 'hoa@example.org' ) );
	}
}
