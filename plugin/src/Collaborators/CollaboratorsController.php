<?php
/**
 * REST endpoint of the collaborator registry: `ttdt/v1/collaborators`.
 *
 * @package Ttdt
 */

namespace Ttdt\Collaborators;

defined( 'ABSPATH' ) || exit;

use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Support\RestController;
use Ttdt\Support\StringTemplateCheck;
use WP_Error;
use WP_Post;
use WP_Query;
use WP_REST_Posts_Controller;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Core's posts controller, with the reads closed to the public: core lets anyone read a
 * published post of any type, but these records hold personal data (phone, e-mail). Every
 * record is "published" as soon as it is saved: the registry has no editorial workflow.
 *
 * @since 0.1.0
 */
final class CollaboratorsController extends WP_REST_Posts_Controller {

	use StringTemplateCheck;


	/**
	 * Field with the number of published items the collaborator wrote.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PUBLISHED_COUNT = 'published_count';

	/**
	 * Lists need the registry capability.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		if ( ! current_user_can( CollaboratorPostType::MANAGE_CAPABILITY ) ) {
			return self::forbidden();
		}
		return parent::get_items_permissions_check( $request );
	}

	/**
	 * Reading one record needs the right to edit it.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		$post = $this->get_post( (int) $request['id'] );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		if ( ! current_user_can( 'edit_post', $post->ID ) ) {
			return self::forbidden();
		}
		return parent::get_item_permissions_check( $request );
	}

	/**
	 * Creating needs the registry capability (checked first, for a clear message).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		if ( ! current_user_can( CollaboratorPostType::MANAGE_CAPABILITY ) ) {
			return self::forbidden();
		}
		return parent::create_item_permissions_check( $request );
	}

	/**
	 * Validates the name and e-mail, and keeps every saved record published.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \stdClass|WP_Error
	 */
	protected function prepare_item_for_database( $request ) {
		$prepared = parent::prepare_item_for_database( $request );
		if ( is_wp_error( $prepared ) ) {
			return $prepared;
		}
		$creating = empty( $prepared->ID );
		if ( ( $creating || isset( $prepared->post_title ) ) && '' === trim( (string) ( $prepared->post_title ?? '' ) ) ) {
			$message = __( 'Enter the collaborator\'s full name.', 'ttdt-portal' );
			// `params` names the refused parameter, as core's `rest_invalid_param` does, so a form shows the reason under its field.
			return new WP_Error(
				'ttdt_collaborator_name_required',
				$message,
				array(
					'status' => 400,
					'params' => array( 'title' => $message ),
				)
			);
		}
		$meta  = is_array( $request['meta'] ?? null ) ? $request['meta'] : array();
		$email = isset( $meta[ CollaboratorPostType::META_EMAIL ] ) ? trim( (string) $meta[ CollaboratorPostType::META_EMAIL ] ) : '';
		if ( '' !== $email && ! is_email( $email ) ) {
			$message = __( 'The e-mail address is not valid. Check it, or leave it empty.', 'ttdt-portal' );
			return new WP_Error(
				'ttdt_collaborator_invalid_email',
				$message,
				array(
					'status' => 400,
					'params' => array( 'meta[' . CollaboratorPostType::META_EMAIL . ']' => $message ),
				)
			);
		}
		$prepared->post_status = 'publish';
		return $prepared;
	}

	/**
	 * Adds the number of published items the collaborator wrote.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post         $item    Record.
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$response = parent::prepare_item_for_response( $item, $request );
		if ( $response instanceof WP_REST_Response && rest_is_field_included( self::PUBLISHED_COUNT, $this->get_fields_for_response( $request ) ) ) {
			$data                          = $response->get_data();
			$data[ self::PUBLISHED_COUNT ] = self::published_count( $item->ID );
			$response->set_data( $data );
		}
		return $response;
	}

	/**
	 * Adds `published_count` to the schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		$schema = parent::get_item_schema();
		$schema['properties'][ self::PUBLISHED_COUNT ] = array(
			'description' => __( 'Number of published items the collaborator wrote.', 'ttdt-portal' ),
			'type'        => 'integer',
			'context'     => array( 'view', 'edit' ),
			'readonly'    => true,
		);
		return $schema;
	}

	/**
	 * Number of published items linked to a collaborator.
	 *
	 * @since 0.1.0
	 *
	 * @param int $collaborator_id Collaborator ID.
	 * @return int
	 */
	public static function published_count( int $collaborator_id ): int {
		$query = new WP_Query(
			array(
				'post_type'              => ProvenanceMeta::post_types(),
				'post_status'            => 'publish',
				'meta_key'               => ProvenanceMeta::COLLABORATOR_ID, // phpcs:ignore WordPress.DB.SlowDBQuery -- one indexed key.
				'meta_value'             => $collaborator_id, // phpcs:ignore WordPress.DB.SlowDBQuery -- one indexed key.
				'fields'                 => 'ids',
				'posts_per_page'         => 1,
				'update_post_meta_cache' => false,
				'update_post_term_cache' => false,
			)
		);
		return (int) $query->found_posts;
	}

	/**
	 * The refusal of the plugin's REST API ({@see RestController::forbidden()}): core's posts
	 * controller is the base here, so it is called rather than inherited.
	 *
	 * @return WP_Error
	 */
	private static function forbidden(): WP_Error {
		return RestController::forbidden( __( 'You are not allowed to see the collaborator registry. Ask the editorial board\'s standing office.', 'ttdt-portal' ) );
	}
}
