<?php
/**
 * Tests that moderating a comment on a draft is written to the audit log.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Drafts;

use Ttdt\Audit\AuditLog;
use Ttdt\Audit\AuditPresenter;
use Ttdt\Audit\AuditQuery;
use Ttdt\Drafts\CommentRepository;
use Ttdt\Drafts\CommentStatus;
use Ttdt\Drafts\DraftPostType;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * Against the real comments table and audit log, rolled back after each test.
 */
final class CommentAuditTest extends TestCase {

	/**
	 * A comment on a new draft.
	 *
	 * @return array{0: int, 1: int} Draft ID, comment ID.
	 */
	private static function comment(): array {
		$draft = self::create_post(
			array(
				'post_type'  => DraftPostType::NAME,
				'post_title' => 'Dự thảo quy ước thôn Đông',
			)
		)->ID;
		$id    = ( new CommentRepository() )->insert(
			array(
				'draft_id'     => $draft,
				'name'         => 'Lê Văn Góp',
				'email'        => 'gop@example.test',
				'content'      => 'Nên giữ nguyên giờ họp chợ.',
				'consent_text' => 'Đồng ý.',
				'consent_at'   => gmdate( 'Y-m-d H:i:s' ),
			)
		);
		self::assertIsInt( $id );
		return array( $draft, $id );
	}

	/**
	 * The audit entries of a comment, newest first.
	 *
	 * @param int $id Comment.
	 * @return object[]
	 */
	private static function entries( int $id ): array {
		$query              = new AuditQuery();
		$query->object_type = CommentRepository::AUDIT_OBJECT;
		$query->object_id   = $id;
		$query->per_page    = 10;
		return AuditLog::find( $query );
	}

	/**
	 * A status set through REST is recorded with who, the draft, and before and after; the
	 * audit screen names them in words. Setting the same status again records nothing.
	 */
	public function test_rest_status_change_is_audited(): void {
		list( $draft, $id ) = self::comment();
		$user               = self::create_user( 'ttdt_publisher' );
		wp_set_current_user( $user->ID );
		$GLOBALS['wp_rest_server'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- a server built with this test's hooks.
		$request                   = new WP_REST_Request( 'POST', '/ttdt/v1/drafts/' . $draft . '/comments/' . $id );
		$request->set_body_params( array( 'status' => CommentStatus::ACCEPTED ) );
		$response                  = rest_do_request( $request );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 1, count( self::entries( $id ) ) );

		rest_do_request( $request );
		$GLOBALS['wp_rest_server'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- see above.
		$entries = self::entries( $id );
		$this->assertCount( 1, $entries, 'An unchanged status is not a change.' );

		$entry = $entries[0];
		$this->assertSame( CommentRepository::AUDIT_ACTION, $entry->action );
		$this->assertSame( $user->ID, (int) $entry->user_id );
		$this->assertSame( 'Dự thảo quy ước thôn Đông', $entry->summary );
		$shown = AuditPresenter::present( $entry );
		$this->assertSame( _x( 'Comment on a draft', 'audit object type', 'ttdt-portal' ), $shown['object_label'] );
		$this->assertSame( array( 'comment_status' => CommentStatus::NEW ), $shown['before'] );
		$this->assertSame( array( 'comment_status' => CommentStatus::ACCEPTED ), $shown['after'] );
		$labels = CommentStatus::labels();
		$this->assertSame( $labels[ CommentStatus::NEW ], $shown['changes'][0]['before'] );
		$this->assertSame( $labels[ CommentStatus::ACCEPTED ], $shown['changes'][0]['after'] );
	}

	/**
	 * The repository itself records, so the draft screen's moderation links (which call it)
	 * are audited too; a comment that does not exist records nothing.
	 */
	public function test_repository_records_every_change(): void {
		list( , $id ) = self::comment();
		$repository   = new CommentRepository();
		$this->assertTrue( $repository->set_status( $id, CommentStatus::SET_ASIDE ) );
		$this->assertTrue( $repository->set_status( $id, CommentStatus::EXPLAINED ) );
		$entries = self::entries( $id );
		$this->assertCount( 2, $entries );
		$this->assertSame( '{"comment_status":"set_aside"}', $entries[0]->before_value );
		$this->assertSame( '{"comment_status":"explained"}', $entries[0]->after_value );

		$this->assertFalse( $repository->set_status( $id + 1000, CommentStatus::ACCEPTED ) );
		$this->assertCount( 0, self::entries( $id + 1000 ) );
	}
}
