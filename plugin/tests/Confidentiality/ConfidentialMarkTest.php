<?php
/**
 * Who may mark and unmark, through the route and every other write, and the audit of it.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Confidentiality;

use Ttdt\Audit\AuditLog;
use Ttdt\Audit\AuditQuery;
use Ttdt\Board\BoardMeta;
use Ttdt\Board\BoardPosition;
use Ttdt\Confidentiality\ConfidentialController;
use Ttdt\Confidentiality\ConfidentialEffects;
use Ttdt\Confidentiality\ConfidentialFlag;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * Real users of each level change the mark through `ttdt/v1/confidential/<id>` and through
 * `update_post_meta()` (the data layer every other path ends in).
 */
final class ConfidentialMarkTest extends TestCase {

	/**
	 * Whoever may edit the item marks it; a visitor and someone who may not edit it cannot.
	 */
	public function test_anyone_who_may_edit_marks(): void {
		$writer = self::create_user( 'ttdt_collaborator' );
		$item   = self::create_post( array( 'post_author' => $writer->ID ) )->ID;

		$this->assertSame( 401, self::change( 0, $item, true )->get_status() );
		$this->assertSame( 403, self::change( self::create_user( 'ttdt_collaborator' )->ID, $item, true )->get_status(), 'Another collaborator may not edit it.' );
		$this->assertFalse( ConfidentialFlag::is_marked( $item ) );

		$response = self::change( $writer->ID, $item, true );
		$this->assertSame( 200, $response->get_status() );
		$this->assertTrue( $response->get_data()['confidential'] );
		$this->assertFalse( $response->get_data()['can_unmark'] );
		$this->assertTrue( ConfidentialFlag::is_marked( $item ) );
	}

