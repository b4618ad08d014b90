<?php
/**
 * REST endpoint of the editorial-board roster: `ttdt/v1/board`.
 *
 * @package Ttdt
 */

namespace Ttdt\Board;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\EnumLabels;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP_User;

/**
 * GET lists the board and the staff; POST `/board/<id>` changes one person's position,
 * appointing decision, term and permission level. Reading needs {@see Capabilities::VIEW_BOARD},
 * changing needs {@see Capabilities::MANAGE_BOARD} for that person.
 *
 * @since 0.1.0
 */
final class BoardController extends RestController {

	/**
	 * The roster the routes read and change.
	 *
	 * @var BoardRoster
	 */
	private BoardRoster $roster;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param BoardRoster $roster The roster.
	 */
	public function __construct( BoardRoster $roster ) {
		$this->roster    = $roster;
		$this->rest_base = 'board';
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => $this->get_collection_params(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)',
			array(
				'args'   => array(
					'id' => array(
						'description' => __( 'User ID of the member.', 'ttdt-portal' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
				),
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Who may see the roster.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::VIEW_BOARD ),
			__( 'You are not allowed to see the editorial board roster. Ask a system administrator.', 'ttdt-portal' )
		);
	}

	/**
	 * Who may see one member.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->get_items_permissions_check( $request );
	}

	/**
	 * Who may change a member: only those who manage the board, and only for that member.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::MANAGE_BOARD, (int) $request['id'] ),
			__( 'Only a system administrator may change board positions and permission levels.', 'ttdt-portal' )
		);
	}

	/**
	 * Lists the board members and the staff.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$items = array();
		foreach ( $this->roster->people() as $user ) {
			$items[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $user, $request ) );
		}
		$response = rest_ensure_response( $items );
		$response->header( 'X-WP-Total', (string) count( $items ) );
		$response->header( 'X-WP-TotalPages', '1' );
		return $response;
	}

	/**
	 * Returns one member.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$user = $this->get_user( (int) $request['id'] );
		if ( is_wp_error( $user ) ) {
			return $user;
		}
		return $this->prepare_item_for_response( $user, $request );
	}

	/**
	 * Changes a member's board attributes and permission level.
	 *
	 * The role is checked before anything is written, so a refused role leaves the board
	 * attributes untouched too.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$user = $this->get_user( (int) $request['id'] );
		if ( is_wp_error( $user ) ) {
			return $user;
		}
		$role = $request->has_param( 'role' ) ? (string) $request['role'] : null;
		if ( null !== $role ) {
			$allowed = RoleAssignment::check( $user, $role );
			if ( is_wp_error( $allowed ) ) {
				return $allowed;
			}
		}

		$changes = array();
		foreach ( $this->roster->fields() as $field ) {
			if ( $request->has_param( $field ) ) {
				$changes[ $field ] = (string) $request[ $field ];
			}
		}
		$updated = $this->roster->update( $user, $changes );
		if ( is_wp_error( $updated ) ) {
			return $updated;
		}

		if ( null !== $role ) {
			$assigned = RoleAssignment::assign( $user, $role );
			if ( is_wp_error( $assigned ) ) {
				return $assigned;
			}
		}

		$request->set_param( 'context', 'edit' );
		return $this->prepare_item_for_response( new WP_User( $user->ID ), $request );
	}

	/**
	 * Shapes one person for the response.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_User         $item    User.
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$board = $this->roster->read( $item->ID );
		$role  = StaffRole::of( $item );
		$today = current_datetime()->format( 'Y-m-d' );
		$data  = array(
			'id'              => $item->ID,
			'name'            => $item->display_name,
			'username'        => $item->user_login,
			'email'           => $item->user_email,
			'role'            => $role,
			'role_label'      => '' !== $role ? StaffRole::label( $role ) : implode( ', ', array_map( array( StaffRole::class, 'label' ), (array) $item->roles ) ),
			'position'        => $board['position'],
			'position_label'  => BoardPosition::label( $board['position'] ),
			'decision_number' => $board['decision_number'],
			'decision_date'   => $board['decision_date'],
			'term_start'      => $board['term_start'],
			'term_end'        => $board['term_end'],
			'term_ended'      => '' !== $board['term_end'] && $board['term_end'] < $today,
		);

		$context  = ! empty( $request['context'] ) ? $request['context'] : 'view';
		$data     = $this->filter_response_by_context( $this->add_additional_fields_to_object( $data, $request ), $context );
		$response = rest_ensure_response( $data );
		$response->add_links( $this->prepare_links( $item ) );
		return $response;
	}

	/**
	 * Links of one member: itself, and the edit action when the current user may change it.
	 *
	 * @param WP_User $user User.
	 * @return array<string, array<string, mixed>>
	 */
	protected function prepare_links( $user ): array {
		$actions = array();
		if ( current_user_can( Capabilities::MANAGE_BOARD, $user->ID ) ) {
			$actions['manage-board'] = $this->item_url( $user->ID );
		}
		if ( current_user_can( Capabilities::END_SESSIONS, $user->ID ) ) {
			// `https://api.w.org/action-end-sessions` ({@see SessionsController::END_REL}).
			$actions['end-sessions'] = \Ttdt\Security\SessionsController::url( $user->ID );
		}
		return $this->item_links( $user->ID, $actions, true );
	}

	/**
	 * The schema of a roster entry, with the names of its roles and positions.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return EnumLabels::add( BoardSchema::member(), BoardSchema::labels() );
	}

	/**
	 * Only the context parameter: the roster of a commune is a few dozen people.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) );
	}

	/**
	 * The user, or a 404 error.
	 *
	 * @param int $id User ID.
	 * @return WP_User|WP_Error
	 */
	private function get_user( int $id ) {
		$user = get_userdata( $id );
		if ( ! $user instanceof WP_User ) {
			return new WP_Error( 'ttdt_board_no_user', __( 'There is no such user. Reload the list and try again.', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		return $user;
	}
}
