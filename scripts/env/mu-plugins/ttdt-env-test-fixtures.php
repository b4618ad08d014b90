<?php
/**
 * Test site only: fixtures the tests cannot build through the product's own paths.
 *
 * `POST /ttdt-test/v1/posts/<id>/delete-meta` deletes post meta directly, the way a script,
 * WP-CLI or an import would. The tests use it to make a scheduled item that lost its source
 * after it was scheduled (every path of the product refuses to schedule one), so they can
 * check what happens when its time comes.
 *
 * `POST /ttdt-test/v1/posts/<id>/meta-audit-unwritable` changes a `ttdt_*` meta value while
 * the audit table cannot be written (its INSERTs are sent to a table that does not exist, for
 * this request only), so the tests can see how a lost audit entry is reported;
 * `POST /ttdt-test/v1/audit/forget-failures` clears that report so a test can start clean.
 *
 * Administrators only; never on a real site: it
 * only loads when `TTDT_ENV` is `test`, which only the throw-away test sites define.
 *
 * @package Ttdt
 */

defined( 'ABSPATH' ) || exit;

if ( ! defined( 'TTDT_ENV' ) || 'test' !== TTDT_ENV ) {
	return;
}

add_action(
	'rest_api_init',
	static function (): void {
		register_rest_route(
			'ttdt-test/v1',
			'/posts/(?P<id>\d+)/delete-meta',
			array(
				'methods'             => 'POST',
				'permission_callback' => static fn(): bool => current_user_can( 'manage_options' ),
				'args'                => array(
					'id'   => array(
						'type'     => 'integer',
						'required' => true,
					),
					'keys' => array(
						'type'     => 'array',
						'items'    => array(
							'type'    => 'string',
							'pattern' => '^ttdt_[a-z_]+$',
						),
						'required' => true,
					),
				),
				'callback'            => static function ( WP_REST_Request $request ) {
					$post_id = (int) $request['id'];
					foreach ( (array) $request['keys'] as $key ) {
						delete_post_meta( $post_id, (string) $key );
					}
					return rest_ensure_response( get_post_meta( $post_id ) );
				},
			)
		);
		register_rest_route(
			'ttdt-test/v1',
			'/posts/(?P<id>\d+)/meta-audit-unwritable',
			array(
				'methods'             => 'POST',
				'permission_callback' => static fn(): bool => current_user_can( 'manage_options' ),
				'args'                => array(
					'id'    => array(
						'type'     => 'integer',
						'required' => true,
					),
					'key'   => array(
						'type'     => 'string',
						'pattern'  => '^ttdt_[a-z_]+$',
						'required' => true,
					),
					'value' => array(
						'type'     => 'string',
						'required' => true,
					),
				),
				'callback'            => static function ( WP_REST_Request $request ) {
					global $wpdb;
					$table = $wpdb->prefix . 'ttdt_audit_log';
					add_filter(
						'query',
						static fn( $query ) => str_replace( "INSERT INTO `{$table}`", "INSERT INTO `{$table}_unavailable`", (string) $query )
					);
					update_post_meta( (int) $request['id'], (string) $request['key'], (string) $request['value'] );
					return rest_ensure_response( array( 'value' => get_post_meta( (int) $request['id'], (string) $request['key'], true ) ) );
				},
			)
		);
		register_rest_route(
			'ttdt-test/v1',
			'/audit/forget-failures',
			array(
				'methods'             => 'POST',
				'permission_callback' => static fn(): bool => current_user_can( 'manage_options' ),
				'callback'            => static fn() => rest_ensure_response( delete_option( 'ttdt_audit_write_failures' ) ),
			)
		);
	}
);

// Users the tests create open the block editor without its welcome guide covering the page.
add_action(
	'user_register',
	static function ( int $user_id ): void {
		global $wpdb;
		update_user_meta(
			$user_id,
			$wpdb->get_blog_prefix() . 'persisted_preferences',
			array(
				'core/edit-post' => array( 'welcomeGuide' => false ),
				'_modified'      => gmdate( 'c' ),
			)
		);
	}
);
