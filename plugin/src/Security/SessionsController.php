<?php
/**
 * REST route that ends a user's sessions: `ttdt/v1/sessions/<user ID>`.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP_Session_Tokens;

/**
 * GET tells how many sessions a user has open; DELETE ends them all (audited). The board
 * screen offers the action when the roster entry carries the {@see self::END_REL} link.
 *
 * @since 0.1.0
 */
final class SessionsController extends RestController {

	/**
	 * Link relation of the action on a roster entry (compacted to `wp:action-end-sessions`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const END_REL = 'https://api.w.org/action-end-sessions';

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'sessions';

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>\d+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * URL of a user's sessions, for the links of other resources.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User ID.
	 * @return string
	 */
	public static function url( int $user_id ): string {
		return rest_url( sprintf( '%s/sessions/%d', self::REST_NAMESPACE, $user_id ) );
	}

	/**
	 * Administrators, for accounts they may edit.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::END_SESSIONS, (int) $request['id'] ),
			__( 'Only an administrator may end the sessions of an account.', 'ttdt-portal' )
		);
	}

	/**
	 * How many sessions are open.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		$user_id = (int) $request['id'];
		return rest_ensure_response(
			array(
				'user'     => $user_id,
				'sessions' => count( WP_Session_Tokens::get_instance( $user_id )->get_all() ),
			)
		);
	}

	/**
	 * Ends them all.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function delete_item( $request ) {
		$user_id = (int) $request['id'];
		return rest_ensure_response(
			array(
				'user'     => $user_id,
				'sessions' => 0,
				'ended'    => SessionHygiene::end_all( $user_id, SessionEndReason::MANUAL ),
			)
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-sessions',
			'type'       => 'object',
			'properties' => array(
				'user'     => array(
					'description' => __( 'User ID.', 'ttdt-portal' ),
					'type'        => 'integer',
					'readonly'    => true,
				),
				'sessions' => array(
					'description' => __( 'Sessions open now.', 'ttdt-portal' ),
					'type'        => 'integer',
					'readonly'    => true,
				),
				'ended'    => array(
					'description' => __( 'Sessions just ended.', 'ttdt-portal' ),
					'type'        => 'integer',
					'readonly'    => true,
				),
			),
		);
	}
}
