<?php
/**
 * Public REST endpoints of citizen feedback: `POST ttdt/v1/feedback` and
 * `GET ttdt/v1/feedback/lookup`.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\EnumLabels;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * The two routes anyone may call (listed with their reason in
 * `scripts/php-tools/public-routes.json`): citizens send feedback and follow it without an
 * account. What protects them is not a permission but the intake's rules — form token,
 * honeypot, validation, rate limits — and the lookup's two keys and throttle. Neither route
 * ever returns personal data: sending answers with the code only, the lookup with the public
 * view only.
 *
 * @since 0.1.0
 */
final class SubmissionController extends RestController {

	/**
	 * Intake.
	 *
	 * @var FeedbackIntake
	 */
	private FeedbackIntake $intake;

	/**
	 * Lookup.
	 *
	 * @var FeedbackLookup
	 */
	private FeedbackLookup $lookup;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param FeedbackIntake $intake Intake.
	 * @param FeedbackLookup $lookup Lookup.
	 */
	public function __construct( FeedbackIntake $intake, FeedbackLookup $lookup ) {
		$this->intake    = $intake;
		$this->lookup    = $lookup;
		$this->rest_base = 'feedback';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		parent::register_hooks();
		add_filter( 'rest_request_before_callbacks', array( self::class, 'field_errors' ), 10, 3 );
	}

	/**
	 * Turns WordPress's "Invalid parameter(s)" refusal of a feedback route into the routes' own
	 * form: one Vietnamese message per field, as the form shows them.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed           $response Response so far (a `WP_Error` when arguments failed).
	 * @param mixed           $handler  Route handler.
	 * @param WP_REST_Request $request  Request.
	 * @return mixed
	 */
	public static function field_errors( $response, $handler, $request ) {
		if ( ! is_wp_error( $response ) || 'rest_invalid_param' !== $response->get_error_code() || ! $request instanceof WP_REST_Request || ! str_starts_with( $request->get_route(), '/ttdt/v1/feedback' ) ) {
			return $response;
		}
		$fields = array();
		foreach ( (array) ( $response->get_error_data()['details'] ?? array() ) as $param => $detail ) {
			$own              = (array) ( $detail['data']['errors'] ?? array() );
			$fields[ $param ] = (string) ( $own[ $param ] ?? __( 'This field must be text. Please type it again.', 'ttdt-portal' ) );
		}
		return FeedbackSubmission::errors( $fields );
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
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					// Public by design: citizens have no account (reviewed in public-routes.json).
					'permission_callback' => '__return_true',
					'args'                => self::submission_args(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/lookup',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'lookup' ),
					// Public by design: code and contact are the keys; wrong guesses are throttled.
					'permission_callback' => '__return_true',
					'args'                => array(
						'code'    => array(
							'description'       => __( 'Tracking code, e.g. ACDE-FG-HJKL.', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 40,
							'validate_callback' => array( SubmissionController::class, 'validate_scalar' ),
							'sanitize_callback' => null,
						),
						'contact' => array(
							'description'       => __( 'The e-mail address or phone number given when sending.', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 100,
							'validate_callback' => array( SubmissionController::class, 'validate_scalar' ),
							'sanitize_callback' => null,
						),
					),
				),
				'schema' => array( self::class, 'lookup_schema' ),
			)
		);
	}

