<?php
/**
 * REST endpoints of the working calendar: `ttdt/v1/deadline`, `ttdt/v1/calendar/*`.
 *
 * @package Ttdt
 */

namespace Ttdt\Calendar;

defined( 'ABSPATH' ) || exit;

use Ttdt\Settings\Settings;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Lets the editor and the review queue show a deadline and its reasons, and lets anyone check
 * the calendar the portal computes (holidays, lunar dates) against the government's notices.
 * Read-only, for those who write items.
 *
 * @since 0.1.0
 */
final class CalendarController extends RestController {

	/**
	 * Pattern of a `Y-m-d` date.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

	/**
	 * Most dates converted in one request.
	 *
	 * @var int
	 */
	private const MAX_CONVERSIONS = 2000;

	/**
	 * Settings service.
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings service.
	 */
	public function __construct( Settings $settings ) {
		$this->settings  = $settings;
		$this->rest_base = 'calendar';
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/deadline',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_deadline' ),
					'permission_callback' => array( $this, 'read_permissions_check' ),
					'args'                => array(
						'received_at' => array(
							'description' => __( 'Receipt date, YYYY-MM-DD.', 'ttdt-portal' ),
							'type'        => 'string',
							'pattern'     => self::DATE_PATTERN,
							'required'    => true,
						),
						'days'        => array(
							'description' => __( 'Number of days; the setting when left out.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'maximum'     => 60,
						),
						'mode'        => array(
							'description' => __( 'Calendar or working days; the setting when left out.', 'ttdt-portal' ),
							'type'        => 'string',
							'enum'        => Deadline::MODES,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/days-off',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_days_off' ),
					'permission_callback' => array( $this, 'read_permissions_check' ),
					'args'                => array(
						'year' => array(
							'description' => __( 'Gregorian year.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1900,
							'maximum'     => 2199,
							'required'    => true,
						),
					),
				),
				'schema' => array( CalendarSchema::class, 'day_off' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/convert',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'convert' ),
					'permission_callback' => array( $this, 'read_permissions_check' ),
					'args'                => array(
						'solar' => array(
							'description' => __( 'Gregorian dates (YYYY-MM-DD) to convert to lunar dates.', 'ttdt-portal' ),
							'type'        => 'array',
							'items'       => array(
								'type'    => 'string',
								'pattern' => self::DATE_PATTERN,
							),
							'maxItems'    => self::MAX_CONVERSIONS,
							'default'     => array(),
						),
						'lunar' => array(
							'description' => __( 'Lunar dates to convert to Gregorian dates.', 'ttdt-portal' ),
							'type'        => 'array',
							'items'       => array(
								'type'                 => 'object',
								'additionalProperties' => false,
								'properties'           => array(
									'year'  => array(
										'type'     => 'integer',
										'minimum'  => LunarCalendar::FIRST_YEAR,
										'maximum'  => LunarCalendar::LAST_YEAR,
										'required' => true,
									),
									'month' => array(
										'type'     => 'integer',
										'minimum'  => 1,
										'maximum'  => 12,
										'required' => true,
									),
									'day'   => array(
										'type'     => 'integer',
										'minimum'  => 1,
										'maximum'  => 30,
										'required' => true,
									),
									'leap'  => array(
										'type'    => 'boolean',
										'default' => false,
									),
								),
							),
							'maxItems'    => self::MAX_CONVERSIONS,
							'default'     => array(),
						),
					),
				),
				'schema' => array( CalendarSchema::class, 'conversion' ),
			)
		);
	}

	/**
	 * Those who write items may read the calendar.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function read_permissions_check( $request ) {
		return $this->permit(
			current_user_can( 'edit_posts' ),
			__( 'You are not allowed to read the working calendar. Log in with an editorial account.', 'ttdt-portal' )
		);
	}

	/**
	 * The deadline for a receipt date.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_deadline( $request ) {
		$received = (string) $request['received_at'];
		if ( ! self::is_real_date( $received ) ) {
			return CalendarErrors::no_such_date( $received );
		}
		$days   = isset( $request['days'] ) ? (int) $request['days'] : (int) $this->settings->get( 'approval_days' );
		$mode   = isset( $request['mode'] ) ? (string) $request['mode'] : (string) $this->settings->get( 'approval_day_mode' );
		$result = ( new Deadline( WorkCalendar::from_settings( $this->settings ) ) )->calculate( $received, $days, $mode );

		return rest_ensure_response(
			array(
				'received_at' => $received,
				'days'        => $days,
				'mode'        => $mode,
			) + $result
		);
	}

	/**
	 * Holidays, compensatory days and swap days of a year.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_days_off( $request ) {
		return rest_ensure_response( WorkCalendar::from_settings( $this->settings )->days_off_in( (int) $request['year'] ) );
	}

	/**
	 * Converts lists of dates between the calendars.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function convert( $request ) {
		$solar = array();
		foreach ( (array) $request['solar'] as $date ) {
			if ( ! self::is_real_date( $date ) ) {
				return CalendarErrors::no_such_date( $date );
			}
			if ( (int) substr( $date, 0, 4 ) < LunarCalendar::FIRST_YEAR || (int) substr( $date, 0, 4 ) > LunarCalendar::LAST_YEAR ) {
				return CalendarErrors::out_of_range( $date );
			}
			list( $y, $m, $d ) = array_map( 'intval', explode( '-', $date ) );
			$solar[]           = array(
				'date'  => $date,
				'lunar' => LunarCalendar::to_lunar( $y, $m, $d ),
			);
		}

		$lunar = array();
		foreach ( (array) $request['lunar'] as $item ) {
			$date = LunarCalendar::to_solar( (int) $item['year'], (int) $item['month'], (int) $item['day'], ! empty( $item['leap'] ) );
			if ( null === $date ) {
				return CalendarErrors::no_such_lunar_date( (int) $item['year'], (int) $item['month'], (int) $item['day'], ! empty( $item['leap'] ) );
			}
			$lunar[] = array(
				'lunar' => array(
					'day'   => (int) $item['day'],
					'month' => (int) $item['month'],
					'year'  => (int) $item['year'],
					'leap'  => ! empty( $item['leap'] ),
				),
				'date'  => sprintf( '%04d-%02d-%02d', $date['year'], $date['month'], $date['day'] ),
			);
		}

		return rest_ensure_response(
			array(
				'solar' => $solar,
				'lunar' => $lunar,
			)
		);
	}

	/**
	 * The schema of the main resource, a deadline.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return CalendarSchema::deadline();
	}

	/**
	 * Whether a `Y-m-d` string is a date that exists.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $date Value.
	 * @return bool
	 */
	public static function is_real_date( $date ): bool {
		if ( ! is_string( $date ) || ! preg_match( '/' . self::DATE_PATTERN . '/', $date ) ) {
			return false;
		}
		list( $y, $m, $d ) = array_map( 'intval', explode( '-', $date ) );
		return checkdate( $m, $d, $y );
	}
}
