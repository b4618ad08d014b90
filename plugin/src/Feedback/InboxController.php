<?php
/**
 * REST endpoint of the feedback inbox: `ttdt/v1/feedback/items`.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use Ttdt\Units\UnitPostType;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Lists and reads items with the citizen's personal data, so only those who handle feedback
 * (`ttdt_handle_feedback`) may. Filtering, sorting and paging are done in SQL by the
 * repository; the actions on an item are `InboxActions`.
 *
 * @since 0.1.0
 */
final class InboxController extends RestController {

	/**
	 * Feedback repository.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $items;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param FeedbackRepository $items Feedback repository.
	 */
	public function __construct( FeedbackRepository $items ) {
		$this->rest_base = 'feedback/items';
		$this->items     = $items;
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
			'/' . $this->rest_base . '/(?P<id>\d+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(
						'id'      => array(
							'description' => __( 'Item ID.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'context' => $this->get_context_param( array( 'default' => 'edit' ) ),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Reading the inbox needs `ttdt_handle_feedback`.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return self::check();
	}

	/**
	 * Reading one item: the same.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return self::check();
	}

	/**
	 * One page of items.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$args = array(
			'status'   => $request['status'],
			'type'     => $request['type'],
			'search'   => (string) $request['search'],
			'overdue'  => (bool) $request['overdue'],
			'orderby'  => (string) $request['orderby'],
			'order'    => (string) $request['order'],
			'page'     => (int) $request['page'],
			'per_page' => (int) $request['per_page'],
		);
		if ( null !== $request['unit'] ) {
			$args['unit_id'] = (int) $request['unit'];
		}
		if ( null !== $request['holder'] ) {
			$args['holder_user_id'] = (int) $request['holder'];
		}
		$page = $this->items->query( $args );
		$data = array();
		foreach ( $page['items'] as $row ) {
			$data[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $row, $request ) );
		}
		$response = rest_ensure_response( $data );
		$response->header( 'X-WP-Total', (string) $page['total'] );
		$response->header( 'X-WP-TotalPages', (string) (int) ceil( $page['total'] / max( 1, (int) $request['per_page'] ) ) );
		return $response;
	}

	/**
	 * One item with its history and files.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$row = $this->items->find( (int) $request['id'] );
		if ( ! $row ) {
			return self::missing();
		}
		return $this->prepare_item_for_response( $row, $request );
	}

	/**
	 * An item as the inbox shows it.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item    Row.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$unit   = $item['unit_id'] ? UnitPostType::find( (int) $item['unit_id'] ) : null;
		$holder = $item['holder_user_id'] ? get_userdata( (int) $item['holder_user_id'] ) : false;
		$detail = 'edit' === ( $request['context'] ?? 'view' ) && isset( $request['id'] );
		$events = $detail ? $this->items->events( (int) $item['id'] ) : array();
		$data   = array(
			'id'          => (int) $item['id'],
			'code'        => TrackingCode::format( (string) $item['code'] ),
			'type'        => (string) $item['type'],
			'status'      => (string) $item['status'],
			'channel'     => (string) $item['channel'],
			'subject'     => (string) $item['subject'],
			'content'     => (string) $item['content'],
			'topic'       => $item['topic'],
			'purpose'     => $item['purpose'],
			'name'        => (string) $item['name'],
			'email'       => $item['email'],
			'phone'       => $item['phone'],
			'address'     => $item['address'],
			'holder_id'   => $item['holder_user_id'] ?: null,
			'holder_name' => $holder ? $holder->display_name : null,
			'unit_id'     => $item['unit_id'] ?: null,
			'unit_name'   => $unit ? $unit['name'] : null,
			'received_at' => self::iso( $item['received_at'] ),
			'deadline_at' => self::iso( $item['deadline_at'] ),
			'overdue'     => self::is_overdue( $item ),
			'answered_at' => self::iso( $item['answered_at'] ),
			'closed_at'   => self::iso( $item['closed_at'] ),
			'answer'      => $item['answer'],
			'unit_answer' => $detail ? self::latest_unit_answer( $events ) : null,
			'qa_post_id'  => $item['qa_post_id'] ?: null,
			'erased'      => ! empty( $item['personal_erased_at'] ),
		);
		if ( $detail ) {
			$data['events'] = array_map( array( self::class, 'present_event' ), $events );
			$data['files']  = array_map(
				static fn( array $file ): array => array(
					'id'        => (int) $file['id'],
					'name'      => (string) $file['name'],
					'size'      => (int) $file['size'],
					'from_unit' => ! empty( $file['event_id'] ),
				),
				$this->items->files( (int) $item['id'] )
			);
		}
		return rest_ensure_response( $data );
	}

	/**
	 * Whether an item's deadline passed while it still waits for an answer.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item Row.
	 * @return bool
	 */
	public static function is_overdue( array $item ): bool {
		return ! empty( $item['deadline_at'] )
			&& ! in_array( $item['status'], array( FeedbackStatus::ANSWERED, FeedbackStatus::CLOSED ), true )
			&& (string) $item['deadline_at'] < gmdate( 'Y-m-d H:i:s' );
	}

	/**
	 * The filters of the list.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		$params                        = parent::get_collection_params();
		$params['context']['default']  = 'view';
		$params['per_page']['maximum'] = 100;
		$params['page']['maximum']     = self::MAX_PAGE;
		return $params + array(
			'status'  => array(
				'description' => __( 'Only items with these statuses.', 'ttdt-portal' ),
				'type'        => 'array',
				'items'       => array(
					'type' => 'string',
					'enum' => FeedbackStatus::all(),
				),
			),
			'type'    => array(
				'description' => __( 'Only items of these types.', 'ttdt-portal' ),
				'type'        => 'array',
				'items'       => array(
					'type' => 'string',
					'enum' => FeedbackType::all(),
				),
			),
			'unit'    => array(
				'description' => __( 'Only items forwarded to this unit.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
			'holder'  => array(
				'description' => __( 'Only items held by this leader.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
			'overdue' => array(
				'description' => __( 'Only items past their deadline and not answered.', 'ttdt-portal' ),
				'type'        => 'boolean',
				'default'     => false,
			),
			'orderby' => array(
				'description' => __( 'Sort by.', 'ttdt-portal' ),
				'type'        => 'string',
				'enum'        => FeedbackRepository::SORTABLE,
				'default'     => 'received_at',
			),
			'order'   => array(
				'description' => __( 'Sort direction.', 'ttdt-portal' ),
				'type'        => 'string',
				'enum'        => array( 'asc', 'desc' ),
				'default'     => 'desc',
			),
		);
	}

	/**
	 * The item schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return InboxSchema::item();
	}

	/**
	 * An event as the history shows it.
	 *
	 * @param array<string, mixed> $event Event row.
	 * @return array<string, mixed>
	 */
	private static function present_event( array $event ): array {
		$user = $event['user_id'] ? get_userdata( (int) $event['user_id'] ) : false;
		$unit = $event['unit_id'] ? UnitPostType::find( (int) $event['unit_id'] ) : null;
		return array(
			'id'         => (int) $event['id'],
			'kind'       => (string) $event['kind'],
			'label'      => InboxSchema::event_labels()[ $event['kind'] ] ?? (string) $event['kind'],
			'user_name'  => $user ? $user->display_name : '',
			'unit_name'  => $unit ? $unit['name'] : '',
			'body'       => $event['body'],
			'created_at' => self::iso( $event['created_at'] ),
		);
	}

	/**
	 * The body of the latest `unit_answered` event.
	 *
	 * @param array<int, array<string, mixed>> $events History.
	 * @return string|null
	 */
	private static function latest_unit_answer( array $events ): ?string {
		$answer = null;
		foreach ( $events as $event ) {
			if ( FeedbackEvent::UNIT_ANSWERED === $event['kind'] ) {
				$answer = (string) $event['body'];
			}
		}
		return $answer;
	}

	/**
	 * A UTC `Y-m-d H:i:s` as ISO 8601, or null.
	 *
	 * @param mixed $value Value.
	 * @return string|null
	 */
	private static function iso( $value ): ?string {
		return $value ? str_replace( ' ', 'T', (string) $value ) . 'Z' : null;
	}

	/**
	 * Whether the user handles feedback.
	 *
	 * @return true|WP_Error
	 */
	private static function check() {
		return current_user_can( Capabilities::HANDLE_FEEDBACK ) ? true : RestController::forbidden(
			__( 'You are not allowed to read citizens\' feedback. Ask the head of the editorial board for the moderator or publisher level.', 'ttdt-portal' )
		);
	}

	/**
	 * 404 for an unknown item.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_Error
	 */
	public static function missing(): WP_Error {
		return new WP_Error( 'ttdt_feedback_missing', __( 'This feedback item does not exist. Reload the inbox.', 'ttdt-portal' ), array( 'status' => 404 ) );
	}
}
