<?php
/**
 * Tests of the workflow actions and the states they are allowed from.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Workflow;

use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;
use Ttdt\Workflow\Approval;
use Ttdt\Workflow\ApprovalFingerprint;
use Ttdt\Workflow\ApprovalGuard;
use Ttdt\Workflow\History;
use Ttdt\Workflow\ItemDeadline;
use Ttdt\Workflow\Receipt;
use Ttdt\Workflow\StatusListener;
use Ttdt\Workflow\Transitions;
use Ttdt\Workflow\WorkflowMailer;
use Ttdt\Workflow\WorkflowMeta;
use Ttdt\Workflow\WorkflowState;
use WP_Error;
use WP_Post;

/**
 * The actions run on real items with the plugin's hooks in place (the status listener records
 * the steps), with mail captured.
 */
final class TransitionsTest extends TestCase {

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
		self::replace_booted( $receipt, $guard, $listener );
		$this->transitions = new Transitions( $listener, $receipt, $mailer );
	}

	/**
	 * State before, action, whether it is allowed, state after.
	 *
	 * @return array<string, array{string, string, bool, string}>
	 */
	public static function moves(): array {
		$moves = array();
		$rules = array(
			'submit'  => array(
				WorkflowState::DRAFT    => WorkflowState::SUBMITTED,
				WorkflowState::RETURNED => WorkflowState::SUBMITTED,
			),
			'approve' => array( WorkflowState::SUBMITTED => WorkflowState::APPROVED ),
			'return'  => array(
				WorkflowState::SUBMITTED => WorkflowState::RETURNED,
				WorkflowState::APPROVED  => WorkflowState::RETURNED,
			),
		);
		foreach ( $rules as $action => $allowed ) {
			foreach ( WorkflowState::ALL as $state ) {
				$moves[ "{$action} from {$state}" ] = array( $state, $action, isset( $allowed[ $state ] ), $allowed[ $state ] ?? $state );
			}
		}
		return $moves;
	}

	/**
	 * @dataProvider moves
	 *
	 * @param string $from    State before.
	 * @param string $action  Action.
	 * @param bool   $allowed Whether the action is allowed from that state.
	 * @param string $to      State after.
	 */
	public function test_action_from_state( string $from, string $action, bool $allowed, string $to ): void {
		$moderator = self::create_user( 'ttdt_moderator' );
		$post      = $this->item_in( $from );
		wp_set_current_user( $moderator->ID );

		$result = $this->act( $action, $post, $moderator->ID );

		if ( $allowed ) {
			$this->assertTrue( $result, $result instanceof WP_Error ? $result->get_error_message() : '' );
			$last = History::entries( $post->ID );
			$last = end( $last );
			$this->assertSame( array( $action, $from, $to ), array( $last['action'], $last['from'], $last['to'] ) );
		} else {
			$this->assertInstanceOf( WP_Error::class, $result );
			$this->assertSame( 'ttdt_workflow_state', $result->get_error_code() );
			$this->assertSame( 409, $result->get_error_data()['status'] );
			$this->assertSame( $from, $result->get_error_data()['state'] );
			$this->assertSame( array(), History::entries( $post->ID ), 'A refused action leaves no step.' );
		}
		$this->assertSame( $to, WorkflowState::of( get_post( $post->ID ) ) );
	}

	public function test_approval_records_the_approver_and_mails_the_writer(): void {
		$writer    = self::create_user( 'ttdt_collaborator' );
		$moderator = self::create_user( 'ttdt_moderator' );
		$post      = $this->item_in( WorkflowState::SUBMITTED, $writer->ID );

		$this->assertTrue( $this->transitions->approve( $post, $moderator->ID, 'Tốt.', self::seen( $post ) ) );

		$this->assertSame( $moderator->ID, Approval::get( $post->ID )['by'] );
		$this->assertContains( $writer->user_email, array_merge( ...array_map( static fn( $mail ) => (array) $mail['to'], (array) $this->mail ) ) );
	}

	public function test_a_return_needs_a_reason_and_keeps_it(): void {
		$moderator = self::create_user( 'ttdt_moderator' );
		$post      = $this->item_in( WorkflowState::SUBMITTED );
		wp_set_current_user( $moderator->ID );

		$refused = $this->transitions->return_item( $post, "  \n " );
		$this->assertInstanceOf( WP_Error::class, $refused );
		$this->assertSame( 'ttdt_return_reason_required', $refused->get_error_code() );
		$this->assertSame( WorkflowState::SUBMITTED, WorkflowState::of( get_post( $post->ID ) ) );

		$this->assertTrue( $this->transitions->return_item( $post, 'Bổ sung nguồn tin.' ) );
		$this->assertSame( 'draft', get_post_status( $post->ID ) );
		$this->assertSame( 'Bổ sung nguồn tin.', get_post_meta( $post->ID, WorkflowMeta::RETURNED, true )['reason'] );
	}

	public function test_resubmitting_a_returned_item_clears_the_mark(): void {
		$post = $this->item_in( WorkflowState::RETURNED );

		$this->assertTrue( $this->transitions->submit( $post ) );
		$this->assertSame( '', get_post_meta( $post->ID, WorkflowMeta::RETURNED, true ) );
		$this->assertSame( WorkflowState::SUBMITTED, WorkflowState::of( get_post( $post->ID ) ) );
	}

	public function test_a_receipt_needs_a_real_date(): void {
		$post    = $this->item_in( WorkflowState::DRAFT );
		$refused = $this->transitions->record_receipt( $post, '31/02/2025', 'paper' );
		$this->assertInstanceOf( WP_Error::class, $refused );
		$this->assertSame( 'ttdt_invalid_receipt_date', $refused->get_error_code() );
		$this->assertSame( '', get_post_meta( $post->ID, WorkflowMeta::RECEIVED_AT, true ) );
	}

	/**
	 * Runs an action.
	 *
	 * @param string  $action  `submit`, `approve` or `return`.
	 * @param WP_Post $post    Item.
	 * @param int     $user_id Acting user.
	 * @return true|WP_Error
	 */
	private function act( string $action, WP_Post $post, int $user_id ) {
		switch ( $action ) {
			case 'submit':
				return $this->transitions->submit( $post );
			case 'approve':
				return $this->transitions->approve( $post, $user_id, '', self::seen( $post ) );
			default:
				return $this->transitions->return_item( $post, 'Viết lại đoạn mở đầu.' );
		}
	}

	/**
	 * An item in a state, set directly in the database (not through the actions under test).
	 *
	 * @param string $state  State.
	 * @param int    $author Writer, or 0 for none.
	 * @return WP_Post
	 */
	private function item_in( string $state, int $author = 0 ): WP_Post {
		global $wpdb;

		$post   = self::create_post( $author ? array( 'post_author' => $author ) : array() );
		$status = array(
			WorkflowState::DRAFT     => 'draft',
			WorkflowState::RETURNED  => 'draft',
			WorkflowState::SUBMITTED => 'pending',
			WorkflowState::APPROVED  => 'pending',
			WorkflowState::PUBLISHED => 'publish',
		)[ $state ];
		$wpdb->update( $wpdb->posts, array( 'post_status' => $status ), array( 'ID' => $post->ID ) );
		clean_post_cache( $post->ID );
		if ( WorkflowState::RETURNED === $state ) {
			update_post_meta( $post->ID, WorkflowMeta::RETURNED, array( 'reason' => 'Thiếu ảnh.' ) );
		}
		if ( WorkflowState::APPROVED === $state ) {
			Approval::set( $post->ID, 1, '2025-01-01T08:00:00+07:00' );
		}
		delete_post_meta( $post->ID, WorkflowMeta::HISTORY );
		$post = get_post( $post->ID );
		$this->assertSame( $state, WorkflowState::of( $post ) );
		return $post;
	}

	/**
	 * The fingerprint of an item as a moderator sees it now.
	 *
	 * @param \WP_Post $post The item.
	 * @return string
	 */
	private static function seen( \WP_Post $post ): string {
		return ApprovalFingerprint::token( ApprovalFingerprint::of_post( $post->ID ) );
	}
}
