<?php
/**
 * Tests of how the workflow state is read from core's status and the item's marks.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Workflow;

use Ttdt\Tests\Support\TestCase;
use Ttdt\Workflow\Approval;
use Ttdt\Workflow\WorkflowMeta;
use Ttdt\Workflow\WorkflowState;

/**
 * Every core status a post can have maps to one of the five states.
 */
final class WorkflowStateTest extends TestCase {

	/**
	 * Core status, approval mark, return mark, expected state.
	 *
	 * @return array<string, array{string, bool, bool, string}>
	 */
	public static function statuses(): array {
		return array(
			'draft'                    => array( 'draft', false, false, WorkflowState::DRAFT ),
			'auto-draft'               => array( 'auto-draft', false, false, WorkflowState::DRAFT ),
			'private'                  => array( 'private', false, false, WorkflowState::DRAFT ),
			'draft with a return mark' => array( 'draft', false, true, WorkflowState::RETURNED ),
			'pending'                  => array( 'pending', false, false, WorkflowState::SUBMITTED ),
			'pending and approved'     => array( 'pending', true, false, WorkflowState::APPROVED ),
			'publish'                  => array( 'publish', false, false, WorkflowState::PUBLISHED ),
			'future'                   => array( 'future', true, false, WorkflowState::PUBLISHED ),
		);
	}

	/**
	 * @dataProvider statuses
	 *
	 * @param string $status   Core status.
	 * @param bool   $approved Whether the item carries an approval.
	 * @param bool   $returned Whether the item carries a return mark.
	 * @param string $expected State.
	 */
	public function test_state_of_a_status( string $status, bool $approved, bool $returned, string $expected ): void {
		$post = self::create_post();
		if ( $approved ) {
			Approval::set( $post->ID, 1, '2025-01-01T08:00:00+07:00' );
		}
		if ( $returned ) {
			update_post_meta( $post->ID, WorkflowMeta::RETURNED, array( 'reason' => 'Thiếu nguồn.' ) );
		}
		$this->assertSame( $expected, WorkflowState::from( $status, $post->ID ) );
		$this->assertContains( $expected, WorkflowState::ALL );
	}

	public function test_an_unsaved_item_is_a_draft(): void {
		$this->assertSame( WorkflowState::DRAFT, WorkflowState::from( 'draft', 0 ) );
		$this->assertSame( WorkflowState::SUBMITTED, WorkflowState::from( 'pending', 0 ) );
	}

	public function test_only_posts_go_through_the_workflow(): void {
		$this->assertTrue( WorkflowState::applies_to( self::create_post() ) );
		$this->assertFalse( WorkflowState::applies_to( self::create_post( array( 'post_type' => 'page' ) ) ) );
		$this->assertFalse( WorkflowState::applies_to( null ) );
	}
}
