<?php
/**
 * Keeps items that break a publishing rule from going live, whichever way they are published.
 *
 * @package Ttdt
 */

namespace Ttdt\Publishing;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemTypes;
use Ttdt\Support\WriteSide;
use WP_Error;
use WP_Post;
use WP_REST_Request;

/**
 * One gate, many rules: features add their rule to the `ttdt_publish_errors` filter and the gate
 * enforces it on every path WordPress publishes through:
 *
 * - REST (block editor, apps): `rest_pre_insert_{type}` refuses with a 4xx and the reasons;
 * - everything else that calls `wp_insert_post()` (classic screens, quick edit, XML-RPC,
 *   importers): `wp_insert_post_data` keeps the item unpublished and tells the user why;
 * - scheduled publishing (cron): the item goes back to draft and its writer is e-mailed;
 * - whatever else makes an item live (`wp_publish_post()` callers): {@see StoredItemGuard}
 *   judges the stored item once the save is complete and puts it back.
 *
 * Each check judges the values the save will store: a REST save's meta as core will store it
 * ({@see RestPreflight}, which refuses an invalid value before anything is written; none for an
 * autosave), and on other paths `meta_input` and the fields of forms whose nonce verifies.
 *
 * @since 0.1.0
 */
final class PublishGate implements WriteSide {

	/**
	 * Filter through which features add their publishing rules.
	 *
	 * Receives a `WP_Error` to add to and the `PublishAttempt`; each error's data may carry a
	 * `status` (400 for missing data, 403 for a missing permission).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ERRORS_FILTER = 'ttdt_publish_errors';

	/**
	 * Filter of the post types the gate guards.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const POST_TYPES_FILTER = ItemTypes::FILTER;

	/**
	 * Action fired when an item was kept from being published.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const BLOCKED_ACTION = 'ttdt_publish_blocked';

	/**
	 * Filter through which a form that stores meta after `wp_insert_post()` (e.g. a classic
	 * meta box, on `save_post`) tells the gate the values it will store. Receives the meta found
	 * so far, the post ID and the post type; a form adds its values only once its nonce and the
	 * user's capability are verified, since unverified fields are never stored.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SUBMITTED_META_FILTER = 'ttdt_publish_submitted_meta';

	/**
	 * Statuses that make an item public (now or at its scheduled time).
	 *
	 * @var string[]
	 */
	private const LIVE_STATUSES = array( 'publish', 'future' );

