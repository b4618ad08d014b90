<?php
/**
 * REST endpoints of the royalty ledger: `ttdt/v1/royalty/lines`.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * GET lists lines: everyone signed in reads their own, those with
 * {@see Capabilities::VIEW_ROYALTIES} (the accountant, administrators) read all. POST
 * `/lines/<id>` adjusts an open line and POST `/lines/<id>/reverse` reverses a finalised one
 * ({@see Capabilities::MANAGE_ROYALTIES}). Each line's `_links` say what the user may do.
 *
 * @since 0.1.0
 */
final class LedgerController extends RestController {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'royalty/lines';
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		$id = array(
			'id' => array(
				'description' => __( 'Line ID.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);
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
			'/' . $this->rest_base . '/(?P<id>[\d]+)',
			array(
				'args'   => $id,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)/reverse',
			array(
				'args'   => $id,
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'reverse' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
					'args'                => array(
						'note'   => array(
							'description'       => __( 'Why the line is reversed.', 'ttdt-portal' ),
							'type'              => 'string',
							'minLength'         => 3,
							'maxLength'         => 500,
							'required'          => true,
							'sanitize_callback' => 'sanitize_text_field',
							'validate_callback' => 'rest_validate_request_arg',
						),
						'amount' => array(
							'description' => __( 'The right amount, in VND; leave out to cancel the line.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 0,
							'maximum'     => 1000000000,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Anyone signed in may list lines (their own); naming someone else needs the statements.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		$payee = $request->has_param( 'payee' ) ? (int) $request['payee'] : get_current_user_id();
		if ( ! $request->has_param( 'payee' ) && current_user_can( Capabilities::VIEW_ROYALTIES ) ) {
			return true;
		}
		return $this->permit(
			is_user_logged_in() && current_user_can( Capabilities::READ_ROYALTY_LINES, $payee ),
			__( 'You may see only your own royalties. Ask the accountant for other people\'s.', 'ttdt-portal' )
		);
	}

	/**
	 * Who may read one line: its payee and those who read the statements.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		$line = Ledger::get( (int) $request['id'] );
		return $this->permit(
			$line && current_user_can( Capabilities::READ_ROYALTY_LINES, (int) $line['payee_user_id'] ),
			__( 'You may see only your own royalties. Ask the accountant for other people\'s.', 'ttdt-portal' )
		);
	}

	/**
	 * Who may change lines.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::MANAGE_ROYALTIES ),
			__( 'Only a system administrator may change royalty lines. The accountant reads and exports them.', 'ttdt-portal' )
		);
	}

	/**
	 * Lists lines.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		$filter = self::filter( $request );
		if ( is_wp_error( $filter ) ) {
			return $filter;
		}
		$per_page               = (int) $request['per_page'];
		list( $rows, $total )   = LedgerReport::page( $filter, (int) $request['page'], $per_page );
		$items                  = array();
		foreach ( $rows as $row ) {
			$items[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $row, $request ) );
		}
		$response = rest_ensure_response( $items );
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) max( 1, (int) ceil( $total / max( 1, $per_page ) ) ) );
		return $response;
	}

	/**
	 * The filter of a request: the period, the status, the kind and, for someone who reads
	 * only their own lines, themselves.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function filter( $request ) {
		$filter = array();
		if ( ! empty( $request['period'] ) ) {
			$filter['months'] = Period::months( (string) $request['period'] );
		}
		if ( $request->has_param( 'payee' ) ) {
			$filter['payee_user_id'] = (int) $request['payee'];
		} elseif ( ! current_user_can( Capabilities::VIEW_ROYALTIES ) ) {
			$filter['payee_user_id'] = get_current_user_id();
		}
		foreach ( array( 'status', 'kind' ) as $key ) {
			if ( ! empty( $request[ $key ] ) ) {
				$filter[ $key ] = (string) $request[ $key ];
			}
		}
		return $filter;
	}

	/**
	 * Returns one line.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		return $this->prepare_item_for_response( Ledger::get( (int) $request['id'] ), $request );
	}

	/**
	 * Adjusts an open line.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$line = Ledger::adjust( (int) $request['id'], (int) $request['amount'], (string) $request['note'] );
		if ( is_wp_error( $line ) ) {
			return $line;
		}
		return $this->prepare_item_for_response( $line, $request );
	}

	/**
	 * Reverses a finalised line.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error The new lines.
	 */
	public function reverse( $request ) {
		$lines = Ledger::reverse( (int) $request['id'], (string) $request['note'], $request->has_param( 'amount' ) ? (int) $request['amount'] : null );
		if ( is_wp_error( $lines ) ) {
			return $lines;
		}
		$items = array();
		foreach ( $lines as $line ) {
			$items[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $line, $request ) );
		}
		$response = rest_ensure_response( $items );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * Shapes one line for the response.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item    Row.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$data = array();
		foreach ( array_keys( $this->get_item_schema()['properties'] ) as $field ) {
			$data[ $field ] = $item[ $field ] ?? null;
		}
		foreach ( array( 'id', 'item_id', 'payee_user_id', 'share_percent', 'amount', 'computed_amount', 'reverses_id' ) as $int ) {
			$data[ $int ] = (int) $data[ $int ];
		}
		$data['item_title'] = $data['item_id'] ? html_entity_decode( get_the_title( $data['item_id'] ), ENT_QUOTES ) : '';
		$context            = ! empty( $request['context'] ) ? $request['context'] : 'view';
		$response           = rest_ensure_response( $this->filter_response_by_context( $data, $context ) );

		$self    = $this->item_url( $data['id'] );
		$actions = array();
		if ( current_user_can( Capabilities::MANAGE_ROYALTIES ) ) {
			if ( 'open' === $data['status'] ) {
				$actions['adjust'] = $self;
			} elseif ( 'reversal' !== $data['kind'] ) {
				$actions['reverse'] = $self . '/reverse';
			}
		}
		$response->add_links( $this->item_links( $data['id'], $actions ) );
		return $response;
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return LedgerSchema::line();
	}

	/**
	 * Filters of the list.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return array(
			'context'  => $this->get_context_param( array( 'default' => 'view' ) ),
			'page'     => array(
				'description' => __( 'Page of the list.', 'ttdt-portal' ),
				'type'        => 'integer',
				'default'     => 1,
				'minimum'     => 1,
				'maximum'     => RestController::MAX_PAGE,
			),
			'per_page' => array(
				'description' => __( 'Lines per page.', 'ttdt-portal' ),
				'type'        => 'integer',
				'default'     => 50,
				'minimum'     => 1,
				'maximum'     => 500,
			),
			'period'   => array(
				'description' => __( 'Month (2026-03), quarter (2026-Q1) or year (2026).', 'ttdt-portal' ),
				'type'        => 'string',
				'pattern'     => Period::PATTERN,
			),
			'payee'    => array(
				'description' => __( 'Account of the payee.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 0,
			),
			'status'   => array(
				'description' => __( 'Status of the lines.', 'ttdt-portal' ),
				'type'        => 'string',
				'enum'        => Ledger::STATUSES,
			),
			'kind'     => array(
				'description' => __( 'Kind of the lines.', 'ttdt-portal' ),
				'type'        => 'string',
				'enum'        => Ledger::KINDS,
			),
		);
	}
}
