<?php
/**
 * REST endpoint for staff reading comments on a draft: `ttdt/v1/drafts/<id>/comments`.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Comments hold citizens' names and contacts: only those who handle citizens' feedback
 * (`ttdt_handle_feedback`, the board) read them, newest first, with the total in
 * `X-WP-Total`, and record how each was handled. There is no public route: citizens comment
 * through the form.
 *
 * @since 0.1.0
 */
final class CommentsController extends RestController {

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
		$this->rest_base  = 'drafts';
	}

	/**
	 * Registers the route.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)/comments',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => array(
						'id'       => array(
							'description' => __( 'The draft.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'required'    => true,
						),
						'page'     => array(
							'description' => __( 'Page of the list, from 1.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'maximum'     => RestController::MAX_PAGE,
							'default'     => 1,
						),
						'per_page' => array(
							'description' => __( 'Comments per page.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'maximum'     => 100,
							'default'     => 20,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)/comments/(?P<comment>[\d]+)',
			array(
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
					'args'                => array(
						'id'      => array(
							'description' => __( 'The draft.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'required'    => true,
						),
						'comment' => array(
							'description' => __( 'Comment ID.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'required'    => true,
						),
						'status'  => array(
							'description' => __( 'Handling status of the comment.', 'ttdt-portal' ),
							'type'        => 'string',
							'enum'        => CommentStatus::all(),
							'required'    => true,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Needs `ttdt_handle_feedback`, like reading.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		return $this->get_items_permissions_check( $request );
	}

	/**
	 * Records how the board handled a comment of the draft.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$row = $this->repository->find( (int) $request['comment'] );
		if ( ! $row || (int) $row['draft_id'] !== (int) $request['id'] ) {
			return new WP_Error( 'ttdt_draft_comment_not_found', __( 'This comment does not exist on this draft. Reload the list of comments and try again.', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		$this->repository->set_status( (int) $row['id'], (string) $request['status'] );
		return rest_ensure_response( CommentSchema::shape( (array) $this->repository->find( (int) $row['id'] ) ) );
	}

	/**
	 * Needs `ttdt_handle_feedback`.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::HANDLE_FEEDBACK ),
			__( 'You are not allowed to read citizens\' comments on drafts. Ask the head of the editorial board for the moderator or publisher level.', 'ttdt-portal' )
		);
	}

	/**
	 * One page of the draft's comments.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		$draft_id = (int) $request['id'];
		if ( DraftPostType::NAME !== get_post_type( $draft_id ) ) {
			return new WP_Error( 'ttdt_draft_not_found', __( 'This draft does not exist. Open it again from the list of drafts for comment.', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		$rows     = $this->repository->page( $draft_id, (int) $request['per_page'], (int) $request['page'] );
		$response = rest_ensure_response( array_map( array( CommentSchema::class, 'shape' ), $rows ) );
		$response->header( 'X-WP-Total', (string) ( $this->repository->counts( array( $draft_id ) )[ $draft_id ] ?? 0 ) );
		return $response;
	}

	/**
	 * The comment schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return CommentSchema::item();
	}
}
