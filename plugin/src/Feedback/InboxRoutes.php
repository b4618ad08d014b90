<?php
/**
 * The routes of the actions on a feedback item: `ttdt/v1/feedback/items/<id>/<action>`.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;
use WP_REST_Request;
use WP_REST_Server;

/**
 * One route per action, each with its schema'd arguments and its own capability; the work
 * is `InboxActions::run()`.
 *
 * @since 0.1.0
 */
final class InboxRoutes implements Hookable {

	/**
	 * The actions.
	 *
	 * @var InboxActions
	 */
	private InboxActions $actions;

	/**
	 * The inbox controller, whose item schema the actions answer with.
	 *
	 * @var InboxController
	 */
	private InboxController $inbox;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param InboxActions    $actions Actions.
	 * @param InboxController $inbox   Inbox controller.
	 */
	public function __construct( InboxActions $actions, InboxController $inbox ) {
		$this->actions = $actions;
		$this->inbox   = $inbox;
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
			'ttdt/v1',
			'/feedback/items/(?P<id>\d+)/classify',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => fn( WP_REST_Request $request ) => $this->actions->run( 'classify', $request ),
					'permission_callback' => static fn() => InboxActions::allowed( Capabilities::HANDLE_FEEDBACK ),
					'args'                => array(
						'id' => array(
							'description' => __( 'Item ID.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'type' => array(
							'description' => __( 'Type of feedback.', 'ttdt-portal' ),
							'type'        => 'string',
							'enum'        => FeedbackType::all(),
							'required'    => true,
						),
						'topic' => array(
							'description'       => __( 'Topic.', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 100,
							'required'          => false,
							'sanitize_callback' => 'sanitize_textarea_field',
							'validate_callback' => 'rest_validate_request_arg',
						),
						'purpose' => array(
							'description'       => __( 'What the citizen asks for.', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 200,
							'required'          => false,
							'sanitize_callback' => 'sanitize_textarea_field',
							'validate_callback' => 'rest_validate_request_arg',
						),
					),
				),
				'schema' => array( $this->inbox, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			'ttdt/v1',
			'/feedback/items/(?P<id>\d+)/forward',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => fn( WP_REST_Request $request ) => $this->actions->run( 'forward', $request ),
					'permission_callback' => static fn() => InboxActions::allowed( Capabilities::HANDLE_FEEDBACK ),
					'args'                => array(
						'id' => array(
							'description' => __( 'Item ID.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'user' => array(
							'description' => __( 'Leader to forward to.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'unit' => array(
							'description' => __( 'Unit to forward to (it is mailed an answer link).', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'note' => array(
							'description'       => __( 'Note to the leader or unit.', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 2000,
							'required'          => false,
							'sanitize_callback' => 'sanitize_textarea_field',
							'validate_callback' => 'rest_validate_request_arg',
						),
					),
				),
				'schema' => array( $this->inbox, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			'ttdt/v1',
			'/feedback/items/(?P<id>\d+)/note',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => fn( WP_REST_Request $request ) => $this->actions->run( 'note', $request ),
					'permission_callback' => static fn() => InboxActions::allowed( Capabilities::HANDLE_FEEDBACK ),
					'args'                => array(
						'id' => array(
							'description' => __( 'Item ID.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'body' => array(
							'description'       => __( 'Note.', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 5000,
							'required'          => true,
							'sanitize_callback' => 'sanitize_textarea_field',
							'validate_callback' => 'rest_validate_request_arg',
						),
					),
				),
				'schema' => array( $this->inbox, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			'ttdt/v1',
			'/feedback/items/(?P<id>\d+)/answer',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => fn( WP_REST_Request $request ) => $this->actions->run( 'answer', $request ),
					'permission_callback' => static fn() => InboxActions::allowed( Capabilities::ANSWER_FEEDBACK ),
					'args'                => array(
						'id' => array(
							'description' => __( 'Item ID.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'answer' => array(
							'description'       => __( 'The answer the commune approves.', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 10000,
							'required'          => true,
							'sanitize_callback' => 'sanitize_textarea_field',
							'validate_callback' => 'rest_validate_request_arg',
						),
					),
				),
				'schema' => array( $this->inbox, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			'ttdt/v1',
			'/feedback/items/(?P<id>\d+)/send',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => fn( WP_REST_Request $request ) => $this->actions->run( 'send', $request ),
					'permission_callback' => static fn() => InboxActions::allowed( Capabilities::ANSWER_FEEDBACK ),
					'args'                => array(
						'id' => array(
							'description' => __( 'Item ID.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
					),
				),
				'schema' => array( $this->inbox, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			'ttdt/v1',
			'/feedback/items/(?P<id>\d+)/publish',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => fn( WP_REST_Request $request ) => $this->actions->run( 'publish', $request ),
					'permission_callback' => static fn() => InboxActions::allowed( Capabilities::ANSWER_FEEDBACK ),
					'args'                => array(
						'id' => array(
							'description' => __( 'Item ID.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'title' => array(
							'description'       => __( 'Public title of the question (default: the subject).', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 200,
							'required'          => false,
							'sanitize_callback' => 'sanitize_textarea_field',
							'validate_callback' => 'rest_validate_request_arg',
						),
						'question' => array(
							'description'       => __( 'Public question (default: the content).', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 10000,
							'required'          => false,
							'sanitize_callback' => 'sanitize_textarea_field',
							'validate_callback' => 'rest_validate_request_arg',
						),
						'answer' => array(
							'description'       => __( 'Public answer (default: the answer sent).', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 10000,
							'required'          => false,
							'sanitize_callback' => 'sanitize_textarea_field',
							'validate_callback' => 'rest_validate_request_arg',
						),
					),
				),
				'schema' => array( $this->inbox, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			'ttdt/v1',
			'/feedback/items/(?P<id>\d+)/close',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => fn( WP_REST_Request $request ) => $this->actions->run( 'close', $request ),
					'permission_callback' => static fn() => InboxActions::allowed( Capabilities::HANDLE_FEEDBACK ),
					'args'                => array(
						'id' => array(
							'description' => __( 'Item ID.', 'ttdt-portal' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'reason' => array(
							'description'       => __( 'Why it is closed.', 'ttdt-portal' ),
							'type'              => 'string',
							'maxLength'         => 500,
							'required'          => false,
							'sanitize_callback' => 'sanitize_textarea_field',
							'validate_callback' => 'rest_validate_request_arg',
						),
					),
				),
				'schema' => array( $this->inbox, 'get_public_item_schema' ),
			)
		);
	}
}
