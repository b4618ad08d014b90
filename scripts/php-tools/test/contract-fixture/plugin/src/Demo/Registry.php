<?php
/**
 * Contract fixture: registrations of a post type, a taxonomy, meta (in a loop) and routes.
 *
 * @package Ttdt
 */

namespace Ttdt\Demo;

defined( 'ABSPATH' ) || exit;

use WP_REST_Server;

final class Registry extends \WP_REST_Controller {

	const POST_TYPE = 'ttdt_report';

	const META = array(
		'ttdt_source'       => array(
			'type'         => 'string',
			'description'  => 'Where the information comes from.',
			'single'       => true,
			'default'      => '',
			'show_in_rest' => true,
		),
		'ttdt_is_reference' => array(
			'type'         => 'boolean',
			'single'       => true,
			'default'      => false,
			'show_in_rest' => true,
		),
		'ttdt_received_via' => array(
			'type'         => 'string',
			'single'       => true,
			'show_in_rest' => array(
				'schema' => array( 'enum' => array( 'online', 'email', 'paper' ) ),
			),
		),
		'ttdt_reviewers'    => array(
			'type'         => 'integer',
			'show_in_rest' => true,
		),
	);

	public function __construct() {
		$this->namespace = 'ttdt/v1';
		$this->rest_base = 'reports';
	}

	public function register(): void {
		register_post_type( self::POST_TYPE, array( 'public' => false ) );
		register_taxonomy( 'ttdt_topic', array( self::POST_TYPE ) );
		foreach ( self::META as $key => $args ) {
			register_post_meta( 'post', $key, $args );
		}
		register_meta(
			'post',
			'ttdt_pages',
			array(
				'object_subtype' => self::POST_TYPE,
				'type'           => 'integer',
				'single'         => true,
				'show_in_rest'   => true,
			)
		);
	}

	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)',
			array(
				'methods'             => WP_REST_Server::DELETABLE,
				'callback'            => array( $this, 'delete_item' ),
				'permission_callback' => array( $this, 'delete_item_permissions_check' ),
				'args'                => array(),
				'schema'              => array( $this, 'get_public_item_schema' ),
			)
		);
	}
}
