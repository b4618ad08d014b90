<?php
/**
 * REST endpoints that bring a package into a site: `ttdt/v1/archives/import` and
 * `ttdt/v1/archives/<id>/restore`.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Import takes a package made on another site (a multipart upload, field `package`); a
 * package too large to upload can be copied into the archive folder instead, where the list
 * finds it. Restore writes a stored package into this site, which must be empty; it is a
 * background job ({@see ArchiveJobController}).
 *
 * @since 0.1.0
 */
final class ArchiveRestoreController extends RestController {

	/**
	 * The restorer.
	 *
	 * @var ArchiveRestorer
	 */
	private ArchiveRestorer $restorer;

	/**
	 * The background jobs' runner.
	 *
	 * @var ArchiveJobRunner
	 */
	private ArchiveJobRunner $runner;

	/**
	 * The jobs' endpoints, which answer for a started job.
	 *
	 * @var ArchiveJobController
	 */
	private ArchiveJobController $jobs;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ArchiveRestorer      $restorer The restorer (import).
	 * @param ArchiveJobRunner     $runner   The background jobs' runner (restore).
	 * @param ArchiveJobController $jobs     The jobs' endpoints.
	 */
	public function __construct( ArchiveRestorer $restorer, ArchiveJobRunner $runner, ArchiveJobController $jobs ) {
		$this->rest_base = 'archives';
		$this->restorer  = $restorer;
		$this->runner    = $runner;
		$this->jobs      = $jobs;
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/import',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'import_item' ),
					'permission_callback' => array( $this, 'restore_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>ttdt-[0-9]{8}-[0-9]{6}-[a-f0-9]{6})/restore',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'restore_item' ),
					'permission_callback' => array( $this, 'restore_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Only those who may archive the portal.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function restore_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::MANAGE_ARCHIVES ),
			__( 'Only a system administrator may create, check, download or restore archive packages: ask one to do it.', 'ttdt-portal' )
		);
	}

	/**
	 * Takes in an uploaded package.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function import_item( $request ) {
		$files = $request->get_file_params();
		$file  = $files['package'] ?? null;
		if ( ! is_array( $file ) || UPLOAD_ERR_OK !== (int) ( $file['error'] ?? UPLOAD_ERR_NO_FILE ) || ! is_uploaded_file( (string) $file['tmp_name'] ) ) {
			return new WP_Error( 'ttdt_archive_no_file', __( 'No package file arrived. Choose the zip again; if it is larger than the upload limit, copy it into the archive folder instead.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		$package = $this->restorer->import( (string) $file['tmp_name'] );
		if ( is_wp_error( $package ) ) {
			return $package;
		}
		$response = rest_ensure_response( $this->prepare_item_for_response( $package, $request ) );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * Starts restoring a stored package into this site in the background: 202 with the job
	 * to poll. A site with content is refused at once (409), not after the checksums.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function restore_item( $request ) {
		if ( ! ArchiveRestorer::site_is_empty() ) {
			return ArchiveRestorer::not_empty();
		}
		return $this->jobs->accepted( $this->runner->start( 'restore', array( 'package' => (string) $request['id'] ) ), $request );
	}

	/**
	 * A package as the API returns it.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item    Package record.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		return rest_ensure_response( $this->filter_response_by_context( $this->add_additional_fields_to_object( $item, $request ), 'view' ) );
	}

	/**
	 * The schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return ArchiveSchema::package();
	}
}
