<?php
/**
 * Contract fixture: routes the build-time contract must refuse.
 *
 * @package Ttdt
 */

namespace Ttdt\Demo;

defined( 'ABSPATH' ) || exit;

use WP_REST_Server;

final class Unschemed extends \WP_REST_Controller {

	public function __construct() {
		$this->namespace = 'ttdt/v1';
		$this->rest_base = 'unschemed';
	}

	public function register_routes(): void {
		// No schema: clients cannot know what it answers.
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => array(),
				),
			)
		);
		// A schema, but a write method that does not say what it takes.
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/(?P<id>[\d]+)',
			array(
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		// Both, as a single endpoint: accepted.
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/ok',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'create_item' ),
				'permission_callback' => array( $this, 'create_item_permissions_check' ),
				'args'                => array(),
				'schema'              => array( $this, 'get_public_item_schema' ),
			)
		);
	}
}
