<?php
/**
 * Tests of the plan states and who may move and change plans.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Plans;

use Ttdt\Audit\AuditLog;
use Ttdt\Audit\AuditQuery;
use Ttdt\Tests\Support\TestCase;

require_once __DIR__ . '/PlanFixtures.php';

/**
 * Draft → submitted → approved by the head, through the real REST routes; an approved plan
 * refuses every change; each move is in the audit log.
 */
final class PlanRulesTest extends TestCase {

	use PlanFixtures;

	public function test_the_head_approves_a_submitted_plan_and_each_move_is_audited(): void {
		$writer = self::create_user( 'ttdt_updater' )->ID;
		$head   = self::head()->ID;
		$plan   = $this->draft_plan( $writer )['plan'];

		$this->assertSame( 200, $this->move( $writer, $plan, 'submitted' )->get_status() );
		$approved = $this->move( $head, $plan, 'approved' );
		$this->assertSame( 200, $approved->get_status(), wp_json_encode( $approved->get_data() ) );
		$this->assertSame( 'approved', $approved->get_data()['status'] );
		$this->assertSame( get_userdata( $head )->display_name, $approved->get_data()['approved_by'] );

		$query              = new AuditQuery();
		$query->object_type = 'plan';
		$query->object_id   = $plan;
		$actions            = array_map( static fn( $row ) => (string) $row->action, AuditLog::find( $query ) );
		sort( $actions );
		$this->assertSame( array( 'plan.approved', 'plan.created', 'plan.submitted' ), $actions );
	}

	public function test_only_the_head_or_an_administrator_approves(): void {
		$writer = self::create_user( 'ttdt_updater' )->ID;
		$plan   = $this->draft_plan( $writer )['plan'];
		$this->move( $writer, $plan, 'submitted' );

		// A publisher who approves items but is not the head of the board cannot approve plans.
		foreach ( array( $writer, self::create_user( 'ttdt_publisher' )->ID, self::create_user( 'ttdt_moderator' )->ID ) as $user ) {
			$this->assertSame( 403, $this->move( $user, $plan, 'approved' )->get_status() );
		}
		$this->assertSame( 401, $this->move( 0, $plan, 'approved' )->get_status() );
		$this->assertSame( 'submitted', $this->rest( $writer, 'GET', "/ttdt/v1/plans/{$plan}" )->get_data()['status'] );

		$this->assertSame( 200, $this->move( self::create_user( 'administrator' )->ID, $plan, 'approved' )->get_status() );
	}

	public function test_who_reads_and_who_writes_plans(): void {
		$writer = self::create_user( 'ttdt_updater' )->ID;
		$plan   = $this->draft_plan( $writer )['plan'];

		$this->assertSame( 200, $this->rest( self::create_user( 'ttdt_collaborator' )->ID, 'GET', '/ttdt/v1/plans' )->get_status() );
		$this->assertSame( 403, $this->rest( self::create_user( 'ttdt_accountant' )->ID, 'GET', '/ttdt/v1/plans' )->get_status() );
		$this->assertSame( 403, $this->rest( self::create_user( 'subscriber' )->ID, 'GET', "/ttdt/v1/plan-progress/{$plan}" )->get_status() );
		$this->assertSame( 401, $this->rest( 0, 'GET', '/ttdt/v1/plan-topics' )->get_status() );

		$collaborator = self::create_user( 'ttdt_collaborator' )->ID;
		$this->assertSame( 403, $this->rest( $collaborator, 'POST', '/ttdt/v1/plans', array( 'period' => 'year', 'year' => 2031, 'title' => 'X' ) )->get_status() );
		$this->assertSame( 403, $this->rest( $collaborator, 'PUT', "/ttdt/v1/plans/{$plan}", array( 'title' => 'Đổi' ) )->get_status() );
		$this->assertSame( 403, $this->move( $collaborator, $plan, 'submitted' )->get_status() );
		$this->assertSame( 'draft', $this->rest( $writer, 'GET', "/ttdt/v1/plans/{$plan}" )->get_data()['status'] );
	}