	/**
	 * A visitor gets 401 and a subscriber 403, whether or not the ID exists.
	 */
	public function test_route_refuses_visitors_and_subscribers_alike(): void {
		$item       = self::create_post()->ID;
		$subscriber = self::create_user( 'subscriber' )->ID;
		foreach ( array( $item, 999999 ) as $id ) {
			wp_set_current_user( 0 );
			$this->assertSame( 401, rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/confidential/' . $id ) )->get_status() );
			$this->assertSame( 401, self::change( 0, $id, true )->get_status() );
			wp_set_current_user( $subscriber );
			$this->assertSame( 403, rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/confidential/' . $id ) )->get_status() );
			$this->assertSame( 403, self::change( $subscriber, $id, true )->get_status() );
		}
	}

	/**
	 * Only the head of the board or an administrator removes the mark, at every level.
	 *
	 * @dataProvider levels
	 *
	 * @param string $role    Role.
	 * @param bool   $head    Whether the user is the head of the board.
	 * @param bool   $allowed Whether they may unmark.
	 */
	public function test_unmarking_per_role( string $role, bool $head, bool $allowed ): void {
		$user = self::create_user( $role );
		if ( $head ) {
			update_user_meta( $user->ID, BoardMeta::POSITION_META, BoardPosition::HEAD );
		}
		$item = self::create_post( array( 'post_author' => $user->ID ) )->ID;
		update_post_meta( $item, ConfidentialFlag::KEY, true );

		$response = self::change( $user->ID, $item, false );
		$this->assertSame( $allowed ? 200 : 403, $response->get_status() );
		$this->assertSame( ! $allowed, ConfidentialFlag::is_marked( $item ) );

		// The data layer refuses the same user whatever path calls it (custom fields, XML-RPC).
		update_post_meta( $item, ConfidentialFlag::KEY, true );
		wp_set_current_user( $user->ID );
		$this->assertSame( $allowed, current_user_can( 'edit_post_meta', $item, ConfidentialFlag::KEY ) );
		delete_post_meta( $item, ConfidentialFlag::KEY );
		update_post_meta( $item, ConfidentialFlag::KEY, false );
		$this->assertSame( ! $allowed, ConfidentialFlag::is_marked( $item ) );
	}

	/**
	 * Roles and whether each may unmark.
	 *
	 * @return array<string, array{0: string, 1: bool, 2: bool}>
	 */
	public static function levels(): array {
		return array(
			'collaborator'   => array( 'ttdt_collaborator', false, false ),
			'updater'        => array( 'ttdt_updater', false, false ),
			'moderator'      => array( 'ttdt_moderator', false, false ),
			'publisher'      => array( 'ttdt_publisher', false, false ),
			'head (publisher)' => array( 'ttdt_publisher', true, true ),
			'administrator'  => array( 'administrator', false, true ),
		);
	}

	/**
	 * The link tells the editor who may unmark; the field tells anyone reading the item.
	 */
	public function test_item_response_carries_the_mark_and_the_unmark_link(): void {
		$admin  = self::create_user( 'administrator' );
		$writer = self::create_user( 'ttdt_updater' );
		$item   = self::create_post( array( 'post_author' => $writer->ID ) )->ID;
		update_post_meta( $item, ConfidentialFlag::KEY, true );

		foreach ( array( $writer->ID => false, $admin->ID => true ) as $user => $link ) {
			wp_set_current_user( $user );
			$response = rest_do_request( new WP_REST_Request( 'GET', '/wp/v2/posts/' . $item ) );
			$this->assertSame( 200, $response->get_status() );
			$this->assertTrue( $response->get_data()[ ConfidentialFlag::KEY ] );
			$this->assertSame( $link, isset( $response->get_links()[ ConfidentialController::UNMARK_REL ] ) );
		}

		// The posts endpoint does not change the mark (the editor sends stale meta).
		$request = new WP_REST_Request( 'POST', '/wp/v2/posts/' . $item );
		$request->set_body_params( array( ConfidentialFlag::KEY => false ) );
		rest_do_request( $request );
		$this->assertTrue( ConfidentialFlag::is_marked( $item ) );
	}

	/**
	 * Marking and unmarking are audited with who did it; a write that changes nothing is not.
	 */
	public function test_marking_and_unmarking_are_audited(): void {
		$writer = self::create_user( 'ttdt_updater' );
		$admin  = self::create_user( 'administrator' );
		$item   = self::create_post( array( 'post_author' => $writer->ID ) )->ID;

		self::change( $writer->ID, $item, true );
		self::change( $writer->ID, $item, true );
		self::change( $admin->ID, $item, false );

		$query              = new AuditQuery();
		$query->object_type = 'post';
		$query->object_id   = $item;
		$entries            = AuditLog::find( $query );
		$mine    = array_values( array_filter( $entries, static fn( $row ) => str_starts_with( $row->action, 'confidential.' ) ) );
		$this->assertCount( 2, $mine );
		$this->assertSame( ConfidentialEffects::UNMARK_ACTION, $mine[0]->action );
		$this->assertSame( $admin->ID, (int) $mine[0]->user_id );
		$this->assertSame( ConfidentialEffects::MARK_ACTION, $mine[1]->action );
		$this->assertSame( $writer->ID, (int) $mine[1]->user_id );
		$this->assertNotEmpty( $mine[1]->occurred_at );
	}

	/**
	 * Changes the mark through the route as a user.
	 *
	 * @param int  $user_id      User (0: a visitor).
	 * @param int  $item         Item ID.
	 * @param bool $confidential Mark wanted.
	 * @return \WP_REST_Response
	 */
	private static function change( int $user_id, int $item, bool $confidential ): \WP_REST_Response {
		wp_set_current_user( $user_id );
		$request = new WP_REST_Request( 'POST', '/ttdt/v1/confidential/' . $item );
		$request->set_body_params( array( 'confidential' => $confidential ) );
		$response = rest_do_request( $request );
		wp_set_current_user( 0 );
		return $response;
	}
}
