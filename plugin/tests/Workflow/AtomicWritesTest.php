<?php
/**
 * Tests that each workflow action and each save of an item is stored whole or not at all.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Workflow;

use Ttdt\Audit\AuditTable;
use Ttdt\Settings\Settings;
use Ttdt\Support\Transaction;
use Ttdt\Tests\Support\TestCase;
use Ttdt\Workflow\Approval;
use Ttdt\Workflow\ApprovalFingerprint;
use Ttdt\Workflow\ApprovalGuard;
use Ttdt\Workflow\History;
use Ttdt\Workflow\ItemDeadline;
use Ttdt\Workflow\Receipt;
use Ttdt\Workflow\SaveTransaction;
use Ttdt\Workflow\StatusListener;
use Ttdt\Workflow\Transitions;
use Ttdt\Workflow\WorkflowMailer;
use Ttdt\Workflow\WorkflowMeta;
use WP_Error;
use WP_Post;

/**
 * The audit table is made unwritable for one action (its INSERTs go to a table that does not
 * exist, as when the database fails halfway): the action must then leave nothing behind —
 * no approval without its audit entry, no item published without its approval record — and
 * say so with a 503.
 */
final class AtomicWritesTest extends TestCase {

	/**
	 * Actions under test.
	 *
	 * @var Transitions
	 */
	private Transitions $transitions;

	/**
	 * Wires fresh workflow services in place of the booted ones.
	 */
	protected function setUp(): void {
		parent::setUp();
		$mailer   = new WorkflowMailer( new ItemDeadline( new Settings() ) );
		$receipt  = new Receipt();
		$guard    = new ApprovalGuard( $mailer );
		$listener = new StatusListener( $receipt, $mailer, $guard );
		self::replace_booted( $receipt, $guard, $listener, new SaveTransaction() );
		$this->transitions = new Transitions( $listener, $receipt, $mailer );
	}

	public function test_an_approval_whose_audit_entry_is_lost_is_not_stored(): void {
		$moderator = self::create_user( 'ttdt_moderator' );
		$post      = $this->submitted_item();
		$audit     = self::audit_rows( $post->ID );

		self::break_audit_table();
		$result = $this->transitions->approve( $post, $moderator->ID, 'Tốt.', self::seen( $post ) );

		self::assert_not_stored( $result );
		$this->assertNull( Approval::get( $post->ID ), 'No approval without its audit entry.' );
		$this->assertNull( History::last( $post->ID, array( 'approve' ) ) );
		$this->assertSame( $audit, self::audit_rows( $post->ID ) );
	}

	public function test_a_submission_whose_audit_entry_is_lost_is_not_stored(): void {
		$post = self::create_post( self::sourced() );

		self::break_audit_table();
		$result = $this->transitions->submit( $post );

		self::assert_not_stored( $result );
		$this->assertSame( 'draft', get_post_status( $post->ID ) );
		$this->assertSame( array(), History::entries( $post->ID ) );
		$this->assertSame( '', get_post_meta( $post->ID, WorkflowMeta::RECEIVED_AT, true ) );
	}

	public function test_a_return_whose_audit_entry_is_lost_is_not_stored(): void {
		$moderator = self::create_user( 'ttdt_moderator' );
		$post      = $this->submitted_item();
		wp_set_current_user( $moderator->ID );

		self::break_audit_table();
		$result = $this->transitions->return_item( $post, 'Bổ sung nguồn tin.' );

		self::assert_not_stored( $result );
		$this->assertSame( 'pending', get_post_status( $post->ID ) );
		$this->assertSame( '', get_post_meta( $post->ID, WorkflowMeta::RETURNED, true ) );
	}

	public function test_publishing_through_core_is_rolled_back_when_a_write_fails(): void {
		$publisher = self::create_user( 'ttdt_publisher' );
		$post      = $this->submitted_item();
		wp_set_current_user( $publisher->ID );

		self::break_audit_table();
		wp_update_post(
			array(
				'ID'          => $post->ID,
				'post_status' => 'publish',
			)
		);
		clean_post_cache( $post->ID );
		wp_cache_flush();

		$this->assertSame( 'pending', get_post_status( $post->ID ), 'Not public without its approval and audit entries.' );
		$this->assertNull( Approval::get( $post->ID ) );
		$this->assertNull( History::last( $post->ID, array( 'publish', 'approve' ) ) );
	}

