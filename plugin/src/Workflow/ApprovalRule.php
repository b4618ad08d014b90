<?php
/**
 * Publishing rule: only approved items go live, as they were approved.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemTypes;
use Ttdt\Access\Capabilities;
use Ttdt\Access\ItemOwnership;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Publishing\PublishAttempt;
use Ttdt\Publishing\PublishGate;
use Ttdt\Support\WriteSide;
use WP_Error;
use WP_REST_Request;

/**
 * Adds to the publish gate (which covers REST, classic screens, quick edit, XML-RPC and
 * scheduled publishing) the rules of Art. 7.1 and 12.2:
 *
 * - publishing needs `publish_posts`, whoever calls `wp_insert_post()` (core checks it on its
 *   own screens, not in the function);
 * - an item must be approved first, unless the person publishing may approve it too — never
 *   their own item —, in which case publishing approves it (recorded as both by
 *   `StatusListener`);
 * - the request that publishes an approved item may not change what the approval covers
 *   (`ApprovalFingerprint`), unless its sender may approve the item: then it is approved again.
 *
 * Items already live (an edit of a published item, a scheduled item coming due) were checked
 * when they went live. Code running with no user at all (WP-CLI, imports by the site operator)
 * is left to the operator.
 *
 * @since 0.1.0
 */
final class ApprovalRule implements WriteSide {

