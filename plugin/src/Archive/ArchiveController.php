<?php
/**
 * REST endpoints of the archive packages: `ttdt/v1/archives`.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_HTTP_Response;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * List, create, verify, download and delete packages. REST rather than admin screens only,
 * so a host's own scheduler or script drives them with an application password. Creating
 * and verifying are background jobs ({@see ArchiveJobController}): they answer 202. Every
 * route needs {@see Capabilities::MANAGE_ARCHIVES}: a package is the whole portal.
 *
 * @since 0.1.0
 */
final class ArchiveController extends RestController {

	/**
	 * Route of one package.
	 *
	 * @var string
	 */
	private const ONE = '/(?P<id>ttdt-[0-9]{8}-[0-9]{6}-[a-f0-9]{6})';

	/**
	 * The store.
	 *
	 * @var ArchiveStore
	 */
	private ArchiveStore $store;


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
	 * @param ArchiveStore         $store  The store.
	 * @param ArchiveJobRunner     $runner The background jobs' runner.
	 * @param ArchiveJobController $jobs   The jobs' endpoints.
	 */
	public function __construct( ArchiveStore $store, ArchiveJobRunner $runner, ArchiveJobController $jobs ) {
		$this->rest_base = 'archives';
		$this->store     = $store;
		$this->runner    = $runner;
		$this->jobs      = $jobs;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		parent::register_hooks();
		add_filter( 'rest_pre_serve_request', array( $this, 'serve_zip' ), 10, 3 );
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		$check  = array( $this, 'manage_permissions_check' );
		$schema = array( $this, 'get_public_item_schema' );
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => $check,
					'args'                => array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) ),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => $check,
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
				),
				'schema' => $schema,
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . self::ONE,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => $check,
					'args'                => array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) ),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => $check,
					'args'                => array(),
				),
				'schema' => $schema,
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . self::ONE . '/verify',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'verify_item' ),
					'permission_callback' => $check,
					'args'                => array(),
				),
				'schema' => $schema,
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . self::ONE . '/download',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'download_item' ),
					'permission_callback' => $check,
					'args'                => array(),
				),
				'schema' => $schema,
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
	public function manage_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::MANAGE_ARCHIVES ),
			__( 'Only a system administrator may create, check, download or restore archive packages: ask one to do it.', 'ttdt-portal' )
		);
	}

	/**
	 * The packages, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$items = array();
		foreach ( $this->store->all() as $package ) {
			$items[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $package, $request ) );
		}
		return rest_ensure_response( $items );
	}

	/**
	 * One package.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$package = $this->store->get( (string) $request['id'] );
		return $package ? $this->prepare_item_for_response( $package, $request ) : self::not_found();
	}

	/**
	 * Starts writing a package in the background: 202 with the job to poll.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$params = array(
			'personal' => (bool) $request['personal'],
			'from'     => $request['from'] ? (string) $request['from'] : null,
			'to'       => $request['to'] ? (string) $request['to'] : null,
		);
		return $this->jobs->accepted( $this->runner->start( 'export', $params ), $request );
	}

	/**
	 * Starts recomputing a package's checksums in the background: 202 with the job to poll.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function verify_item( $request ) {
		return $this->jobs->accepted( $this->runner->start( 'verify', array( 'package' => (string) $request['id'] ) ), $request );
	}

	/**
	 * Deletes a package.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$package = $this->store->get( (string) $request['id'] );
		if ( ! $package ) {
			return self::not_found();
		}
		$this->store->delete( (string) $request['id'] );
		return rest_ensure_response(
			array(
				'deleted'  => true,
				'previous' => $this->prepare_item_for_response( $package, $request )->get_data(),
			)
		);
	}

	/**
	 * Answers with the zip's headers; {@see self::serve_zip()} sends the file.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function download_item( $request ) {
		$id   = (string) $request['id'];
		$file = $this->store->path( $id );
		if ( null === $file || ! is_file( $file ) ) {
			return self::not_found();
		}
		$response = new WP_REST_Response( new ArchiveDownload( $file ) );
		$response->header( 'Content-Type', 'application/zip' );
		$response->header( 'Content-Disposition', 'attachment; filename="' . $id . '.zip"' );
		$response->header( 'Content-Length', (string) filesize( $file ) );
		return $response;
	}

	/**
	 * Streams the zip in place of JSON for the download route; errors stay JSON.
	 *
	 * @since 0.1.0
	 *
	 * @param bool             $served  Whether the request was served already.
	 * @param WP_HTTP_Response $result  Result to send.
	 * @param WP_REST_Request  $request Request.
	 * @return bool
	 */
	public function serve_zip( $served, $result, $request ) {
		if ( $served || ! $result instanceof WP_HTTP_Response || ! $result->get_data() instanceof ArchiveDownload ) {
			return $served;
		}
		$result->get_data()->send();
		return true;
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
		$item['file'] = (string) $this->store->path( (string) $item['id'] );
		$context      = ! empty( $request['context'] ) ? (string) $request['context'] : 'view';
		$data         = $this->filter_response_by_context( $this->add_additional_fields_to_object( $item, $request ), $context );
		$response     = rest_ensure_response( $data );
		$base         = rest_url( $this->namespace . '/' . $this->rest_base . '/' . $item['id'] );
		$response->add_links(
			array(
				'self'     => array( 'href' => $base ),
				'download' => array( 'href' => $base . '/download' ),
				'verify'   => array( 'href' => $base . '/verify' ),
			)
		);
		return $response;
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

	/**
	 * The error for an unknown package.
	 *
	 * @return WP_Error
	 */
	private static function not_found(): WP_Error {
		return new WP_Error( 'ttdt_archive_not_found', __( 'There is no such archive package. Reload the list of packages.', 'ttdt-portal' ), array( 'status' => 404 ) );
	}
}
