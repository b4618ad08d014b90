<?php
/**
 * Refuses a REST save of a guarded item before anything is written, and tells the publish gate
 * which meta values the save will store.
 *
 * @package Ttdt
 */

namespace Ttdt\Publishing;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\WriteSide;
use WP_Error;
use WP_REST_Post_Meta_Fields;
use WP_REST_Request;

/**
 * Core's posts controller writes the post row first and validates `meta` afterwards: a request
 * with `status: publish` and one invalid meta value answers 400 and the item is live anyway,
 * judged by a value that was never stored. So the meta of a save is checked here, against the
 * schemas it was registered with and the user's right to change it, before the callback runs;
 * and the gate judges the values as core will store them (sanitised by schema and by
 * `sanitize_meta()`), never the request's raw claims. An autosave may not make an item public.
 *
 * @since 0.1.0
 */
final class RestPreflight implements WriteSide {

	/**
	 * Error code when a meta value of the request cannot be stored.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const INVALID_META = 'ttdt_invalid_meta';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'rest_request_before_callbacks', array( $this, 'check' ), 10, 3 );
	}

	/**
	 * Refuses a create, update or autosave of a guarded item whose meta cannot all be stored.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed           $response Response so far (null, or an error from an earlier filter).
	 * @param array           $handler  Route handler.
	 * @param WP_REST_Request $request  The request.
	 * @return mixed
	 */
	public function check( $response, $handler, $request ) {
		if ( null !== $response || ! $request instanceof WP_REST_Request || ! in_array( $request->get_method(), array( 'POST', 'PUT', 'PATCH' ), true ) ) {
			return $response;
		}
		$target = self::target( $request );
		if ( null === $target ) {
			return $response;
		}
		$autosave = self::autosave_error( $request, $target['post_id'] );
		if ( $autosave ) {
			return $autosave;
		}
		if ( ! is_array( $request['meta'] ?? null ) ) {
			return $response;
		}

		$messages = array();
		$fields   = array();
		$status   = 400;
		// An autosave stores no meta on the item, so only the values themselves are checked.
		$post_id = self::is_autosave( $request ) ? 0 : $target['post_id'];
		foreach ( $request['meta'] as $name => $value ) {
			$error = self::meta_error( (string) $name, $value, $target['post_type'], $post_id );
			if ( $error ) {
				$messages[] = $error['message'];
				$fields[]   = $error['data'];
				if ( 403 === $error['data']['status'] ) {
					$status = rest_authorization_required_code();
				}
			}
		}
		if ( ! $messages ) {
			self::drop_unchanged_protected_meta( $request, $target['post_type'], $post_id );
			return $response;
		}
		return new WP_Error(
			self::INVALID_META,
			implode( ' ', $messages ),
			array(
				'status' => $status,
				'fields' => $fields,
			)
		);
	}

	/**
	 * The meta values a save through the posts controller will store, by key: those the
	 * request sends, sanitised as core sanitises them. An autosave stores none on the item.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request   The request.
	 * @param string          $post_type Post type.
	 * @return array<string, mixed>
	 */
	public static function meta_to_store( WP_REST_Request $request, string $post_type ): array {
		$meta = $request['meta'] ?? null;
		if ( ! is_array( $meta ) || self::is_autosave( $request ) ) {
			return array();
		}
		$schemas = self::schemas( $post_type );
		$stored  = array();
		foreach ( $meta as $name => $value ) {
			$name = (string) $name;
			if ( ! isset( $schemas[ $name ] ) ) {
				continue;
			}
			if ( null === $value ) {
				// Deleting the value: what is left is the registered default.
				$stored[ $name ] = $schemas[ $name ]['default'] ?? '';
				continue;
			}
			if ( is_wp_error( rest_validate_value_from_schema( $value, $schemas[ $name ], 'meta.' . $name ) ) ) {
				continue;
			}
			$stored[ $name ] = sanitize_meta( $name, rest_sanitize_value_from_schema( $value, $schemas[ $name ], 'meta.' . $name ), 'post', $post_type );
		}
		return $stored;
	}

	/**
	 * Whether the request is an autosave (which never stores meta on the item itself).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request The request.
	 * @return bool
	 */
	public static function is_autosave( WP_REST_Request $request ): bool {
		return (bool) preg_match( '#/autosaves/?$#', $request->get_route() );
	}

	/**
	 * Refuses an autosave that would make an item public. Core's autosave of its author's own
	 * draft is a full update that stores no meta and ignores a refusal from
	 * `rest_pre_insert_{type}`, so the gate could neither judge it on what is stored nor stop
	 * it; publishing is a save, never an autosave (the editor's autosaves send no status).
	 *
	 * @param WP_REST_Request $request The request.
	 * @param int             $post_id Item ID.
	 * @return WP_Error|null
	 */
	private static function autosave_error( WP_REST_Request $request, int $post_id ): ?WP_Error {
		$status = $request['status'] ?? null;
		if ( ! self::is_autosave( $request ) || ! is_string( $status ) || ! in_array( $status, array( 'publish', 'future', 'private' ), true ) || get_post_status( $post_id ) === $status ) {
			return null;
		}
		return new WP_Error(
			'ttdt_autosave_status',
			__( 'An automatic save cannot publish or schedule the item. Save it with the Publish button instead.', 'ttdt-portal' ),
			array( 'status' => 400 )
		);
	}

