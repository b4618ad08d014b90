<?php
/**
 * Test site only: fixtures the tests cannot build through the product's own paths.
 *
 * `POST /ttdt-test/v1/posts/<id>/delete-meta` deletes post meta directly, the way a script,
 * WP-CLI or an import would. The tests use it to make a scheduled item that lost its source
 * after it was scheduled (every path of the product refuses to schedule one), so they can
 * check what happens when its time comes.
 *
 * `POST /ttdt-test/v1/posts/<id>/publish` calls `wp_publish_post()`, the way a missed-schedule
 * plugin or custom code does, as the user making the request (who must be able to edit it).
 * `POST /ttdt-test/v1/cron/due` moves the date and cron event of the given items still
 * scheduled a minute into the past and clears cron's lock, so the next visit to `wp-cron.php`
 * publishes them (the tests do not wait for the clock). A cron run spawned by a visit may write
 * back a stale event list, so tests call it again until the items have left `future`. Restoring from the trash restores the status the item
 * had (core's own `wp_untrash_post_set_previous_status`, as many sites configure), and
 * `?ttdt-classic=1` opens the classic edit screen, so the tests can use both paths.
 *
 * `POST /ttdt-test/v1/posts/<id>/meta-audit-unwritable` changes a `ttdt_*` meta value while
 * the audit table cannot be written (its INSERTs are sent to a table that does not exist, for
 * this request only), so the tests can see how a lost audit entry is reported;
 * `POST /ttdt-test/v1/audit/forget-failures` clears that report so a test can start clean.
 *
 * Administrators only unless said; never on a real site: it only loads when `TTDT_ENV` is
 * `test`, which only the throw-away test sites define.
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

add_action(
	'rest_api_init',
	static function (): void {
		register_rest_route(
			'ttdt-test/v1',
			'/posts/(?P<id>\d+)/publish',
			array(
				'methods'             => 'POST',
				'permission_callback' => static fn( WP_REST_Request $request ): bool => current_user_can( 'edit_post', (int) $request['id'] ),
				'args'                => array(
					'id' => array(
						'type'     => 'integer',
						'required' => true,
					),
				),
				'callback'            => static function ( WP_REST_Request $request ) {
					wp_publish_post( (int) $request['id'] );
					clean_post_cache( (int) $request['id'] );
					return rest_ensure_response( array( 'status' => get_post_status( (int) $request['id'] ) ) );
				},
			)
		);
		register_rest_route(
			'ttdt-test/v1',
			'/cron/due',
			array(
				'methods'             => 'POST',
				'permission_callback' => static fn(): bool => current_user_can( 'manage_options' ),
				'args'                => array(
					'ids' => array(
						'type'     => 'array',
						'items'    => array( 'type' => 'integer' ),
						'required' => true,
					),
				),
				'callback'            => static function ( WP_REST_Request $request ) {
					global $wpdb;
					$due = time() - MINUTE_IN_SECONDS;
					foreach ( (array) $request['ids'] as $post_id ) {
						$post_id = (int) $post_id;
						if ( 'future' !== get_post_status( $post_id ) ) {
							continue;
						}
						$wpdb->update(
							$wpdb->posts,
							array(
								'post_date'     => wp_date( 'Y-m-d H:i:s', $due ),
								'post_date_gmt' => gmdate( 'Y-m-d H:i:s', $due ),
							),
							array( 'ID' => $post_id )
						);
						clean_post_cache( $post_id );
						wp_clear_scheduled_hook( 'publish_future_post', array( $post_id ) );
						wp_schedule_single_event( $due, 'publish_future_post', array( $post_id ) );
					}
					delete_transient( 'doing_cron' );
					return rest_ensure_response( array( 'due' => $due ) );
				},
			)
		);
	}
);

add_filter( 'wp_untrash_post_status', 'wp_untrash_post_set_previous_status', 10, 3 );

add_filter(
	'use_block_editor_for_post',
	static fn( $use ) => isset( $_GET['ttdt-classic'] ) ? false : $use // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a display switch of the test site.
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

// The REST guard's own test: a route of the plugin's namespace that lost its permission check,
// registered only for requests that ask for it, so the guard can show it finds one.
add_action(
	'rest_api_init',
	static function (): void {
		if ( empty( $_SERVER['HTTP_X_TTDT_GUARD_PROBE'] ) ) {
			return;
		}
		register_rest_route(
			'ttdt/v1',
			'/guard-probe',
			array(
				'methods'             => 'GET',
				'permission_callback' => '__return_true',
				'callback'            => static fn() => rest_ensure_response( array( 'open' => true ) ),
			)
		);
	}
);

// Feedback rate limits count per address, and every test request comes from 127.0.0.1: the
// feedback spec clears the counters before each test so one test's submissions do not
// refuse the next one's.
add_action(
	'rest_api_init',
	static function (): void {
		register_rest_route(
			'ttdt-test/v1',
			'/feedback/reset-limits',
			array(
				'methods'             => 'POST',
				'permission_callback' => static fn(): bool => current_user_can( 'manage_options' ),
				'callback'            => static function () {
					global $wpdb;
					$deleted = $wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( '_ttdt_fbrl_' ) . '%' ) );
					return rest_ensure_response( array( 'deleted' => (int) $deleted ) );
				},
			)
		);
	}
);