	/**
	 * The arguments of the feedback's own fields, which staff entry shares
	 * ({@see FeedbackStaffController::staff_args()}).
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function field_args(): array {
		return array(
			'name'    => array(
				'description'       => __( 'Full name.', 'ttdt-portal' ),
				'type'              => 'string',
				'maxLength'         => FeedbackSubmission::MAX['name'],
				'validate_callback' => array( SubmissionController::class, 'validate_scalar' ),
				'sanitize_callback' => null,
			),
			'email'   => array(
				'description'       => __( 'E-mail address (this or a phone number).', 'ttdt-portal' ),
				'type'              => 'string',
				'maxLength'         => FeedbackSubmission::MAX['email'],
				'validate_callback' => array( SubmissionController::class, 'validate_scalar' ),
				'sanitize_callback' => null,
			),
			'phone'   => array(
				'description'       => __( 'Phone number (this or an e-mail address).', 'ttdt-portal' ),
				'type'              => 'string',
				'maxLength'         => FeedbackSubmission::MAX['phone'],
				'validate_callback' => array( SubmissionController::class, 'validate_scalar' ),
				'sanitize_callback' => null,
			),
			'address' => array(
				'description'       => __( 'Address (optional).', 'ttdt-portal' ),
				'type'              => 'string',
				'maxLength'         => FeedbackSubmission::MAX['address'],
				'validate_callback' => array( SubmissionController::class, 'validate_scalar' ),
				'sanitize_callback' => null,
			),
			'type'    => array(
				'description'       => __( 'Kind of feedback.', 'ttdt-portal' ),
				'type'              => 'string',
				'enum'              => FeedbackType::all(),
				'validate_callback' => array( SubmissionController::class, 'validate_scalar' ),
				'sanitize_callback' => null,
			),
			'subject' => array(
				'description'       => __( 'Short subject.', 'ttdt-portal' ),
				'type'              => 'string',
				'maxLength'         => FeedbackSubmission::MAX['subject'],
				'validate_callback' => array( SubmissionController::class, 'validate_scalar' ),
				'sanitize_callback' => null,
			),
			'content' => array(
				'description'       => __( 'The feedback itself.', 'ttdt-portal' ),
				'type'              => 'string',
				'maxLength'         => FeedbackSubmission::MAX['content'],
				'validate_callback' => array( SubmissionController::class, 'validate_scalar' ),
				'sanitize_callback' => null,
			),
			'consent' => array(
				'description'       => __( 'Consent to the processing of personal data for this purpose.', 'ttdt-portal' ),
				'type'              => 'boolean',
				'validate_callback' => array( SubmissionController::class, 'validate_scalar' ),
				'sanitize_callback' => null,
			),
		);
	}

	/**
	 * The arguments of a submission: the feedback's fields and the anti-abuse fields.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function submission_args(): array {
		return self::field_args() + array(
			'website' => array(
				'description'       => __( 'Leave empty.', 'ttdt-portal' ),
				'type'              => 'string',
				'maxLength'         => 200,
				'validate_callback' => array( SubmissionController::class, 'validate_scalar' ),
				'sanitize_callback' => null,
			),
			'started' => array(
				'description'       => __( 'Signed time the form was shown.', 'ttdt-portal' ),
				'type'              => 'string',
				'maxLength'         => 100,
				'validate_callback' => array( SubmissionController::class, 'validate_scalar' ),
				'sanitize_callback' => null,
			),
		);
	}

	/**
	 * Any scalar passes here; `FeedbackSubmission` then checks every field at once, so the
	 * citizen gets all messages together, in Vietnamese, next to the fields.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed           $value   Value.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Parameter name.
	 * @return true|WP_Error
	 */
	public static function validate_scalar( $value, $request = null, $param = '' ) {
		if ( is_scalar( $value ) || null === $value ) {
			return true;
		}
		return FeedbackSubmission::errors( array( (string) $param => __( 'This field must be text. Please type it again.', 'ttdt-portal' ) ) );
	}

	/**
	 * Receives a submission.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$input = array();
		foreach ( array_keys( self::submission_args() ) as $key ) {
			$input[ $key ] = $request->get_param( $key ) ?? '';
		}
		$files = FeedbackFiles::from_field( $request->get_file_params()['files'] ?? null );
		$saved = $this->intake->submit( $input, $files );
		if ( is_wp_error( $saved ) ) {
			return $saved;
		}
		return new WP_REST_Response(
			array(
				'code'    => TrackingCode::format( $saved['code'] ),
				'message' => self::thanks( $saved['code'] ),
			),
			201
		);
	}

	/**
	 * Looks up an item by code and contact.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function lookup( WP_REST_Request $request ) {
		$found = $this->lookup->find( $request['code'], $request['contact'] );
		if ( is_wp_error( $found ) ) {
			return $found;
		}
		$response = new WP_REST_Response( $found );
		// The answer is the citizen's own: no shared cache keeps it.
		$response->header( 'Cache-Control', 'no-store, private' );
		return $response;
	}

	/**
	 * The message shown after sending.
	 *
	 * @since 0.1.0
	 *
	 * @param string $code Tracking code.
	 * @return string
	 */
	public static function thanks( string $code ): string {
		return sprintf(
			/* translators: %s: tracking code. */
			__( 'Thank you. Your feedback was received with the tracking code %s. Note it down: with it and your e-mail address or phone number you can follow the handling and read the answer.', 'ttdt-portal' ),
			TrackingCode::format( $code )
		);
	}

	/**
	 * Schema of what sending returns.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-feedback-receipt',
			'type'       => 'object',
			'properties' => array(
				'code'    => array(
					'description' => __( 'Tracking code.', 'ttdt-portal' ),
					'type'        => 'string',
					'readonly'    => true,
				),
				'message' => array(
					'description' => __( 'Message for the citizen.', 'ttdt-portal' ),
					'type'        => 'string',
					'readonly'    => true,
				),
			),
		);
	}

	/**
	 * Schema of the lookup's answer.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function lookup_schema(): array {
		$text = static fn( string $description, bool $nullable = false ): array => array(
			'description' => $description,
			'type'        => $nullable ? array( 'string', 'null' ) : 'string',
			'readonly'    => true,
		);
		$schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-feedback-lookup',
			'type'       => 'object',
			'properties' => array(
				'code'         => $text( __( 'Tracking code.', 'ttdt-portal' ) ),
				'status'       => array(
					'description' => __( 'Status.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => FeedbackStatus::all(),
					'readonly'    => true,
				),
				'status_label' => $text( __( 'Name of the status.', 'ttdt-portal' ) ),
				'type_label'   => $text( __( 'Kind of feedback.', 'ttdt-portal' ) ),
				'subject'      => $text( __( 'Subject.', 'ttdt-portal' ) ),
				'received_at'  => $text( __( 'When it was received (UTC).', 'ttdt-portal' ) ),
				'answered_at'  => $text( __( 'When it was answered (UTC).', 'ttdt-portal' ), true ),
				'answer'       => $text( __( 'The answer approved by the board.', 'ttdt-portal' ), true ),
			),
		);
		return EnumLabels::add( $schema, array( 'status' => FeedbackStatus::labels() ) );
	}
}
