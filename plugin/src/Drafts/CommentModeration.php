<?php
/**
 * The board moderates comments on the draft's screen: one link per status, no script.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;

/**
 * The box of comments sits inside the editor's own form, where another form cannot go: each
 * status is a link to `admin-post.php`, signed with a nonce for that comment (as core's trash
 * links are), checked against the capability, then the screen is shown again.
 *
 * @since 0.1.0
 */
final class CommentModeration implements Hookable {

	/**
	 * The `action` of the links.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ACTION = 'ttdt_draft_comment_status';

	/**
	 * Repository.
	 *
	 * @var CommentRepository
	 */
	private CommentRepository $repository;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param CommentRepository $repository Repository.
	 */
	public function __construct( CommentRepository $repository ) {
		$this->repository = $repository;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'admin_post_' . self::ACTION, array( $this, 'handle' ) );
	}

	/**
	 * The signed link that gives a comment a status.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $comment_id Comment.
	 * @param string $status     Status.
	 * @return string
	 */
	public static function url( int $comment_id, string $status ): string {
		return wp_nonce_url(
			add_query_arg(
				array(
					'action'  => self::ACTION,
					'comment' => $comment_id,
					'status'  => $status,
				),
				admin_url( 'admin-post.php' )
			),
			self::ACTION . '_' . $comment_id
		);
	}

	/**
	 * Records the status and returns to the draft's screen.
	 *
	 * @since 0.1.0
	 */
	public function handle(): void {
		$comment_id = isset( $_GET['comment'] ) ? absint( wp_unslash( $_GET['comment'] ) ) : 0;
		check_admin_referer( self::ACTION . '_' . $comment_id );
		if ( ! current_user_can( Capabilities::HANDLE_FEEDBACK ) ) {
			wp_die( esc_html__( 'You are not allowed to read citizens\' comments on drafts. Ask the head of the editorial board for the moderator or publisher level.', 'ttdt-portal' ), '', array( 'response' => 403 ) );
		}
		$status = isset( $_GET['status'] ) ? sanitize_key( wp_unslash( $_GET['status'] ) ) : '';
		$row    = $this->repository->find( $comment_id );
		if ( ! $row || ! in_array( $status, CommentStatus::all(), true ) ) {
			wp_die( esc_html__( 'This comment does not exist on this draft. Reload the list of comments and try again.', 'ttdt-portal' ), '', array( 'response' => 404 ) );
		}
		$this->repository->set_status( $comment_id, $status );
		wp_safe_redirect( (string) get_edit_post_link( (int) $row['draft_id'], 'url' ) . '#ttdt-draft-comments', 303 );
		exit;
	}
}
