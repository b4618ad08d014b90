<?php
/**
 * Staff REST endpoints of feedback intake: `POST ttdt/v1/feedback/staff-entry` and
 * `GET ttdt/v1/feedback/files/<id>`.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\EnumLabels;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Feedback received in person, by phone or on paper is typed in by staff who handle feedback,
 * so it is handled, counted and answered in the same inbox; attachments of any item are read
 * only here, by the same staff.
 *
 * @since 0.1.0
 */
final class FeedbackStaffController extends RestController {

	/**
	 * Intake.
	 *
	 * @var FeedbackIntake
	 */
	private FeedbackIntake $intake;

	/**
	 * Repository.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $repository;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param FeedbackIntake     $intake     Intake.
	 * @param FeedbackRepository $repository Repository.
	 */
	public function __construct( FeedbackIntake $intake, FeedbackRepository $repository ) {
		$this->intake     = $intake;
		$this->repository = $repository;
		$this->rest_base  = 'feedback';
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/staff-entry',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => self::staff_args(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/files/(?P<id>\d+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_file' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => array(
						'id' => array(
							'description' => __( 'File ID.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
					),
				),
				'schema' => array( self::class, 'file_schema' ),
			)
		);
	}

	/**
	 * The arguments of staff entry: the public form's fields, no anti-abuse fields, and the
	 * channel.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function staff_args(): array {
		return SubmissionController::field_args() + array(
			'channel' => array(
				'description'       => __( 'How the feedback was received.', 'ttdt-portal' ),
				'type'              => 'string',
				'enum'              => FeedbackChannel::staff(),
				'validate_callback' => array( SubmissionController::class, 'validate_scalar' ),
				'sanitize_callback' => null,
			),
		);
	}

	/**
	 * Only staff who handle feedback.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::HANDLE_FEEDBACK ),
			__( 'You are not allowed to record or read citizens\' feedback. Ask an administrator for the feedback-handling permission.', 'ttdt-portal' )
		);
	}

	/**
	 * Records an item received in person, by phone or on paper.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$input = array();
		foreach ( array_keys( self::staff_args() ) as $key ) {
			$input[ $key ] = $request->get_param( $key ) ?? '';
		}
		$files = FeedbackFiles::from_field( $request->get_file_params()['files'] ?? null );
		$saved = $this->intake->record( $input, $files );
		if ( is_wp_error( $saved ) ) {
			return $saved;
		}
		$item = $this->repository->find( $saved['id'] );
		return new WP_REST_Response(
			array(
				'id'      => $saved['id'],
				'code'    => TrackingCode::format( $saved['code'] ),
				'channel' => $item ? (string) $item['channel'] : '',
				'status'  => FeedbackStatus::NEW,
			),
			201
		);
	}

	/**
	 * Sends one stored file.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_Error Only on failure; on success the file is sent and the request ends.
	 */
	public function get_file( WP_REST_Request $request ) {
		$file = $this->repository->file( (int) $request['id'] );
		$path = $file ? FeedbackFiles::absolute( (string) $file['path'] ) : '';
		if ( ! $file || '' === $path || ! is_readable( $path ) ) {
			return new WP_Error( 'ttdt_feedback_file_missing', __( 'This attachment does not exist (any more).', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		nocache_headers();
		header( 'Content-Type: ' . $file['mime'] );
		header( 'Content-Length: ' . (int) filesize( $path ) );
		header( 'X-Content-Type-Options: nosniff' );
		header( "Content-Disposition: attachment; filename*=UTF-8''" . rawurlencode( (string) $file['name'] ) );
		readfile( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams a private file to an authorised reader.
		exit;
	}

	/**
	 * Schema of a stored attachment: the file itself, sent as it was received.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function file_schema(): array {
		return array(
			'$schema'     => 'http://json-schema.org/draft-04/schema#',
			'title'       => 'ttdt-feedback-file',
			'description' => __( 'The attachment\'s bytes, with its type and name in the headers.', 'ttdt-portal' ),
			'type'        => 'string',
		);
	}

	/**
	 * Schema of a recorded item.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		$schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-feedback-staff-entry',
			'type'       => 'object',
			'properties' => array(
				'id'      => array(
					'description' => __( 'Item ID.', 'ttdt-portal' ),
					'type'        => 'integer',
					'readonly'    => true,
				),
				'code'    => array(
					'description' => __( 'Tracking code.', 'ttdt-portal' ),
					'type'        => 'string',
					'readonly'    => true,
				),
				'channel' => array(
					'description' => __( 'How the feedback was received.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => FeedbackChannel::all(),
					'readonly'    => true,
				),
				'status'  => array(
					'description' => __( 'Status.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => FeedbackStatus::all(),
					'readonly'    => true,
				),
			),
		);
		return EnumLabels::add(
			$schema,
			array(
				'channel' => FeedbackChannel::labels(),
				'status'  => FeedbackStatus::labels(),
			)
		);
	}
}