	/**
	 * The REST request being saved: its terms, featured image and sticky flag are stored only
	 * after the post row, so the rule reads them from the request.
	 *
	 * @var WP_REST_Request|null
	 */
	private ?WP_REST_Request $request = null;

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( PublishGate::ERRORS_FILTER, array( $this, 'check' ), 10, 2 );
		add_action( 'rest_api_init', array( $this, 'register_rest_checks' ) );
	}

	/**
	 * On `rest_api_init`: keeps the request of each REST save of an item, whose type is asked
	 * there, not while the plugin boots, so that an extension's types are known.
	 *
	 * @since 0.1.0
	 */
	public function register_rest_checks(): void {
		foreach ( ItemTypes::all() as $post_type ) {
			add_filter( 'rest_pre_insert_' . $post_type, array( $this, 'remember_request' ), 10, 2 );
		}
	}

	/**
	 * Keeps the REST request of the save under way.
	 *
	 * @since 0.1.0
	 *
	 * @param \stdClass|WP_Error $prepared Post prepared for the database.
	 * @param WP_REST_Request    $request  The request.
	 * @return \stdClass|WP_Error Unchanged.
	 */
	public function remember_request( $prepared, $request ) {
		$this->request = $request instanceof WP_REST_Request ? $request : null;
		return $prepared;
	}

	/**
	 * Adds the reasons an attempt breaks the rule.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Error       $errors  Reasons so far.
	 * @param PublishAttempt $attempt What is about to be published.
	 * @return WP_Error
	 */
	public function check( $errors, $attempt ) {
		if ( ! $errors instanceof WP_Error || ! $attempt instanceof PublishAttempt
			|| ! ItemTypes::covers( $attempt->post_type )
			|| in_array( $attempt->from_status, WorkflowState::LIVE_STATUSES, true ) ) {
			return $errors;
		}
		$user_id = $attempt->user_id();
		if ( ! $user_id ) {
			return $errors;
		}

		if ( ! user_can( $user_id, 'publish_posts' ) ) {
			$errors->add(
				'ttdt_cannot_publish',
				__( 'Your account may not publish items. Submit the item for review; a publisher will publish it once it is approved.', 'ttdt-portal' ),
				array( 'status' => 403 )
			);
			return $errors;
		}
		// A blank draft made by the screen or XML-RPC before the first save is a new item.
		$stored      = $attempt->post_id && 'auto-draft' !== $attempt->from_status;
		$own         = $this->is_own( $user_id, $attempt, $stored );
		$may_approve = ! $own && user_can( $user_id, Capabilities::APPROVE )
			&& ( ! $stored || user_can( $user_id, Capabilities::REVIEW_POST, $attempt->post_id ) );

		if ( $attempt->post_id && 'pending' === $attempt->from_status && Approval::get( $attempt->post_id ) ) {
			$changed = Approval::changed_fields( $attempt->post_id, $this->values_after( $attempt ) );
			if ( $changed && ! $may_approve ) {
				$errors->add(
					'ttdt_changed_since_approval',
					sprintf(
						/* translators: %s: the fields that differ, e.g. "title, source". */
						__( 'The approval covers the item as it was approved, and this save changes it (%s). Publish it without these changes, or save them and have the item approved again.', 'ttdt-portal' ),
						ApprovalFingerprint::describe( $changed )
					),
					array(
						'status' => 409,
						'fields' => $changed,
					)
				);
			}
			return $errors;
		}
		if ( $may_approve ) {
			return $errors;
		}
		if ( $own && user_can( $user_id, Capabilities::APPROVE ) ) {
			$errors->add(
				'ttdt_own_item',
				__( 'You wrote this item, so you may not approve it by publishing it. Submit it for review: another moderator must approve it first.', 'ttdt-portal' ),
				array( 'status' => 403 )
			);
			return $errors;
		}
		$errors->add(
			'ttdt_not_approved',
			__( 'The item has not been approved. Ask a moderator to approve it, then publish it.', 'ttdt-portal' ),
			array( 'status' => 403 )
		);
		return $errors;
	}

	/**
	 * Whether the item is the user's own, as stored or as about to be saved (a save may name
	 * its sender as writer or author).
	 *
	 * @param int            $user_id User publishing.
	 * @param PublishAttempt $attempt The attempt.
	 * @param bool           $stored  Whether the item exists already (not a new or blank one).
	 * @return bool
	 */
	private function is_own( int $user_id, PublishAttempt $attempt, bool $stored ): bool {
		if ( $stored && ItemOwnership::is_own( $user_id, $attempt->post_id ) ) {
			return true;
		}
		$author = (int) $attempt->field( 'post_author' );
		return ItemOwnership::is_writer(
			$user_id,
			$author ? $author : ( $stored ? 0 : $user_id ),
			(int) $attempt->meta( ProvenanceMeta::COLLABORATOR_ID ),
			(string) $attempt->meta( ProvenanceMeta::WRITER )
		);
	}

	/**
	 * The protected values the item will have once the attempt is saved.
	 *
	 * @param PublishAttempt $attempt The attempt.
	 * @return array<string, string>
	 */
	private function values_after( PublishAttempt $attempt ): array {
		$values = ApprovalFingerprint::of_post( $attempt->post_id );
		$fields = array();
		foreach ( array( 'post_title', 'post_content', 'post_excerpt', 'post_password', 'post_author', 'post_name', 'post_date_gmt' ) as $column ) {
			$fields[ $column ] = $attempt->field( $column );
		}
		$meta = array( '_thumbnail_id' => $attempt->meta( '_thumbnail_id' ) );
		foreach ( array_keys( $values ) as $field ) {
			if ( str_starts_with( $field, 'meta:' ) && registered_meta_key_exists( 'post', substr( $field, 5 ), $attempt->post_type ) ) {
				$meta[ substr( $field, 5 ) ] = $attempt->meta( substr( $field, 5 ) );
			}
		}
		$values = ApprovalFingerprint::overlay( $values, $fields, $meta, $attempt->post_type );
		return 'rest' === $attempt->via ? $this->rest_values( $values, $attempt->post_id ) : $values;
	}

	/**
	 * Adds the terms, featured image and sticky flag a REST request is about to store.
	 *
	 * @param array<string, string> $values  Protected values.
	 * @param int                   $post_id Item.
	 * @return array<string, string>
	 */
	private function rest_values( array $values, int $post_id ): array {
		$request = $this->request;
		if ( ! $request || (int) $request['id'] !== $post_id ) {
			return $values;
		}
		foreach ( get_object_taxonomies( (string) get_post_type( $post_id ), 'objects' ) as $taxonomy ) {
			$base = ! empty( $taxonomy->rest_base ) ? $taxonomy->rest_base : $taxonomy->name;
			if ( $taxonomy->show_in_rest && isset( $request[ $base ] ) && is_array( $request[ $base ] ) ) {
				$values[ 'tax:' . $taxonomy->name ] = ApprovalFingerprint::term_list( $request[ $base ] );
			}
		}
		if ( isset( $request['featured_media'] ) ) {
			$values['featured_media'] = (string) (int) $request['featured_media'];
		}
		if ( isset( $request['sticky'] ) ) {
			$values['sticky'] = rest_sanitize_boolean( $request['sticky'] ) ? '1' : '';
		}
		return $values;
	}
}
