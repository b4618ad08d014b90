<?php
/**
 * REST endpoint suggesting sources and writers: `ttdt/v1/provenance/suggestions`.
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

use Ttdt\Collaborators\CollaboratorLookup;
use Ttdt\Collaborators\CollaboratorPostType;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP_User;

/**
 * Sources: the distinct sources already used, most recent first. Writers: collaborators of the
 * registry, then users who write items. Suggestions only — the fields stay free text.
 *
 * Suggestions reveal the registry's names, so they need what reading the registry needs.
 *
 * @since 0.1.0
 */
final class SuggestionsController extends RestController {

	/**
	 * Most suggestions returned.
	 *
	 * @var int
	 */
	private const LIMIT = 20;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->rest_base = 'provenance/suggestions';
	}

	/**
	 * Registers the route.
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
	}

	/**
	 * Those who may read the collaborator registry.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return $this->permit(
			current_user_can( CollaboratorPostType::MANAGE_CAPABILITY ),
			__( 'You are not allowed to see the suggestions for sources and writers. Type the name yourself.', 'ttdt-portal' )
		);
	}

	/**
	 * Lists suggestions for one field.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$search = (string) $request['search'];
		$items  = 'source' === $request['field'] ? self::source_items( $search ) : self::writer_items( $search );
		$data   = array();
		foreach ( array_slice( $items, 0, self::LIMIT ) as $item ) {
			$data[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $item, $request ) );
		}
		return rest_ensure_response( $data );
	}

	/**
	 * Filters one suggestion by context.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item    Suggestion.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$context = $request['context'] ?? 'view';
		return rest_ensure_response( $this->filter_response_by_context( $item, $context ) );
	}

	/**
	 * Query parameters.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return array(
			'context' => $this->get_context_param( array( 'default' => 'view' ) ),
			'field'   => array(
				'description' => __( 'Field to suggest values for.', 'ttdt-portal' ),
				'type'        => 'string',
				'enum'        => array( 'source', 'writer' ),
				'required'    => true,
			),
			'search'  => array(
				'description'       => __( 'Text the suggestions must contain.', 'ttdt-portal' ),
				'type'              => 'string',
				'default'           => '',
				'maxLength'         => 100,
				'sanitize_callback' => 'sanitize_text_field',
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
	}

	/**
	 * Schema of one suggestion.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function schema(): array {
		return ProvenanceSchema::suggestion();
	}

	/**
	 * Distinct sources already used on items, most recently used first.
	 *
	 * @since 0.1.0
	 *
	 * @param string $search Text the source must contain ('' for any).
	 * @param int    $limit  Most values.
	 * @return string[]
	 */
	public static function recent_sources( string $search, int $limit ): array {
		global $wpdb;
		$like = '%' . $wpdb->esc_like( $search ) . '%';
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an aggregate the meta API cannot express; small and indexed by meta_key.
		$values = $wpdb->get_col(
			$wpdb->prepare(
				"SELECT meta_value FROM {$wpdb->postmeta} WHERE meta_key = %s AND meta_value <> '' AND meta_value LIKE %s GROUP BY meta_value ORDER BY MAX(meta_id) DESC LIMIT %d",
				ProvenanceMeta::SOURCE,
				$like,
				$limit
			)
		);
		return array_map( 'strval', (array) $values );
	}

	/**
	 * Source suggestions.
	 *
	 * @param string $search Search text.
	 * @return array<int, array<string, mixed>>
	 */
	private static function source_items( string $search ): array {
		return array_map(
			static fn( string $value ): array => array(
				'value'           => $value,
				'label'           => __( 'Used before', 'ttdt-portal' ),
				'kind'            => 'source',
				'collaborator_id' => 0,
			),
			self::recent_sources( $search, self::LIMIT )
		);
	}

	/**
	 * Writer suggestions: registered collaborators, then users who write items.
	 *
	 * @param string $search Search text.
	 * @return array<int, array<string, mixed>>
	 */
	private static function writer_items( string $search ): array {
		$items = array();
		foreach ( CollaboratorLookup::search( $search, self::LIMIT ) as $collaborator ) {
			$unit  = (string) get_post_meta( $collaborator->ID, CollaboratorPostType::META_UNIT, true );
			$label = __( 'Collaborator', 'ttdt-portal' );
			if ( '' !== $unit ) {
				/* translators: %s: the collaborator's unit or organisation. */
				$label = sprintf( __( 'Collaborator, %s', 'ttdt-portal' ), $unit );
			}
			$items[] = array(
				'value'           => $collaborator->post_title,
				'label'           => $label,
				'kind'            => 'collaborator',
				'collaborator_id' => $collaborator->ID,
			);
		}
		$args = array(
			'capability' => 'edit_posts',
			'number'     => self::LIMIT,
			'orderby'    => 'display_name',
			'fields'     => array( 'ID', 'display_name' ),
		);
		if ( '' !== $search ) {
			$args['search']         = '*' . $search . '*';
			$args['search_columns'] = array( 'display_name', 'user_login' );
		}
		$names = wp_list_pluck( $items, 'value' );
		foreach ( get_users( $args ) as $user ) {
			$name = $user instanceof WP_User ? $user->display_name : (string) ( $user->display_name ?? '' );
			if ( '' === $name || in_array( $name, $names, true ) ) {
				continue;
			}
			$names[] = $name;
			$items[] = array(
				'value'           => $name,
				'label'           => __( 'Staff account', 'ttdt-portal' ),
				'kind'            => 'user',
				'collaborator_id' => 0,
			);
		}
		return $items;
	}
}