	public function test_an_approved_plan_refuses_every_change(): void {
		$writer        = self::create_user( 'ttdt_updater' )->ID;
		$admin         = self::create_user( 'administrator' )->ID;
		$made          = $this->draft_plan( $writer );
		list( $topic ) = $made['topics'];
		$plan          = $made['plan'];
		$this->move( $writer, $plan, 'submitted' );
		$this->move( $admin, $plan, 'approved' );

		foreach ( array( $writer, $admin ) as $user ) {
			$this->assertSame( 409, $this->rest( $user, 'PUT', "/ttdt/v1/plans/{$plan}", array( 'title' => 'Đổi' ) )->get_status() );
			$this->assertSame( 409, $this->rest( $user, 'DELETE', "/ttdt/v1/plans/{$plan}" )->get_status() );
			$this->assertSame( 409, $this->rest( $user, 'PUT', "/ttdt/v1/plan-topics/{$topic}", array( 'target' => 99 ) )->get_status() );
			$this->assertSame( 409, $this->rest( $user, 'DELETE', "/ttdt/v1/plan-topics/{$topic}" )->get_status() );
			$this->assertSame( 409, $this->rest( $user, 'POST', '/ttdt/v1/plan-topics', array( 'plan_id' => $plan, 'title' => 'Mới', 'target' => 1, 'starts_on' => '2031-01-01', 'ends_on' => '2031-01-31', 'assignee_id' => $writer ) )->get_status() );
			$this->assertSame( 409, $this->move( $user, $plan, 'draft' )->get_status() );
		}
		$read = $this->rest( $writer, 'GET', "/ttdt/v1/plans/{$plan}" )->get_data();
		$this->assertSame( 'Kế hoạch tuyên truyền', $read['title'] );
		$this->assertSame( 'approved', $read['status'] );
		$this->assertFalse( $read['editable'] );
		$this->assertSame( 3, $this->rest( $writer, 'GET', "/ttdt/v1/plan-topics/{$topic}" )->get_data()['target'] );
	}

	public function test_the_order_of_states_is_kept(): void {
		$writer = self::create_user( 'ttdt_updater' )->ID;
		$admin  = self::create_user( 'administrator' )->ID;
		$empty  = $this->draft_plan( $writer, array() )['plan'];
		$this->assertSame( 400, $this->move( $writer, $empty, 'submitted' )->get_status(), 'A plan without topics is not submitted.' );

		$plan = $this->draft_plan( $writer )['plan'];
		$this->assertSame( 409, $this->move( $admin, $plan, 'approved' )->get_status(), 'A draft is submitted before it is approved.' );
		$this->move( $writer, $plan, 'submitted' );
		$this->assertSame( 409, $this->rest( $writer, 'PUT', "/ttdt/v1/plans/{$plan}", array( 'title' => 'Đổi' ) )->get_status(), 'A submitted plan does not change.' );
		$this->assertSame( 200, $this->move( $writer, $plan, 'draft' )->get_status(), 'It goes back to draft to change.' );
		$this->assertSame( 200, $this->rest( $writer, 'PUT', "/ttdt/v1/plans/{$plan}", array( 'title' => 'Đổi' ) )->get_status() );
	}

	public function test_a_topic_lies_inside_its_plan_and_has_someone_in_charge(): void {
		$writer = self::create_user( 'ttdt_updater' )->ID;
		$plan   = $this->draft_plan( $writer, array() )['plan'];
		$topic  = array(
			'plan_id'     => $plan,
			'title'       => 'Chủ đề',
			'target'      => 2,
			'starts_on'   => '2031-06-01',
			'ends_on'     => '2031-07-15',
			'assignee_id' => $writer,
		);
		$outside = $this->rest( $writer, 'POST', '/ttdt/v1/plan-topics', $topic );
		$this->assertSame( 400, $outside->get_status(), 'H1 ends on 30 June.' );
		$this->assertArrayHasKey( 'starts_on', $outside->get_data()['data']['params'] );
		$this->assertSame( 400, $this->rest( $writer, 'POST', '/ttdt/v1/plan-topics', array( 'ends_on' => '2031-06-30', 'assignee_id' => 0 ) + $topic )->get_status() );
		$this->assertSame( 400, $this->rest( $writer, 'POST', '/ttdt/v1/plan-topics', array( 'ends_on' => '2031-06-30', 'assignee_id' => 0, 'unit_id' => $writer ) + $topic )->get_status(), 'A user ID is not a unit.' );
		$this->assertSame( 201, $this->rest( $writer, 'POST', '/ttdt/v1/plan-topics', array( 'ends_on' => '2031-06-30' ) + $topic )->get_status() );
	}
}