	/**
	 * What is wrong with one meta value of the request, or null.
	 *
	 * @param string $name      Meta key.
	 * @param mixed  $value     Value sent.
	 * @param string $post_type Post type.
	 * @param int    $post_id   Item ID, 0 when the request creates it.
	 * @return array{message: string, data: array{status: int, field: string, details?: string}}|null
	 */
	private static function meta_error( string $name, $value, string $post_type, int $post_id ): ?array {
		$schemas = self::schemas( $post_type );
		if ( ! isset( $schemas[ $name ] ) ) {
			// Core ignores keys not registered for REST.
			return null;
		}
		if ( null !== $value ) {
			$valid = rest_validate_value_from_schema( $value, $schemas[ $name ], 'meta.' . $name );
			if ( is_wp_error( $valid ) ) {
				return array(
					'message' => sprintf(
						/* translators: %s: meta key, e.g. ttdt_is_reader_contribution. */
						__( 'The value of %s is not valid, so nothing was saved. Correct the value and save again.', 'ttdt-portal' ),
						$name
					),
					'data'    => array(
						'status'  => 400,
						'field'   => $name,
						'details' => $valid->get_error_message(),
					),
				);
			}
		}
		if ( $post_id && ! self::unchanged( $name, $value, $schemas[ $name ], $post_id, $post_type ) && ! current_user_can( 'edit_post_meta', $post_id, $name ) ) {
			return array(
				'message' => sprintf(
					/* translators: %s: meta key. */
					__( 'Your account may not change %s, so nothing was saved. Leave the field as it is or ask an administrator.', 'ttdt-portal' ),
					$name
				),
				'data'    => array(
					'status' => 403,
					'field'  => $name,
				),
			);
		}
		return null;
	}

	/**
	 * Leaves out of the request the meta the user may not change and does not change. The block
	 * editor sends every registered key whenever one changes; core refuses a key the user may
	 * not edit unless exactly one equal value is stored, so an item without, say, a royalty
	 * grade could not be saved at all by those who may not grade it.
	 *
	 * @param WP_REST_Request $request   The request.
	 * @param string          $post_type Post type.
	 * @param int             $post_id   Item ID (0: nothing stored yet).
	 */
	private static function drop_unchanged_protected_meta( WP_REST_Request $request, string $post_type, int $post_id ): void {
		if ( ! $post_id ) {
			return;
		}
		$meta    = (array) $request['meta'];
		$schemas = self::schemas( $post_type );
		foreach ( $meta as $name => $value ) {
			$name = (string) $name;
			if ( isset( $schemas[ $name ] ) && ! current_user_can( 'edit_post_meta', $post_id, $name ) && self::unchanged( $name, $value, $schemas[ $name ], $post_id, $post_type ) ) {
				unset( $meta[ $name ] );
			}
		}
		$request->set_param( 'meta', $meta );
	}

	/**
	 * Whether a value sent equals the stored one (core then skips its permission check).
	 *
	 * @param string               $name      Meta key.
	 * @param mixed                $value     Value sent.
	 * @param array<string, mixed> $schema    Its schema.
	 * @param int                  $post_id   Item ID.
	 * @param string               $post_type Post type.
	 * @return bool
	 */
	private static function unchanged( string $name, $value, array $schema, int $post_id, string $post_type ): bool {
		$stored = get_post_meta( $post_id, $name, false );
		if ( null === $value ) {
			return ! $stored;
		}
		if ( count( $stored ) > 1 ) {
			return false;
		}
		$sent = sanitize_meta( $name, rest_sanitize_value_from_schema( $value, $schema, 'meta.' . $name ), 'post', $post_type );
		// Nothing stored: the item holds the registered default.
		$kept = $stored ? maybe_unserialize( $stored[0] ) : ( $schema['default'] ?? null );
		if ( is_array( $kept ) || is_array( $sent ) ) {
			return wp_json_encode( $kept ) === wp_json_encode( $sent );
		}
		if ( ! $stored && null === $kept ) {
			return false;
		}
		if ( 'boolean' === ( $schema['type'] ?? '' ) ) {
			return rest_sanitize_boolean( $kept ) === rest_sanitize_boolean( $sent );
		}
		return is_scalar( $kept ) && is_scalar( $sent ) && (string) $kept === (string) $sent;
	}

	/**
	 * Schemas of the post type's meta as the REST API registers them, by key.
	 *
	 * @param string $post_type Post type.
	 * @return array<string, array<string, mixed>>
	 */
	private static function schemas( string $post_type ): array {
		$schema = ( new WP_REST_Post_Meta_Fields( $post_type ) )->get_field_schema();
		return is_array( $schema['properties'] ?? null ) ? $schema['properties'] : array();
	}

	/**
	 * The guarded post type and item a request saves through core's posts controller, or null.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return array{post_type: string, post_id: int}|null
	 */
	private static function target( WP_REST_Request $request ): ?array {
		foreach ( PublishGate::post_types() as $post_type ) {
			$object = get_post_type_object( $post_type );
			if ( ! $object || ! $object->show_in_rest ) {
				continue;
			}
			$namespace = $object->rest_namespace ? $object->rest_namespace : 'wp/v2';
			$base      = $object->rest_base ? $object->rest_base : $object->name;
			$pattern   = '#^/' . preg_quote( trim( $namespace, '/' ), '#' ) . '/' . preg_quote( trim( $base, '/' ), '#' ) . '(?:/(\d+)(?:/autosaves)?)?/?$#';
			if ( preg_match( $pattern, $request->get_route(), $matches ) ) {
				return array(
					'post_type' => $post_type,
					'post_id'   => isset( $matches[1] ) ? (int) $matches[1] : 0,
				);
			}
		}
		return null;
	}
}
