<?php
/**
 * The post meta of the approval workflow.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemTypes;
use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;
use Ttdt\Support\MetaRegistration;
use Ttdt\Support\ProtectedMeta;
use WP_REST_Request;

/**
 * Registers the receipt meta of the contract (editable through `/wp/v2/posts` by staff who record
 * receipts) and the workflow's own marks, which only the workflow writes: they are registered
 * with a closed `auth_callback` and hidden from the Custom Fields box, so nobody can approve an
 * item by typing a custom field.
 *
 * @since 0.1.0
 */
final class WorkflowMeta implements Hookable {

	/**
	 * When the manuscript was received: `Y-m-d` (a date given by staff) or an ISO 8601 time.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RECEIVED_AT = 'ttdt_received_at';

	/**
	 * How the manuscript was received: one of `CHANNELS`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RECEIVED_VIA = 'ttdt_received_via';

	/**
	 * Receipt channels: submitted in the portal, by e-mail, on paper.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const CHANNELS = array( 'online', 'email', 'paper' );

	/**
	 * User ID of the approver.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const APPROVED_BY = 'ttdt_approved_by';

	/**
	 * Time of approval, ISO 8601.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const APPROVED_AT = 'ttdt_approved_at';

	/**
	 * What the approval vouches for: a digest per field of the protected set (see
	 * `ApprovalFingerprint`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const APPROVED_FINGERPRINT = 'ttdt_approved_fingerprint';

	/**
	 * The return mark: `{ by, at, reason }` while the item is back with its writer.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RETURNED = 'ttdt_returned';

	/**
	 * The workflow history (see `History`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const HISTORY = 'ttdt_workflow_history';

	/**
	 * The deadline (`Y-m-d`) for which moderators were last told the item is overdue.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OVERDUE_NOTIFIED = 'ttdt_overdue_notified';

	/**
	 * Pattern of `RECEIVED_AT` (empty while nothing was received).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RECEIVED_AT_PATTERN = '^([0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})?)?)?$';

	/**
	 * The workflow's own meta keys and their types.
	 *
	 * @var array<string, string>
	 */
	private const INTERNAL = array(
		self::APPROVED_BY          => 'integer',
		self::APPROVED_AT          => 'string',
		self::APPROVED_FINGERPRINT => 'array',
		self::RETURNED             => 'array',
		self::HISTORY              => 'array',
		self::OVERDUE_NOTIFIED     => 'string',
	);

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		MetaRegistration::on_init( array( $this, 'register' ) );
		// The workflow's own marks, not content: hidden from the generic "Custom fields" box.
		ProtectedMeta::add( array( self::class, 'internal_keys' ) );
		foreach ( ItemTypes::all() as $post_type ) {
			add_filter( 'rest_pre_insert_' . $post_type, array( $this, 'drop_unchanged_receipt' ), 5, 2 );
		}
	}

	/**
	 * The workflow's own meta keys (marks and history, not content).
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function internal_keys(): array {
		return array_keys( self::INTERNAL );
	}

	/**
	 * Registers the meta.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		foreach ( ItemTypes::all() as $post_type ) {
			register_post_meta(
				$post_type,
				self::RECEIVED_AT,
				array(
					'description'       => __( 'When the manuscript was received; starts the approval clock.', 'ttdt-portal' ),
					'type'              => 'string',
					'single'            => true,
					'default'           => '',
					'sanitize_callback' => array( Receipt::class, 'normalize_time' ),
					'auth_callback'     => array( self::class, 'can_record_receipt' ),
					'show_in_rest'      => array(
						'schema' => array(
							'type'    => 'string',
							'pattern' => self::RECEIVED_AT_PATTERN,
							'context' => array( 'edit' ),
						),
					),
				)
			);
			register_post_meta(
				$post_type,
				self::RECEIVED_VIA,
				array(
					'description'       => __( 'How the manuscript was received: online, by e-mail or on paper.', 'ttdt-portal' ),
					'type'              => 'string',
					'single'            => true,
					'default'           => 'online',
					'sanitize_callback' => array( Receipt::class, 'normalize_channel' ),
					'auth_callback'     => array( self::class, 'can_record_receipt' ),
					'show_in_rest'      => array(
						'schema' => array(
							'type'    => 'string',
							'enum'    => self::CHANNELS,
							'context' => array( 'edit' ),
						),
					),
				)
			);
			foreach ( self::INTERNAL as $key => $type ) {
				register_post_meta(
					$post_type,
					$key,
					array(
						'type'          => $type,
						'single'        => true,
						'auth_callback' => '__return_false',
					)
				);
			}
		}
	}

	/**
	 * Who may write the receipt meta of an item.
	 *
	 * @since 0.1.0
	 *
	 * @param bool   $allowed   Whether allowed so far.
	 * @param string $meta_key  Meta key.
	 * @param int    $object_id Post ID.
	 * @param int    $user_id   User.
	 * @return bool
	 */
	public static function can_record_receipt( $allowed, $meta_key, $object_id, $user_id = 0 ): bool {
		return user_can( (int) $user_id, Capabilities::RECORD_RECEIPT, (int) $object_id );
	}

	/**
	 * Leaves out of a REST save the receipt values that would not change anything.
	 *
	 * The block editor sends the whole `meta` object back when any meta key was edited. Without
	 * this, a writer who may not record receipts could not save at all, and a value stamped on
	 * submission would be overwritten by the stale copy the editor holds.
	 *
	 * @since 0.1.0
	 *
	 * @param \stdClass|\WP_Error $prepared Post prepared for the database.
	 * @param WP_REST_Request     $request  The request.
	 * @return \stdClass|\WP_Error
	 */
	public function drop_unchanged_receipt( $prepared, $request ) {
		$meta = $request['meta'];
		if ( ! is_array( $meta ) ) {
			return $prepared;
		}
		$post_id = (int) $request['id'];
		$unset   = array(
			self::RECEIVED_AT  => '',
			self::RECEIVED_VIA => 'online',
		);
		foreach ( $unset as $key => $default ) {
			$current = $post_id ? get_post_meta( $post_id, $key, true ) : $default;
			if ( array_key_exists( $key, $meta ) && (string) $meta[ $key ] === (string) $current ) {
				unset( $meta[ $key ] );
			}
		}
		$request->set_param( 'meta', $meta );
		return $prepared;
	}
}
