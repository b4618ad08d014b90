<?php
/**
 * The plan topic an item is written for.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Content\ItemTypes;
use Ttdt\Support\Hookable;
use Ttdt\Support\MetaRegistration;
use Ttdt\Workflow\ApprovalFingerprint;
use WP_Error;
use WP_REST_Request;

/**
 * Post meta `ttdt_plan_topic` on every item type: the ID of a topic of an approved plan, or 0.
 * The rule holds on every path: REST refuses an unknown topic with a 400 that says what to
 * do, and any other writer (classic screens, `update_post_meta()`, `meta_input`, imports) is
 * stopped before the row is written. Choosing a topic is not part of what was approved, so it
 * does not void an approval.
 *
 * @since 0.1.0
 */
final class TopicLink implements Hookable {

	/**
	 * Meta key.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const META = 'ttdt_plan_topic';

	/**
	 * Plans and topics.
	 *
	 * @var PlanRepository
	 */
	private PlanRepository $plans;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param PlanRepository $plans Plans and topics.
	 */
	public function __construct( PlanRepository $plans ) {
		$this->plans = $plans;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		MetaRegistration::on_init( array( $this, 'register_meta' ), 20 );
		add_action( 'rest_api_init', array( $this, 'register_rest_checks' ) );
		add_filter( 'add_post_metadata', array( $this, 'guard' ), 10, 4 );
		add_filter( 'update_post_metadata', array( $this, 'guard' ), 10, 4 );
		add_filter( ApprovalFingerprint::IGNORED_META_FILTER, array( $this, 'not_content' ) );
	}

	/**
	 * Registers the meta on the item types.
	 *
	 * @since 0.1.0
	 */
	public function register_meta(): void {
		foreach ( ItemTypes::all() as $post_type ) {
			register_post_meta(
				$post_type,
				self::META,
				array(
					'type'              => 'integer',
					'description'       => __( 'Topic of an approved editorial plan the item is written for, 0 for none.', 'ttdt-portal' ),
					'single'            => true,
					'default'           => 0,
					'sanitize_callback' => 'absint',
					'auth_callback'     => array( self::class, 'can_link' ),
					'show_in_rest'      => array(
						'schema' => array(
							'type'    => 'integer',
							'minimum' => 0,
						),
					),
				)
			);
		}
	}

	/**
	 * Whether the user may link the item to a topic (the meta's `auth_callback`).
	 *
	 * @since 0.1.0
	 *
	 * @param bool   $allowed  Whether allowed so far.
	 * @param string $meta_key Meta key.
	 * @param int    $post_id  Post ID.
	 * @return bool
	 */
	public static function can_link( $allowed, $meta_key, $post_id ): bool {
		return current_user_can( 'edit_post', (int) $post_id ) && current_user_can( Capabilities::VIEW_PLANS );
	}

	/**
	 * Checks the topic of REST writes of every item type before anything is saved.
	 *
	 * @since 0.1.0
	 */
	public function register_rest_checks(): void {
		foreach ( ItemTypes::all() as $post_type ) {
			add_filter( 'rest_pre_insert_' . $post_type, array( $this, 'check_rest' ), 20, 2 );
		}
	}

	/**
	 * Refuses a REST write that names a topic outside the approved plans.
	 *
	 * @since 0.1.0
	 *
	 * @param \stdClass|WP_Error $prepared Post about to be saved.
	 * @param WP_REST_Request    $request  Request.
	 * @return \stdClass|WP_Error
	 */
	public function check_rest( $prepared, $request ) {
		if ( is_wp_error( $prepared ) || ! $request instanceof WP_REST_Request ) {
			return $prepared;
		}
		$meta = $request['meta'];
		if ( ! is_array( $meta ) || ! isset( $meta[ self::META ] ) ) {
			return $prepared;
		}
		$topic = (int) $meta[ self::META ];
		if ( $topic && ! $this->plans->is_approved_topic( $topic ) ) {
			return new WP_Error( 'ttdt_plan_topic', self::refusal(), array( 'status' => 400 ) );
		}
		return $prepared;
	}

	/**
	 * Stops any other writer of the meta from storing a topic outside the approved plans.
	 *
	 * @since 0.1.0
	 *
	 * @param null|bool $check    Whether to short-circuit.
	 * @param int       $post_id  Post ID.
	 * @param string    $meta_key Meta key.
	 * @param mixed     $value    Value.
	 * @return null|bool False to refuse the write, else what came in.
	 */
	public function guard( $check, $post_id, $meta_key, $value ) {
		if ( self::META !== $meta_key || null !== $check ) {
			return $check;
		}
		$topic = (int) ( is_array( $value ) ? 0 : $value );
		return $topic && ! $this->plans->is_approved_topic( $topic ) ? false : $check;
	}

	/**
	 * The topic is not part of what was approved.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $keys Meta keys the approval ignores.
	 * @return string[]
	 */
	public function not_content( $keys ): array {
		return array_merge( (array) $keys, array( self::META ) );
	}

	/**
	 * What to tell someone who chose a topic that cannot be linked.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function refusal(): string {
		return __( 'This topic is not in an approved editorial plan. Choose a topic from the list, or ask the head to approve the plan first.', 'ttdt-portal' );
	}
}
