<?php
/**
 * REST endpoint of the overdue reminder: `ttdt/v1/workflow/reminders`.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * - `GET  /workflow/reminders`  when the overdue reminder runs next by itself;
 * - `POST /workflow/reminders`  send the overdue reminder now.
 *
 * Sending mails people, so it has its own capability ({@see Capabilities::SEND_OVERDUE_REMINDERS}),
 * not the one that reads the queue.
 *
 * @since 0.1.0
 */
final class WorkflowRemindersController extends RestController {

	/**
	 * Overdue reminder.
	 *
	 * @var OverdueReminder
	 */
	private OverdueReminder $reminder;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param OverdueReminder $reminder Overdue reminder.
	 */
	public function __construct( OverdueReminder $reminder ) {
		$this->reminder  = $reminder;
		$this->rest_base = 'workflow/reminders';
	}

	/**
	 * Registers the route.
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
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * The schedule is for those who see the review queue.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->permit( current_user_can( Capabilities::APPROVE ), __( 'Only moderators and publishers may see the review queue.', 'ttdt-portal' ) );
	}

	/**
	 * Sending the reminder now needs its own capability.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		return $this->permit( current_user_can( Capabilities::SEND_OVERDUE_REMINDERS ), __( 'You are not allowed to send the overdue reminder. Ask a moderator or publisher.', 'ttdt-portal' ) );
	}

	/**
	 * When the overdue reminder runs next by itself.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		return rest_ensure_response( array( 'next_run' => OverdueReminder::next_run() ) );
	}

	/**
	 * Sends the overdue reminder now.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function create_item( $request ) {
		return rest_ensure_response(
			array(
				'notified' => $this->reminder->run(),
				'next_run' => OverdueReminder::next_run(),
			)
		);
	}

	/**
	 * The reminder's schedule and run.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return WorkflowSchema::reminders();
	}
}