	/**
	 * Whether the current REST request already passed the gate (its meta is only saved after
	 * the post row, so the later `wp_insert_post_data` check would see stale meta).
	 *
	 * @var bool
	 */
	private bool $rest_checked = false;

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register_rest_checks' ) );
		add_filter( 'wp_insert_post_data', array( $this, 'check_insert' ), 99, 2 );
		add_action( 'publish_future_post', array( $this, 'check_scheduled' ), 5 );
		add_action( 'admin_notices', array( BlockedNotice::class, 'render' ) );
	}

	/**
	 * Post types under the gate: the item types ({@see ItemTypes}).
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function post_types(): array {
		return ItemTypes::all();
	}

	/**
	 * Runs every rule on an attempt.
	 *
	 * @since 0.1.0
	 *
	 * @param PublishAttempt $attempt What is about to be published.
	 * @return WP_Error Empty when the item may be published.
	 */
	public static function errors_for( PublishAttempt $attempt ): WP_Error {
		/**
		 * Filters the reasons an item may not be published.
		 *
		 * @since 0.1.0
		 *
		 * @param WP_Error       $errors  Reasons found so far.
		 * @param PublishAttempt $attempt What is about to be published.
		 */
		$errors = apply_filters( self::ERRORS_FILTER, new WP_Error(), $attempt );
		return $errors instanceof WP_Error ? $errors : new WP_Error();
	}

	/**
	 * Hooks the REST check for each guarded post type.
	 *
	 * @since 0.1.0
	 */
	public function register_rest_checks(): void {
		foreach ( self::post_types() as $post_type ) {
			add_filter( 'rest_pre_insert_' . $post_type, array( $this, 'check_rest' ), 99, 2 );
		}
	}

	/**
	 * Refuses a REST save that would publish an item breaking a rule.
	 *
	 * @since 0.1.0
	 *
	 * @param \stdClass|WP_Error $prepared Post prepared for the database.
	 * @param WP_REST_Request    $request  The request.
	 * @return \stdClass|WP_Error
	 */
	public function check_rest( $prepared, $request ) {
		if ( is_wp_error( $prepared ) ) {
			return $prepared;
		}
		$existing = isset( $prepared->ID ) ? get_post( (int) $prepared->ID ) : null;
		$fields   = array_merge( $existing ? $existing->to_array() : array(), get_object_vars( $prepared ) );
		if ( ! in_array( $fields['post_status'] ?? '', self::LIVE_STATUSES, true ) ) {
			return $prepared;
		}

		// The values core will store, not the request's claims (an autosave stores none).
		$meta    = RestPreflight::meta_to_store( $request, (string) ( $fields['post_type'] ?? '' ) );
		$attempt = new PublishAttempt( 'rest', $existing ? $existing->ID : 0, $fields, $existing ? $existing->post_status : 'new', $meta );
		$errors  = self::errors_for( $attempt );
		if ( ! $errors->has_errors() ) {
			$this->rest_checked = true;
			return $prepared;
		}

		do_action( self::BLOCKED_ACTION, $attempt, $errors );
		return self::as_response_error( $errors );
	}

	/**
	 * Keeps an item unpublished when a non-REST save breaks a rule.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data    Slashed post data about to be written.
	 * @param array<string, mixed> $postarr Data passed to `wp_insert_post()`.
	 * @return array<string, mixed>
	 */
	public function check_insert( array $data, array $postarr ): array {
		if ( $this->rest_checked
			|| ! in_array( $data['post_status'], self::LIVE_STATUSES, true )
			|| ! in_array( $data['post_type'], self::post_types(), true ) ) {
			return $data;
		}
		$post_id  = (int) ( $postarr['ID'] ?? 0 );
		$existing = $post_id ? get_post( $post_id ) : null;
		$attempt  = new PublishAttempt( 'admin', $post_id, wp_unslash( $data ), $existing ? $existing->post_status : 'new', self::incoming_meta( $postarr, $post_id, (string) $data['post_type'] ) );
		$errors   = self::errors_for( $attempt );
		if ( ! $errors->has_errors() ) {
			return $data;
		}

		// An item already live stays live with its old content only through REST; here the
		// save cannot be refused, so the item is taken offline rather than published wrongly.
		$data['post_status'] = 'draft';
		BlockedNotice::remember( get_current_user_id(), $errors );
		do_action( self::BLOCKED_ACTION, $attempt, $errors );
		return $data;
	}

	/**
	 * Sends a scheduled item back to draft when its time comes and it breaks a rule.
	 *
	 * Runs before core's `check_and_publish_future_post()`, which then finds the item no longer
	 * scheduled and leaves it alone.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 */
	public function check_scheduled( $post_id ): void {
		$post = get_post( (int) $post_id );
		if ( ! $post instanceof WP_Post || 'future' !== $post->post_status || ! in_array( $post->post_type, self::post_types(), true ) ) {
			return;
		}
		$fields                = $post->to_array();
		$fields['post_status'] = 'publish';
		$attempt               = new PublishAttempt( 'cron', $post->ID, $fields, 'future' );
		$errors                = self::errors_for( $attempt );
		if ( ! $errors->has_errors() ) {
			return;
		}
		wp_update_post(
			array(
				'ID'          => $post->ID,
				'post_status' => 'draft',
			)
		);
		do_action( self::BLOCKED_ACTION, $attempt, $errors );
		BlockedItemMailer::scheduled_not_published( $post, $errors );
	}

	/**
	 * One REST error that lists every reason, with the strictest status among them.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Error $errors Reasons.
	 * @return WP_Error
	 */
	public static function as_response_error( WP_Error $errors ): WP_Error {
		$status  = 400;
		$reasons = array();
		foreach ( $errors->get_error_codes() as $code ) {
			$data = $errors->get_error_data( $code );
			if ( is_array( $data ) && 403 === ( $data['status'] ?? null ) ) {
				$status = rest_authorization_required_code();
			}
			$reasons[] = array(
				'code'    => $code,
				'message' => $errors->get_error_message( $code ),
			);
		}
		return new WP_Error(
			'ttdt_publish_blocked',
			sprintf(
				/* translators: %s: the reasons, each a sentence. */
				__( 'This item cannot be published yet. %s', 'ttdt-portal' ),
				implode( ' ', wp_list_pluck( $reasons, 'message' ) )
			),
			array(
				'status'  => $status,
				'reasons' => $reasons,
			)
		);
	}

	/**
	 * Meta a `wp_insert_post()` call will store: `meta_input`, plus the values of forms that
	 * store theirs on `save_post` and whose nonce verifies. Other `ttdt_*` fields in the request
	 * (quick edit, bulk edit, a forged form) are ignored: nothing stores them.
	 *
	 * @param array<string, mixed> $postarr   Data passed to `wp_insert_post()`.
	 * @param int                  $post_id   Post ID (0 for a new post).
	 * @param string               $post_type Post type.
	 * @return array<string, mixed>
	 */
	private static function incoming_meta( array $postarr, int $post_id, string $post_type ): array {
		$meta = is_array( $postarr['meta_input'] ?? null ) ? wp_unslash( $postarr['meta_input'] ) : array();
		/**
		 * Filters the meta values a classic save will store, as verified forms submitted them.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, mixed> $meta      Meta key => value (later forms win).
		 * @param int                  $post_id   Post ID.
		 * @param string               $post_type Post type.
		 */
		$submitted = apply_filters( self::SUBMITTED_META_FILTER, array(), $post_id, $post_type );
		return array_merge( $meta, is_array( $submitted ) ? $submitted : array() );
	}
}