	public function test_publishing_through_core_stores_every_row_when_nothing_fails(): void {
		$publisher = self::create_user( 'ttdt_publisher' );
		$post      = $this->submitted_item();
		wp_set_current_user( $publisher->ID );

		wp_update_post(
			array(
				'ID'          => $post->ID,
				'post_status' => 'publish',
			)
		);

		$this->assertSame( 'publish', get_post_status( $post->ID ) );
		$this->assertSame( $publisher->ID, Approval::get( $post->ID )['by'] );
		$this->assertNotNull( History::last( $post->ID, array( 'publish' ) ) );
		$this->assertContains( 'post.publish', self::audit_rows( $post->ID ) );
		$this->assertContains( 'workflow.approve', self::audit_rows( $post->ID ) );
		$this->assertFalse( Transaction::is_open(), 'The save closed its transaction.' );
	}

	public function test_an_inner_failure_rolls_back_only_its_own_level(): void {
		$post = self::create_post();

		$result = Transaction::run(
			static function () use ( $post ) {
				update_post_meta( $post->ID, 'ttdt_outer', 'kept' );
				$inner = Transaction::run(
					static function () use ( $post ) {
						update_post_meta( $post->ID, 'ttdt_inner', 'dropped' );
						return new WP_Error( 'refused', 'Không.' );
					}
				);
				return is_wp_error( $inner ) ? 'outer done' : 'inner kept';
			}
		);
		wp_cache_flush();

		$this->assertSame( 'outer done', $result );
		$this->assertSame( 'kept', get_post_meta( $post->ID, 'ttdt_outer', true ) );
		$this->assertSame( '', get_post_meta( $post->ID, 'ttdt_inner', true ) );
		$this->assertSame( 0, Transaction::depth() );
	}

	public function test_a_failed_query_rolls_back_work_that_reports_success(): void {
		global $wpdb;

		$post = self::create_post();
		$wpdb->suppress_errors( true );
		$result = Transaction::run(
			static function () use ( $post, $wpdb ) {
				update_post_meta( $post->ID, 'ttdt_half', 'written' );
				$wpdb->query( 'SELECT * FROM ttdt_no_such_table' );
				return true;
			}
		);
		wp_cache_flush();

		self::assert_not_stored( $result );
		$this->assertSame( '', get_post_meta( $post->ID, 'ttdt_half', true ) );
	}

	/**
	 * Asserts the answer of an action that was not stored.
	 *
	 * @param mixed $result Result.
	 */
	private static function assert_not_stored( $result ): void {
		wp_cache_flush();
		self::assertInstanceOf( WP_Error::class, $result );
		self::assertSame( 'ttdt_not_stored', $result->get_error_code() );
		self::assertSame( 503, $result->get_error_data()['status'] );
		self::assertFalse( Transaction::is_open() );
	}

	/**
	 * Sends the audit table's INSERTs to a table that does not exist, for the rest of the test.
	 */
	private static function break_audit_table(): void {
		global $wpdb;

		$table = $wpdb->prefix . AuditTable::NAME;
		// The refused INSERT must not print (output fails a test); it is still counted.
		$wpdb->suppress_errors( true );
		add_filter( 'query', static fn( $query ) => str_replace( "INSERT INTO `{$table}`", "INSERT INTO `{$table}_unavailable`", (string) $query ) );
	}

	/**
	 * The audit actions stored for an item.
	 *
	 * @param int $post_id Item.
	 * @return string[]
	 */
	private static function audit_rows( int $post_id ): array {
		global $wpdb;

		$table = $wpdb->prefix . AuditTable::NAME;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table, read by the test.
		return $wpdb->get_col( $wpdb->prepare( "SELECT action FROM {$table} WHERE object_type = 'post' AND object_id = %d ORDER BY id", $post_id ) );
	}

	/**
	 * A submitted item with its source and writer, written by a collaborator.
	 *
	 * @return WP_Post
	 */
	private function submitted_item(): WP_Post {
		$writer = self::create_user( 'ttdt_collaborator' );
		$post   = self::create_post( self::sourced() + array( 'post_author' => $writer->ID ) );
		$this->assertTrue( $this->transitions->submit( $post ) );
		return get_post( $post->ID );
	}

	/**
	 * Fields of an item the publish rule accepts.
	 *
	 * @return array<string, mixed>
	 */
	private static function sourced(): array {
		return array(
			'meta_input' => array(
				'ttdt_source' => 'Văn phòng UBND',
				'ttdt_writer' => 'Nguyễn Văn Viết',
			),
		);
	}

	/**
	 * The fingerprint of an item as a moderator sees it now.
	 *
	 * @param WP_Post $post The item.
	 * @return string
	 */
	private static function seen( WP_Post $post ): string {
		return ApprovalFingerprint::token( ApprovalFingerprint::of_post( $post->ID ) );
	}
}
