<?php
/**
 * Keeps impossible receipts out, whichever way the receipt meta is written.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemTypes;
use Ttdt\Support\Hookable;
use WP_Error;
use WP_REST_Request;

/**
 * No path may set a receipt that `ReceiptDate` refuses, nor remove the receipt of an item in
 * review (that would stop its approval clock). REST requests (`/wp/v2/posts` meta and the
 * workflow's receipt route) are answered 400 with the reason before anything is written; every
 * other write (classic screens and their Custom Fields box, XML-RPC, importers, other code) is
 * refused where the meta is written, and admin screens stop with the reason. It also remembers
 * each receipt as it was before a change, for `Receipt` to audit before → after.
 *
 * @since 0.1.0
 */
final class ReceiptGuard implements Hookable {

	/**
	 * The receipt meta keys.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const KEYS = array( WorkflowMeta::RECEIVED_AT, WorkflowMeta::RECEIVED_VIA );

	/**
	 * Receipts as they were before this request changed them, by post ID.
	 *
	 * @var array<int, array{received_at: string, received_via: string}>
	 */
	private array $before = array();

	/**
	 * Whether the workflow itself is writing (stamping a receipt of now).
	 *
	 * @var bool
	 */
	private bool $paused = false;

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register_rest_checks' ) );
		add_filter( 'rest_dispatch_request', array( $this, 'check_receipt_route' ), 10, 4 );
		add_filter( 'add_post_metadata', array( $this, 'guard_add' ), 1, 4 );
		add_filter( 'update_post_metadata', array( $this, 'guard_update' ), 1, 4 );
		add_filter( 'update_post_metadata_by_mid', array( $this, 'guard_update_by_mid' ), 1, 4 );
		add_filter( 'delete_post_metadata', array( $this, 'guard_delete' ), 1, 3 );
		add_filter( 'delete_post_metadata_by_mid', array( $this, 'guard_delete_by_mid' ), 1, 2 );
	}

	/**
	 * On `rest_api_init`: checks the receipt a REST save of each item type sends. The item types
	 * are asked there, not while the plugin boots, so that an extension's types are known.
	 *
	 * @since 0.1.0
	 */
	public function register_rest_checks(): void {
		foreach ( ItemTypes::all() as $post_type ) {
			add_filter( 'rest_pre_insert_' . $post_type, array( $this, 'check_rest_meta' ), 6, 2 );
		}
	}

	/**
	 * Stops or resumes the guard while the workflow stamps a receipt itself.
	 *
	 * @since 0.1.0
	 *
	 * @param bool $paused Whether to pause.
	 */
	public function pause( bool $paused ): void {
		$this->paused = $paused;
	}

	/**
	 * The receipt of an item as it was before this request changed it, forgotten once read.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return array{received_at: string, received_via: string}|null
	 */
	public function take_before( int $post_id ): ?array {
		$before = $this->before[ $post_id ] ?? null;
		unset( $this->before[ $post_id ] );
		return $before;
	}

	/**
	 * The receipt meta as stored.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return array{received_at: string, received_via: string}
	 */
	public static function snapshot( int $post_id ): array {
		return array(
			'received_at'  => (string) get_post_meta( $post_id, WorkflowMeta::RECEIVED_AT, true ),
			'received_via' => (string) get_post_meta( $post_id, WorkflowMeta::RECEIVED_VIA, true ),
		);
	}

	/**
	 * Refuses a REST save of an item whose `meta` sets a receipt that cannot be (`/wp/v2/posts`
	 * and its autosaves), before anything of the request is written.
	 *
	 * @since 0.1.0
	 *
	 * @param \stdClass|WP_Error $prepared Post prepared for the database.
	 * @param WP_REST_Request    $request  The request.
	 * @return \stdClass|WP_Error
	 */
	public function check_rest_meta( $prepared, $request ) {
		if ( is_wp_error( $prepared ) || ! $request instanceof WP_REST_Request ) {
			return $prepared;
		}
		$meta = $request['meta'];
		if ( ! is_array( $meta ) || ! array_key_exists( WorkflowMeta::RECEIVED_AT, $meta ) ) {
			return $prepared;
		}
		return self::problem_with( (int) $request['id'], $meta[ WorkflowMeta::RECEIVED_AT ] ) ?? $prepared;
	}

	/**
	 * Refuses the workflow's receipt route (`ttdt/v1/workflow/<id>/receipt`) a date that
	 * cannot be, after its permission check, with the reason.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed           $result  Response so far (null to let the route answer).
	 * @param WP_REST_Request $request Request.
	 * @param string          $route   Route.
	 * @param array           $handler The route's handler.
	 * @return mixed
	 */
	public function check_receipt_route( $result, $request, $route, $handler ) {
		$callback = is_array( $handler ) ? ( $handler['callback'] ?? null ) : null;
		if ( null !== $result || ! is_array( $callback ) || ! ( $callback[0] ?? null ) instanceof WorkflowActionsController || 'record_receipt' !== ( $callback[1] ?? '' ) ) {
			return $result;
		}
		return ReceiptDate::problem( $request['received_at'] ) ?? $result;
	}

	/**
	 * Refuses adding a receipt that cannot be, whoever writes it (classic screens, quick edit,
	 * XML-RPC, importers, other code); remembers the receipt before a change.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $check      Null, or a value that short-circuits the write.
	 * @param int    $object_id  Post ID.
	 * @param string $meta_key   Meta key.
	 * @param mixed  $meta_value Value, sanitised.
	 * @return mixed
	 */
	public function guard_add( $check, $object_id, $meta_key, $meta_value ) {
		return $this->guard( $check, (int) $object_id, (string) $meta_key, $meta_value );
	}

	/**
	 * `guard_add()` for updates.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $check      Null, or a value that short-circuits the write.
	 * @param int    $object_id  Post ID.
	 * @param string $meta_key   Meta key.
	 * @param mixed  $meta_value Value, sanitised.
	 * @return mixed
	 */
	public function guard_update( $check, $object_id, $meta_key, $meta_value ) {
		return $this->guard( $check, (int) $object_id, (string) $meta_key, $meta_value );
	}

	/**
	 * `guard_add()` for updates by meta ID (the Custom Fields box).
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $check      Null, or a value that short-circuits the write.
	 * @param int    $meta_id    Meta ID.
	 * @param mixed  $meta_value Value, sanitised.
	 * @param string $meta_key   Meta key, when it changes too.
	 * @return mixed
	 */
	public function guard_update_by_mid( $check, $meta_id, $meta_value, $meta_key ) {
		$row = get_metadata_by_mid( 'post', (int) $meta_id );
		if ( ! $row ) {
			return $check;
		}
		// Renaming another field to a receipt key, or a receipt key to another, is a change too.
		$key   = $meta_key ? (string) $meta_key : (string) $row->meta_key;
		$check = $this->guard( $check, (int) $row->post_id, (string) $row->meta_key, $key === $row->meta_key ? $meta_value : '' );
		return $key === $row->meta_key ? $check : $this->guard( $check, (int) $row->post_id, $key, $meta_value );
	}

	/**
	 * `guard_add()` for deletions: removing the receipt of an item in review is refused.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $check     Null, or a value that short-circuits the deletion.
	 * @param int    $object_id Post ID.
	 * @param string $meta_key  Meta key.
	 * @return mixed
	 */
	public function guard_delete( $check, $object_id, $meta_key ) {
		return $this->guard( $check, (int) $object_id, (string) $meta_key, '' );
	}

	/**
	 * `guard_delete()` by meta ID (the Custom Fields box).
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $check   Null, or a value that short-circuits the deletion.
	 * @param int   $meta_id Meta ID.
	 * @return mixed
	 */
	public function guard_delete_by_mid( $check, $meta_id ) {
		$row = get_metadata_by_mid( 'post', (int) $meta_id );
		return $row ? $this->guard( $check, (int) $row->post_id, (string) $row->meta_key, '' ) : $check;
	}

	/**
	 * Refuses a write of a receipt key that `problem_with()` objects to, or remembers the
	 * receipt as it was.
	 *
	 * @param mixed  $check   Null, or a value that short-circuits the write.
	 * @param int    $post_id Post ID.
	 * @param string $key     Meta key.
	 * @param mixed  $value   New value ('' to remove).
	 * @return mixed
	 */
	private function guard( $check, int $post_id, string $key, $value ) {
		if ( null !== $check || ! in_array( $key, self::KEYS, true ) || $this->paused ) {
			return $check;
		}
		$problem = WorkflowMeta::RECEIVED_AT === $key ? self::problem_with( $post_id, $value ) : null;
		if ( $problem ) {
			// The screens that write meta directly have no way to show an error but this one.
			if ( is_admin() && ! ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
				wp_die( esc_html( $problem->get_error_message() ), esc_html__( 'The receipt was not changed', 'ttdt-portal' ), array( 'response' => 400, 'back_link' => true ) );
			}
			return false;
		}
		$this->before[ $post_id ] ??= self::snapshot( $post_id );
		return $check;
	}

	/**
	 * Why a receipt date cannot be set on an item, or null: an impossible date, or no date
	 * at all on an item in review (that would stop its approval clock).
	 *
	 * @param int   $post_id Post ID (0 for a new item).
	 * @param mixed $value   New receipt; '' or null to remove it.
	 * @return WP_Error|null
	 */
	private static function problem_with( int $post_id, $value ): ?WP_Error {
		if ( '' !== trim( (string) $value ) ) {
			return ReceiptDate::problem( $value );
		}
		$post = $post_id ? get_post( $post_id ) : null;
		if ( $post && WorkflowState::applies_to( $post ) && WorkflowState::SUBMITTED === WorkflowState::of( $post ) && null !== Receipt::of( $post_id )['date'] ) {
			return new WP_Error(
				'ttdt_receipt_required',
				__( 'This item is waiting for approval, so its receipt date cannot be removed. If it is wrong, enter the date written on the manuscript instead.', 'ttdt-portal' ),
				array( 'status' => 400 )
			);
		}
		return null;
	}
}
