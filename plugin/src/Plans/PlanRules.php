<?php
/**
 * The states of a plan and what may change in each.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Audit\AuditLog;
use WP_Error;

/**
 * A plan is written as a draft, submitted to the head of the board, and approved by the head
 * (Art. 6.3.1: "Ban Biên tập xây dựng kế hoạch"; the head signs it). Only a draft changes:
 * a submitted plan is with the head, who approves it or returns it to draft; an approved plan
 * is the board's commitment and stays as approved (a new plan replaces it). Every change of
 * state is written to the audit log. The REST routes, the screen and any caller go through
 * here, so the rules hold whoever asks.
 *
 * @since 0.1.0
 */
final class PlanRules {

	/**
	 * Being written.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DRAFT = 'draft';

	/**
	 * With the head, waiting for approval.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SUBMITTED = 'submitted';

	/**
	 * Approved by the head: final.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const APPROVED = 'approved';

	/**
	 * From => to => [ capability needed, audit action ].
	 *
	 * @var array<string, array<string, array{0: string, 1: string}>>
	 */
	private const MOVES = array(
		self::DRAFT     => array(
			self::SUBMITTED => array( Capabilities::MANAGE_PLANS, 'plan.submitted' ),
		),
		self::SUBMITTED => array(
			self::APPROVED => array( Capabilities::APPROVE_PLANS, 'plan.approved' ),
			self::DRAFT    => array( Capabilities::MANAGE_PLANS, 'plan.returned' ),
		),
	);

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
	 * Every state.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function states(): array {
		return array( self::DRAFT, self::SUBMITTED, self::APPROVED );
	}

	/**
	 * State => its name.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function labels(): array {
		return array(
			self::DRAFT     => _x( 'Draft', 'plan state', 'ttdt-portal' ),
			self::SUBMITTED => _x( 'Waiting for approval', 'plan state', 'ttdt-portal' ),
			self::APPROVED  => _x( 'Approved', 'plan state', 'ttdt-portal' ),
		);
	}

	/**
	 * Why a plan cannot be changed now, or null when it can (only a draft changes).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $plan Plan row.
	 * @return WP_Error|null
	 */
	public static function locked( array $plan ): ?WP_Error {
		if ( self::APPROVED === $plan['status'] ) {
			return new WP_Error( 'ttdt_plan_locked', __( 'This plan is approved and can no longer be changed. Make a new plan for the next period instead.', 'ttdt-portal' ), array( 'status' => 409 ) );
		}
		if ( self::SUBMITTED === $plan['status'] ) {
			return new WP_Error( 'ttdt_plan_locked', __( 'This plan is waiting for the head\'s approval. Return it to draft before changing it.', 'ttdt-portal' ), array( 'status' => 409 ) );
		}
		return null;
	}

	/**
	 * The states the current user may move a plan to.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $plan Plan row.
	 * @return string[]
	 */
	public static function moves( array $plan ): array {
		$moves = array();
		foreach ( self::MOVES[ $plan['status'] ] ?? array() as $to => list( $capability ) ) {
			if ( current_user_can( $capability, (int) $plan['id'] ) ) {
				$moves[] = $to;
			}
		}
		return $moves;
	}

	/**
	 * Moves a plan to another state, for the current user, and audits it.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $plan Plan row.
	 * @param string               $to   New state.
	 * @return array<string, mixed>|WP_Error The plan as it is now.
	 */
	public function move( array $plan, string $to ) {
		$from = (string) $plan['status'];
		if ( ! isset( self::MOVES[ $from ][ $to ] ) ) {
			return new WP_Error(
				'ttdt_plan_state',
				self::APPROVED === $from
					? __( 'This plan is approved and can no longer change state. Make a new plan for the next period instead.', 'ttdt-portal' )
					: __( 'A plan goes from draft to submitted, then the head approves it or returns it to draft. Choose one of those steps.', 'ttdt-portal' ),
				array( 'status' => 409 )
			);
		}
		list( $capability, $action ) = self::MOVES[ $from ][ $to ];
		if ( ! current_user_can( $capability, (int) $plan['id'] ) ) {
			return new WP_Error(
				'ttdt_rest_forbidden',
				self::APPROVED === $to
					? __( 'Only the head of the editorial board approves plans. Ask the head to approve it.', 'ttdt-portal' )
					: __( 'You cannot change the state of plans. Ask a board member who writes the plans.', 'ttdt-portal' ),
				array( 'status' => rest_authorization_required_code() )
			);
		}
		if ( self::SUBMITTED === $to && ! $this->plans->topics( (int) $plan['id'] ) ) {
			return new WP_Error( 'ttdt_plan_empty', __( 'Add at least one topic to the plan before submitting it.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}

		$columns = array( 'status' => $to );
		if ( self::SUBMITTED === $to ) {
			$columns['submitted_at'] = current_time( 'mysql' );
		}
		if ( self::APPROVED === $to ) {
			$columns['approved_by'] = get_current_user_id();
			$columns['approved_at'] = current_time( 'mysql' );
		}
		if ( ! $this->plans->update_plan( (int) $plan['id'], $columns ) ) {
			return PlanErrors::not_saved();
		}
		AuditLog::record( $action, 'plan', (int) $plan['id'], (string) $plan['title'], array( 'status' => $from ), array( 'status' => $to ) );
		return (array) $this->plans->plan( (int) $plan['id'] );
	}
}
