<?php
/**
 * REST endpoints of the background archive jobs: `ttdt/v1/archives/jobs`.
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
 * Export, verify and restore answer `202 Accepted` with a job; its `self` link is polled
 * here for the progress. Polling also keeps a stalled job going ({@see ArchiveJobRunner::poll()}).
 *
 * @since 0.1.0
 */
final class ArchiveJobController extends RestController {

	/**
	 * The jobs.
	 *
	 * @var ArchiveJobs
	 */
	private ArchiveJobs $jobs;

	/**
	 * The runner.
	 *
	 * @var ArchiveJobRunner
	 */
	private ArchiveJobRunner $runner;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ArchiveJobs      $jobs   The jobs.
	 * @param ArchiveJobRunner $runner The runner.
	 */
	public function __construct( ArchiveJobs $jobs, ArchiveJobRunner $runner ) {
		$this->rest_base = 'archives/jobs';
		$this->jobs      = $jobs;
		$this->runner    = $runner;
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		$check = array( $this, 'jobs_permissions_check' );
		$args  = array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) );
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => $check,
					'args'                => $args,
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<job>[0-9]+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => $check,
					'args'                => $args,
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
	public function jobs_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::MANAGE_ARCHIVES ),
			__( 'Only a system administrator may create, check, download or restore archive packages: ask one to do it.', 'ttdt-portal' )
		);
	}

	/**
	 * The latest jobs, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$items = array();
		foreach ( $this->jobs->recent() as $job ) {
			$items[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $job, $request ) );
		}
		return rest_ensure_response( $items );
	}

	/**
	 * One job, worked a little when it has stalled.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$job = $this->runner->poll( (int) $request['job'] );
		if ( ! $job ) {
			return new WP_Error( 'ttdt_archive_job_not_found', __( 'There is no such archive job. Reload the list of packages.', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		return $this->prepare_item_for_response( $job, $request );
	}

	/**
	 * A job as the API returns it, with the link to poll and, once known, its package.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item    Job row.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$state    = (array) $item['state'];
		$data     = array(
			'id'         => (int) $item['id'],
			'kind'       => (string) $item['kind'],
			'package'    => (string) $item['package'],
			'status'     => (string) $item['status'],
			'label'      => (string) $item['label'],
			'done'       => (int) $item['done'],
			'total'      => (int) $item['total'],
			'messages'   => array_values( (array) ( $state['messages'] ?? array() ) ),
			'error'      => (string) $item['error'],
			'result'     => 'done' === $item['status'] ? ( $state['result'] ?? null ) : null,
			'created_at' => mysql_to_rfc3339( (string) $item['created_at'] ),
			'updated_at' => mysql_to_rfc3339( (string) $item['updated_at'] ),
		);
		$context  = ! empty( $request['context'] ) ? (string) $request['context'] : 'view';
		$response = rest_ensure_response( $this->filter_response_by_context( $data, $context ) );
		$links    = array( 'self' => array( 'href' => self::url( (int) $item['id'] ) ) );
		if ( '' !== $data['package'] ) {
			$links['package'] = array( 'href' => rest_url( $this->namespace . '/archives/' . $data['package'] ) );
		}
		$response->add_links( $links );
		return $response;
	}

	/**
	 * The answer to a request that started a job: 202, `Location` and the job.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed>|WP_Error $job     The job, or why it could not start.
	 * @param WP_REST_Request               $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function accepted( $job, $request ) {
		if ( is_wp_error( $job ) ) {
			return $job;
		}
		$response = $this->prepare_item_for_response( $job, $request );
		$response->set_status( 202 );
		$response->header( 'Location', self::url( (int) $job['id'] ) );
		return $response;
	}

	/**
	 * The URL of a job.
	 *
	 * @param int $id Job ID.
	 * @return string
	 */
	private static function url( int $id ): string {
		return rest_url( 'ttdt/v1/archives/jobs/' . $id );
	}

	/**
	 * The schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return ArchiveSchema::job();
	}
}
