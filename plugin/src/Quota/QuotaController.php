<?php
/**
 * REST endpoints of the weekly quota: `ttdt/v1/quota` and `ttdt/v1/quota/reminders`.
 *
 * @package Ttdt
 */

namespace Ttdt\Quota;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * GET returns every board member's published count per week; POST `/reminders` sends the
 * reminders now (the same mail the Thursday run sends).
 *
 * @since 0.1.0
 */
final class QuotaController extends WP_REST_Controller implements Hookable {

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
		$this->namespace = 'ttdt/v1';
		$this->rest_base = 'quota';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
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
				'schema' => array( self::class, 'reminders_schema' ),
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
		if ( current_user_can( Capabilities::VIEW_QUOTA ) ) {
			return true;
		}
		return new WP_Error(
			'ttdt_rest_forbidden',
			__( 'You are not allowed to see the weekly quota of the editorial board.', 'ttdt-portal' ),
			array( 'status' => rest_authorization_required_code() )
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
		if ( current_user_can( Capabilities::SEND_QUOTA_REMINDERS ) ) {
			return true;
		}
		return new WP_Error(
			'ttdt_rest_forbidden',
			__( 'Only a system administrator may send the quota reminders.', 'ttdt-portal' ),
			array( 'status' => rest_authorization_required_code() )
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
	public function get_item_schema() {
		if ( ! $this->schema ) {
			$this->schema = self::schema();
		}
		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * JSON schema of the quota report.
	 *
	 * @since 0.1.0
	 * @contract QuotaReport
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-quota',
			'type'       => 'object',
			'properties' => array(
				'quota'         => array(
					'description' => __( 'Items each member must have published per week.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'weeks'         => array(
					'description' => __( 'The weeks counted, oldest first; the last is the current week.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'items'       => array(
						'type'                 => 'object',
						'additionalProperties' => false,
						'required'             => array( 'start', 'end' ),
						'properties'           => array(
							'start' => array(
								'description' => __( 'Monday, Y-m-d.', 'ttdt-portal' ),
								'type'        => 'string',
							),
							'end'   => array(
								'description' => __( 'Sunday, Y-m-d.', 'ttdt-portal' ),
								'type'        => 'string',
							),
						),
					),
				),
				'members'       => array(
					'description' => __( 'Board members with their counts per week.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'items'       => array(
						'type'                 => 'object',
						'additionalProperties' => false,
						'required'             => array( 'id', 'name', 'position', 'position_label', 'in_office', 'counts', 'this_week', 'behind' ),
						'properties'           => array(
							'id'             => array(
								'description' => __( 'User ID.', 'ttdt-portal' ),
								'type'        => 'integer',
							),
							'name'           => array(
								'description' => __( 'Display name.', 'ttdt-portal' ),
								'type'        => 'string',
							),
							'position'       => array(
								'description' => __( 'Board position.', 'ttdt-portal' ),
								'type'        => 'string',
							),
							'position_label' => array(
								'description' => __( 'Name of the board position.', 'ttdt-portal' ),
								'type'        => 'string',
							),
							'in_office'      => array(
								'description' => __( 'Whether today falls within the member\'s term.', 'ttdt-portal' ),
								'type'        => 'boolean',
							),
							'counts'         => array(
								'description' => __( 'Items published in each week, in the order of `weeks`.', 'ttdt-portal' ),
								'type'        => 'array',
								'items'       => array( 'type' => 'integer' ),
							),
							'this_week'      => array(
								'description' => __( 'Items published so far this week.', 'ttdt-portal' ),
								'type'        => 'integer',
							),
							'behind'         => array(
								'description' => __( 'Whether the member is below the quota this week.', 'ttdt-portal' ),
								'type'        => 'boolean',
							),
						),
					),
				),
				'next_reminder' => array(
					'description' => __( 'When the next reminder goes out, site time (Y-m-d\TH:i:s); empty when none is scheduled.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
			),
		);
	}

	/**
	 * JSON schema of the answer to `POST quota/reminders`: who was behind and whether their
	 * reminder went out.
	 *
	 * @since 0.1.0
	 * @contract QuotaReminders
	 *
	 * @return array<string, mixed>
	 */
	public static function reminders_schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-quota-reminders',
			'type'       => 'object',
			'properties' => array(
				'reminded' => array(
					'description' => __( 'The members who were behind this week.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'items'       => array(
						'type'                 => 'object',
						'additionalProperties' => false,
						'required'             => array( 'id', 'name', 'published', 'sent' ),
						'properties'           => array(
							'id'        => array(
								'description' => __( 'User ID.', 'ttdt-portal' ),
								'type'        => 'integer',
							),
							'name'      => array(
								'description' => __( 'Display name.', 'ttdt-portal' ),
								'type'        => 'string',
							),
							'published' => array(
								'description' => __( 'Items published so far this week.', 'ttdt-portal' ),
								'type'        => 'integer',
							),
							'sent'      => array(
								'description' => __( 'Whether the reminder e-mail was accepted for delivery.', 'ttdt-portal' ),
								'type'        => 'boolean',
							),
						),
					),
				),
			),
		);
	}
}
