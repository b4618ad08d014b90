<?php
/**
 * Tests of the feedback tables and repository, on the real database.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Feedback;

use Ttdt\Access\Capabilities;
use Ttdt\Feedback\FeedbackChannel;
use Ttdt\Feedback\FeedbackEvent;
use Ttdt\Feedback\FeedbackRepository;
use Ttdt\Feedback\FeedbackStatus;
use Ttdt\Feedback\FeedbackTables;
use Ttdt\Feedback\FeedbackType;
use Ttdt\Tests\Support\TestCase;

/**
 * An item, its files and its first event are stored together or not at all.
 */
final class FeedbackRepositoryTest extends TestCase {

	/**
	 * The repository under test.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $repository;

	protected function setUp(): void {
		parent::setUp();
		$this->repository = new FeedbackRepository();
	}

	/**
	 * A valid item.
	 *
	 * @param array<string, mixed> $over Columns to change.
	 * @return array<string, mixed>
	 */
	private static function item( array $over = array() ): array {
		return $over + array(
			'type'         => FeedbackType::REPORT,
			'channel'      => FeedbackChannel::ONLINE,
			'subject'      => 'Đèn đường hỏng ở thôn Đông',
			'content'      => 'Ba cột đèn trước nhà văn hoá thôn Đông không sáng từ tuần trước.',
			'name'         => 'Nguyễn Văn An',
			'email'        => 'an@example.org',
			'phone'        => '0912345678',
			'consent_text' => 'Tôi đồng ý cho UBND xã xử lý dữ liệu cá nhân để trả lời phản ánh này.',
			'consent_at'   => '2026-01-05 08:00:00',
			'ip_hash'      => str_repeat( 'a', 64 ),
		);
	}

	/**
	 * Rows in one of the tables.
	 *
	 * @param string $name Table constant.
	 * @return int
	 */
	private static function rows( string $name ): int {
		global $wpdb;
		return (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . FeedbackTables::table( $name ) ); // phpcs:ignore WordPress.DB
	}

	public function test_tables_are_innodb_utf8mb4(): void {
		global $wpdb;
		foreach ( array( FeedbackTables::ITEMS, FeedbackTables::FILES, FeedbackTables::EVENTS ) as $name ) {
			$status = $wpdb->get_row( $wpdb->prepare( 'SHOW TABLE STATUS LIKE %s', FeedbackTables::table( $name ) ), ARRAY_A );
			$this->assertNotNull( $status, $name );
			$this->assertSame( 'InnoDB', $status['Engine'], $name );
			$this->assertStringStartsWith( 'utf8mb4', $status['Collation'], $name );
		}
	}

	public function test_insert_stores_item_files_and_received_event_and_audits(): void {
		$saved = $this->repository->insert(
			self::item(),
			array(
				array( 'name' => 'anh.jpg', 'mime' => 'image/jpeg', 'size' => 1234, 'path' => 'abc/anh.jpg' ),
				array( 'name' => 'don.pdf', 'mime' => 'application/pdf', 'size' => 4321, 'path' => 'abc/don.pdf' ),
			)
		);
		$this->assertIsArray( $saved );
		$this->assertMatchesRegularExpression( '/^[ACDEFGHJKLMNPQRTUVWXY34679]{10}$/', $saved['code'] );

		$item = $this->repository->find( $saved['id'] );
		$this->assertSame( FeedbackStatus::NEW, $item['status'] );
		$this->assertSame( 'Nguyễn Văn An', $item['name'] );
		$this->assertSame( $saved['code'], $item['code'] );
		$this->assertCount( 2, $this->repository->files( $saved['id'] ) );
		$events = $this->repository->events( $saved['id'] );
		$this->assertSame( array( FeedbackEvent::RECEIVED ), array_column( $events, 'kind' ) );
		$this->assertSame( array( 'channel' => 'online' ), $events[0]['data'] );

		global $wpdb;
		$audited = $wpdb->get_var( $wpdb->prepare( "SELECT action FROM {$wpdb->prefix}ttdt_audit_log WHERE object_type = 'feedback' AND object_id = %d", $saved['id'] ) );
		$this->assertSame( 'feedback.received', $audited );
	}

	public function test_a_file_the_database_refuses_leaves_nothing_stored(): void {
		$items  = self::rows( FeedbackTables::ITEMS );
		$events = self::rows( FeedbackTables::EVENTS );
		$files  = self::rows( FeedbackTables::FILES );

		$saved = $this->repository->insert(
			self::item(),
			array(
				array( 'name' => 'anh.jpg', 'mime' => 'image/jpeg', 'size' => 1, 'path' => 'abc/anh.jpg' ),
				// Longer than the column: the second file row cannot be written.
				array( 'name' => 'x.pdf', 'mime' => 'application/pdf', 'size' => 1, 'path' => str_repeat( 'p', 400 ) ),
			)
		);

		$this->assertWPError( $saved );
		$this->assertSame( $items, self::rows( FeedbackTables::ITEMS ), 'No item half-stored.' );
		$this->assertSame( $files, self::rows( FeedbackTables::FILES ) );
		$this->assertSame( $events, self::rows( FeedbackTables::EVENTS ) );
	}

