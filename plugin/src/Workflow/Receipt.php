<?php
/**
 * The receipt of a manuscript: when and how it reached the board (Art. 8.1).
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use DateTimeImmutable;
use Ttdt\Audit\AuditRecorder;
use Ttdt\Support\WriteSide;
use WP_Post;

/**
 * An online submission stamps the receipt itself; staff record manuscripts that came on paper or
 * by e-mail, with the date written on them. Every change of the receipt, however it is made
 * (the editor, the workflow API, an importer), is recorded once per save as a `receipt` step
 * and in the audit log with the receipt before and after.
 * What may be recorded is checked on every path by `ReceiptGuard`.
 *
 * @since 0.1.0
 */
final class Receipt implements WriteSide {

	/**
	 * Audit action of a change of receipt.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const AUDIT_ACTION = 'receipt.change';

	/**
	 * Guard of the receipt meta; it also remembers receipts before they change.
	 *
	 * @var ReceiptGuard
	 */
	private ReceiptGuard $guard;

	/**
	 * Items whose receipt changed in this request and is not yet recorded.
	 *
	 * @var array<int, int> Post ID => user ID.
	 */
	private array $changed = array();

	/**
	 * Whether the workflow itself is writing the receipt (not a change to record).
	 *
	 * @var bool
	 */
	private bool $stamping = false;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->guard = new ReceiptGuard();
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// The guard is part of the receipt: whatever records receipts must also check them.
		$this->guard->register_hooks();
		add_action( 'added_post_meta', array( $this, 'notice_change' ), 10, 3 );
		add_action( 'updated_post_meta', array( $this, 'notice_change' ), 10, 3 );
		add_action( 'deleted_post_meta', array( $this, 'notice_change' ), 10, 3 );
		// After the status listener (10), so a submission is recorded before its receipt.
		add_action( 'wp_after_insert_post', array( $this, 'record_changes' ), 20 );
		add_action( 'shutdown', array( $this, 'record_changes' ) );
	}

	/**
	 * Normalises a receipt time: a `Y-m-d` date stays a date; a time becomes ISO 8601 in the
	 * site's time zone; anything else is dropped.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value Value.
	 * @return string
	 */
	public static function normalize_time( $value ): string {
		$value = trim( (string) $value );
		if ( '' === $value || ! preg_match( '/' . WorkflowMeta::RECEIVED_AT_PATTERN . '/', $value ) ) {
			return '';
		}
		list( $y, $m, $d ) = array_map( 'intval', explode( '-', substr( $value, 0, 10 ) ) );
		if ( ! checkdate( $m, $d, $y ) ) {
			return '';
		}
		if ( 10 === strlen( $value ) ) {
			return $value;
		}
		$time = date_create_immutable( $value, wp_timezone() );
		return $time ? $time->setTimezone( wp_timezone() )->format( DATE_ATOM ) : '';
	}

	/**
	 * Normalises a receipt channel.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value Value.
	 * @return string One of `WorkflowMeta::CHANNELS`.
	 */
	public static function normalize_channel( $value ): string {
		return in_array( $value, WorkflowMeta::CHANNELS, true ) ? $value : 'online';
	}

	/**
	 * The receipt of an item.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return array{at: string, via: string, date: string|null} `date` is the receipt day
	 *                                                            (`Y-m-d`, site time), or null.
	 */
	public static function of( int $post_id ): array {
		$at = (string) get_post_meta( $post_id, WorkflowMeta::RECEIVED_AT, true );
		return array(
			'at'   => $at,
			'via'  => self::normalize_channel( get_post_meta( $post_id, WorkflowMeta::RECEIVED_VIA, true ) ),
			'date' => '' === $at ? null : substr( $at, 0, 10 ),
		);
	}

	/**
	 * Stamps an online receipt on submission, unless a receipt newer than the item's last
	 * return is recorded: a corrected manuscript is received anew.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post     $post        The item.
	 * @param string|null $returned_at When it was last returned (ISO 8601), if it was.
	 */
	public function stamp( WP_Post $post, ?string $returned_at ): void {
		$receipt = self::of( $post->ID );
		if ( null !== $receipt['date'] && ( null === $returned_at || ! self::is_before( $receipt['at'], $returned_at ) ) ) {
			return;
		}
		$before         = ReceiptGuard::snapshot( $post->ID );
		$this->stamping = true;
		$this->guard->pause( true );
		update_post_meta( $post->ID, WorkflowMeta::RECEIVED_AT, current_datetime()->format( DATE_ATOM ) );
		update_post_meta( $post->ID, WorkflowMeta::RECEIVED_VIA, 'online' );
		$this->guard->pause( false );
		$this->stamping = false;
		self::audit( $post, $before );
	}

	/**
	 * Whether a receipt came before a moment. A receipt given as a date only counts as
	 * received during that day, so it is before only the following days.
	 *
	 * @param string $received_at Receipt, `Y-m-d` or ISO 8601.
	 * @param string $moment      ISO 8601 time.
	 * @return bool
	 */
	private static function is_before( string $received_at, string $moment ): bool {
		if ( 10 === strlen( $received_at ) ) {
			return $received_at < substr( $moment, 0, 10 );
		}
		return strtotime( $received_at ) < strtotime( $moment );
	}

	/**
	 * Records a receipt given by staff and the step in the history.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post The item.
	 * @param string  $at   Date `Y-m-d` or ISO 8601 time.
	 * @param string  $via  Channel.
	 */
	public function record( WP_Post $post, string $at, string $via ): void {
		update_post_meta( $post->ID, WorkflowMeta::RECEIVED_AT, self::normalize_time( $at ) );
		update_post_meta( $post->ID, WorkflowMeta::RECEIVED_VIA, self::normalize_channel( $via ) );
		$this->record_changes( $post->ID );
	}

	/**
	 * Notes that the receipt of an item changed.
	 *
	 * @since 0.1.0
	 *
	 * @param int|int[] $meta_id   Meta ID (IDs, when deleted).
	 * @param int       $object_id Post ID.
	 * @param string    $meta_key  Meta key.
	 */
	public function notice_change( $meta_id, $object_id, $meta_key ): void {
		if ( ! $this->stamping && in_array( $meta_key, ReceiptGuard::KEYS, true ) ) {
			$this->changed[ (int) $object_id ] = get_current_user_id();
		}
	}

	/**
	 * Records the receipt changes noticed so far (of one item, or of all at the end of the
	 * request).
	 *
	 * @since 0.1.0
	 *
	 * @param int|mixed $post_id The item just saved; anything else (shutdown) means all.
	 */
	public function record_changes( $post_id = null ): void {
		$ids = is_int( $post_id ) ? array_intersect( array( $post_id ), array_keys( $this->changed ) ) : array_keys( $this->changed );
		foreach ( $ids as $id ) {
			$user_id = $this->changed[ $id ];
			unset( $this->changed[ $id ] );
			$post = get_post( $id );
			if ( ! WorkflowState::applies_to( $post ) || 'auto-draft' === $post->post_status ) {
				continue;
			}
			$receipt = self::of( $id );
			$state   = WorkflowState::of( $post );
			History::record(
				$post,
				'receipt',
				$state,
				$state,
				$user_id,
				self::describe( $receipt['via'], $receipt['date'] ),
				array(
					'via'         => $receipt['via'],
					'received_at' => $receipt['at'],
				)
			);
			self::audit( $post, $this->guard->take_before( $id ) );
		}
	}

	/**
	 * Writes a change of receipt to the audit log, before → after, through the audit log's
	 * recording action.
	 *
	 * @param WP_Post                                               $post   The item.
	 * @param array{received_at: string, received_via: string}|null $before The receipt before.
	 */
	private static function audit( WP_Post $post, ?array $before ): void {
		$after = ReceiptGuard::snapshot( $post->ID );
		if ( $before === $after ) {
			return;
		}
		/** This action is documented in plugin/src/Audit/AuditRecorder.php */
		do_action( AuditRecorder::RECORD_ACTION, self::AUDIT_ACTION, 'post', $post->ID, get_the_title( $post ), $before, $after );
	}

	/**
	 * A sentence describing a receipt, e.g. "Received on paper on 10/02/2026".
	 *
	 * @since 0.1.0
	 *
	 * @param string      $via  Channel.
	 * @param string|null $date Receipt day, `Y-m-d`.
	 * @return string
	 */
	public static function describe( string $via, ?string $date ): string {
		if ( null === $date ) {
			return __( 'Receipt date cleared', 'ttdt-portal' );
		}
		$day = wp_date( 'd/m/Y', ( new DateTimeImmutable( $date . ' 12:00', wp_timezone() ) )->getTimestamp() );
		switch ( $via ) {
			case 'paper':
				/* translators: %s: date, dd/mm/yyyy. */
				return sprintf( __( 'Received on paper on %s', 'ttdt-portal' ), $day );
			case 'email':
				/* translators: %s: date, dd/mm/yyyy. */
				return sprintf( __( 'Received by e-mail on %s', 'ttdt-portal' ), $day );
			default:
				/* translators: %s: date, dd/mm/yyyy. */
				return sprintf( __( 'Submitted online on %s', 'ttdt-portal' ), $day );
		}
	}
}
