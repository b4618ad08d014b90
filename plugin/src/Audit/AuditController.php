<?php
/**
 * REST endpoints of the audit log: `ttdt/v1/audit` and `ttdt/v1/audit/facets`.
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Read-only on purpose: the routes accept GET and nothing else, so no request can edit or
 * delete an entry. All of them need {@see Capabilities::READ_AUDIT_LOG}.
 *
 * @since 0.1.0
 */
final class AuditController extends RestController {

	/**
	 * Row names of the current page, by user ID.
	 *
	 * @var array<int, string>
	 */
	private array $names = array();

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'audit';
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
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => $this->get_collection_params(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/facets',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_facets' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( AuditSchema::class, 'facets' ),
			)
		);
	}

	/**
	 * Only those who may read the log.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::READ_AUDIT_LOG ),
			__( 'Only a system administrator may read the audit log.', 'ttdt-portal' )
		);
	}

	/**
	 * Header set to `1` when `X-WP-Total` is a lower bound: the log holds more than
	 * {@see AuditLog::COUNT_CAP} matching entries and the total is then reported as the cap
	 * plus one ("at least"), not counted further.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CAPPED_HEADER = 'X-Ttdt-Total-Capped';

	/**
	 * One page of entries, newest first, with `X-WP-Total`, `X-WP-TotalPages` (exact up to
	 * {@see AuditLog::COUNT_CAP}, a lower bound flagged by {@see self::CAPPED_HEADER} above it)
	 * and a `next` link that continues by keyset (`before_id`).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$query       = AuditQuery::from_request( $request );
		$rows        = AuditLog::find( $query );
		$this->names = AuditPresenter::names( $rows );

		$items = array();
		foreach ( $rows as $row ) {
			$items[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $row, $request ) );
		}
		// Counting all of a million-row log costs a second; a count that stops at the cap costs
		// milliseconds, and beyond it the screen says "more than" and pages by cursor.
		$total    = AuditLog::count( $query );
		$response = rest_ensure_response( $items );
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) (int) ceil( $total / max( 1, $query->per_page ) ) );
		if ( $total > AuditLog::COUNT_CAP ) {
			$response->header( self::CAPPED_HEADER, '1' );
		}

		$last = end( $rows );
		if ( $last && count( $rows ) === $query->per_page ) {
			$params = $request->get_query_params();
			unset( $params['page'] );
			$params['before_id'] = (int) $last->id;
			$response->link_header( 'next', add_query_arg( urlencode_deep( $params ), rest_url( $this->namespace . '/' . $this->rest_base ) ) );
		}
		return $response;
	}

	/**
	 * Shapes one entry.
	 *
	 * @since 0.1.0
	 *
	 * @param object          $item    Table row.
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$data    = AuditPresenter::present( $item, $this->names );
		$context = ! empty( $request['context'] ) ? $request['context'] : 'view';
		return rest_ensure_response( $this->filter_response_by_context( $data, $context ) );
	}

	/**
	 * The values the screen offers as filters: actions, object types and users found in the
	 * log (each read from the index that starts with its column), plus the known actions.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_facets( $request ) {
		$actions = array_unique( array_merge( array_keys( AuditPresenter::action_labels() ), AuditLog::distinct( 'action' ) ) );
		$types   = array_unique( array_merge( array_keys( AuditPresenter::object_type_labels() ), AuditLog::distinct( 'object_type' ) ) );
		$ids     = array_values( array_filter( array_map( 'intval', AuditLog::distinct( 'user_id' ) ) ) );
		$users   = array();
		foreach ( $ids ? get_users( array( 'include' => $ids ) ) : array() as $user ) {
			$users[ $user->ID ] = $user->display_name . ' (' . $user->user_login . ')';
		}

		return rest_ensure_response(
			array(
				'actions'      => array_values( array_map( static fn( $action ) => array( 'value' => (string) $action, 'label' => AuditPresenter::action_label( (string) $action ) ), array_filter( $actions ) ) ),
				'object_types' => array_values( array_map( static fn( $type ) => array( 'value' => (string) $type, 'label' => AuditPresenter::object_type_labels()[ $type ] ?? (string) $type ), array_filter( $types ) ) ),
				'users'        => array_map(
					static fn( int $id ) => array(
						'value' => $id,
						/* translators: %d: user ID of an account that no longer exists. */
						'label' => $users[ $id ] ?? sprintf( __( 'Deleted account #%d', 'ttdt-portal' ), $id ),
					),
					$ids
				),
			)
		);
	}

	/**
	 * Filters and paging parameters.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return array_merge(
			array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) ),
			AuditSchema::query_params()
		);
	}

	/**
	 * The schema of an entry.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return AuditSchema::entry();
	}
}