	public function test_lookup_needs_the_code_and_the_contact(): void {
		$saved = $this->repository->insert( self::item() );
		$code  = $saved['code'];
		$shown = substr( $code, 0, 4 ) . '-' . substr( $code, 4, 2 ) . '-' . strtolower( substr( $code, 6 ) );

		$this->assertSame( $saved['id'], $this->repository->find_by_code_and_contact( $shown, 'AN@example.org' )['id'] );
		$this->assertSame( $saved['id'], $this->repository->find_by_code_and_contact( $code, '+84 912 345 678' )['id'] );
		$this->assertNull( $this->repository->find_by_code_and_contact( $code, 'binh@example.org' ) );
		$this->assertNull( $this->repository->find_by_code_and_contact( $code, '0999999999' ) );
		$this->assertNull( $this->repository->find_by_code_and_contact( $code, '' ) );
		$this->assertNull( $this->repository->find_by_code_and_contact( 'ACDE-FG-HJKL', 'an@example.org' ) );
	}

	public function test_status_events_and_query_for_the_inbox(): void {
		$first  = $this->repository->insert( self::item( array( 'subject' => 'Rác thải ở chợ' ) ) );
		$second = $this->repository->insert( self::item( array( 'type' => FeedbackType::QUESTION, 'deadline_at' => '2020-01-01 00:00:00' ) ) );

		$this->assertTrue( $this->repository->update_status( $first['id'], FeedbackStatus::ANSWERED ) );
		$this->assertNotNull( $this->repository->find( $first['id'] )['answered_at'] );
		$this->assertFalse( $this->repository->update_status( $first['id'], 'bogus' ) );
		$this->assertGreaterThan( 0, $this->repository->append_event( $first['id'], FeedbackEvent::NOTE, array( 'body' => 'Đã gọi điện cho người dân.' ) ) );
		$this->assertSame( array( FeedbackEvent::RECEIVED, FeedbackEvent::NOTE ), array_column( $this->repository->events( $first['id'] ), 'kind' ) );

		$ids = static fn( array $page ): array => array_column( $page['items'], 'id' );
		$this->assertSame( array( $first['id'] ), $ids( $this->repository->query( array( 'status' => FeedbackStatus::ANSWERED, 'search' => 'chợ' ) ) ) );
		$this->assertSame( array( $second['id'] ), $ids( $this->repository->query( array( 'type' => FeedbackType::QUESTION, 'overdue' => true ) ) ) );
		$this->assertSame( array( $first['id'] ), $ids( $this->repository->query( array( 'search' => $first['code'] ) ) ) );
		$page = $this->repository->query( array( 'orderby' => 'id; DROP TABLE x', 'order' => 'asc', 'per_page' => 1, 'search' => 'thôn Đông' ) );
		$this->assertSame( 1, count( $page['items'] ) );
		$this->assertGreaterThanOrEqual( 2, $page['total'] );
	}

	public function test_erase_personal_keeps_the_matter_and_records_it(): void {
		$saved = $this->repository->insert( self::item( array( 'address' => 'Thôn Đông' ) ) );
		$this->assertTrue( $this->repository->erase_personal( $saved['id'], 'request' ) );
		$item = $this->repository->find( $saved['id'] );
		foreach ( array( 'email', 'phone', 'address' ) as $column ) {
			$this->assertNull( $item[ $column ], $column );
		}
		$this->assertSame( '', $item['name'] );
		$this->assertSame( '', $item['ip_hash'] );
		$this->assertNotNull( $item['personal_erased_at'] );
		$this->assertSame( 'Đèn đường hỏng ở thôn Đông', $item['subject'] );
		$this->assertFalse( $this->repository->erase_personal( $saved['id'], 'request' ), 'Erased once.' );
		$this->assertContains( FeedbackEvent::ERASED, array_column( $this->repository->events( $saved['id'] ), 'kind' ) );
	}

	public function test_handling_capabilities_follow_the_roles(): void {
		$this->assertTrue( user_can( self::create_user( 'ttdt_moderator' ), Capabilities::HANDLE_FEEDBACK ) );
		$this->assertFalse( user_can( self::create_user( 'ttdt_moderator' ), Capabilities::ANSWER_FEEDBACK ) );
		$this->assertFalse( user_can( self::create_user( 'ttdt_updater' ), Capabilities::HANDLE_FEEDBACK ) );
		$this->assertFalse( user_can( self::create_user( 'subscriber' ), Capabilities::HANDLE_FEEDBACK ) );
	}

	/**
	 * WP_Error assertion.
	 *
	 * @param mixed $value Value.
	 */
	private function assertWPError( $value ): void {
		$this->assertInstanceOf( \WP_Error::class, $value );
	}
}
