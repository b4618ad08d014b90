<?php
/**
 * REST endpoint of the leaders feedback can be forwarded to: `ttdt/v1/feedback/holders`.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Moderators cannot list users through `/wp/v2/users` (it needs `list_users`), yet they
 * choose the leader an item goes to: this route names only those who handle feedback.
 *
 * @since 0.1.0
 */
final class HoldersController implements Hookable {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	/**
	 * Registers the route.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			'ttdt/v1',
			'/feedback/holders',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_holders' ),
					'permission_callback' => array( $this, 'permissions_check' ),
				),
				'schema' => array( $this, 'get_holders_schema' ),
			)
		);
	}

	/**
	 * Needs `ttdt_handle_feedback`.
	 *
	 * @since 0.1.0
	 *
	 * @return true|WP_Error
	 */
	public function permissions_check() {
		return current_user_can( Capabilities::HANDLE_FEEDBACK ) ? true : RestController::forbidden(
			__( 'You are not allowed to read citizens\' feedback. Ask the head of the editorial board for the moderator or publisher level.', 'ttdt-portal' )
		);
	}

	/**
	 * The leaders an item can be forwarded to: users who handle feedback.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_REST_Response
	 */
	public function get_holders() {
		$users = get_users(
			array(
				'capability' => Capabilities::HANDLE_FEEDBACK,
				'orderby'    => 'display_name',
				'fields'     => array( 'ID', 'display_name' ),
				'number'     => 200,
			)
		);
		return rest_ensure_response(
			array_map(
				static fn( $user ): array => array(
					'id'   => (int) $user->ID,
					'name' => (string) $user->display_name,
				),
				$users
			)
		);
	}

	/**
	 * Schema of a leader in `feedback/holders`.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_holders_schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-feedback-holder',
			'type'       => 'object',
			'properties' => array(
				'id'   => array(
					'description' => __( 'User ID.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'name' => array(
					'description' => __( 'Display name.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
			),
		);
	}

}
