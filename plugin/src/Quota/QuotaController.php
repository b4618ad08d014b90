<?php
/**
 * REST endpoints of the weekly quota: `ttdt/v1/quota` and `ttdt/v1/quota/reminders`.
 *
 * @package Ttdt
 */

namespace Ttdt\Quota;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * GET returns every board member's published count per week; POST `/reminders` sends the
 * reminders now (the same mail the Thursday run sends).
 *
 * @since 0.1.0
 */
final class QuotaController extends RestController {

	/**
	 * Quota counter.
	 *
	 * @var WeeklyQuota
	 */
	private WeeklyQuota $quota;

	/**
	 * Reminder sender.
	 *
	 * @var QuotaReminder
	 */
	private QuotaReminder $reminder;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param WeeklyQuota   $quota    Quota counter.
	 * @param QuotaReminder $reminder Reminder sender.
	 */
	public function __construct( WeeklyQuota $quota, QuotaReminder $reminder ) {
		$this->quota     = $quota;
		$this->reminder  = $reminder;
		$this->rest_base = 'quota';
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
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(
						'weeks' => array(
							'description' => __( 'Number of weeks, the current one included.', 'ttdt-portal' ),
							'type'        => 'integer',
							'default'     => 12,
							'minimum'     => 1,
							'maximum'     => 53,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/reminders',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'send_reminders' ),
					'permission_callback' => array( $this, 'send_reminders_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( QuotaSchema::class, 'reminders' ),
			)
		);
	}

	/**
	 * Who may see the quota dashboard.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::VIEW_QUOTA ),
			__( 'You are not allowed to see the weekly quota of the editorial board.', 'ttdt-portal' )
		);
	}

	/**
	 * Who may send the reminders by hand.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function send_reminders_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::SEND_QUOTA_REMINDERS ),
			__( 'Only a system administrator may send the quota reminders.', 'ttdt-portal' )
		);
	}

	/**
	 * Returns the quota report.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		$report                  = $this->quota->report( (int) $request['weeks'] );
		$next                    = wp_next_scheduled( QuotaReminder::HOOK );
		$report['next_reminder'] = $next ? wp_date( 'Y-m-d\TH:i:s', $next ) : '';

		$response = rest_ensure_response( $report );
		if ( current_user_can( Capabilities::SEND_QUOTA_REMINDERS ) ) {
			$response->add_link( 'https://api.w.org/action-send-reminders', rest_url( $this->namespace . '/' . $this->rest_base . '/reminders' ) );
		}
		return $response;
	}

	/**
	 * Sends the reminders for the current week now.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function send_reminders( $request ) {
		return rest_ensure_response( array( 'reminded' => $this->reminder->send() ) );
	}

	/**
	 * The schema of the report.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return QuotaSchema::report();
	}
}
