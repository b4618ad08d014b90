<?php
/**
 * Names of the approval workflow's values, as the editor panel and the review queue show them.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\EnumLabels;

/**
 * Written once, here, and sent to the screens as `x-labels` in the workflow item's schema
 * ({@see WorkflowSchema::item()}), so admin-ui keeps no copy of them.
 *
 * @since 0.1.0
 */
final class WorkflowLabels {

	/**
	 * State => name.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function state_labels(): array {
		return array(
			WorkflowState::DRAFT     => __( 'Draft', 'ttdt-portal' ),
			WorkflowState::RETURNED  => __( 'Returned to the writer', 'ttdt-portal' ),
			WorkflowState::SUBMITTED => __( 'Waiting for approval', 'ttdt-portal' ),
			WorkflowState::APPROVED  => __( 'Approved, waiting to be published', 'ttdt-portal' ),
			WorkflowState::PUBLISHED => __( 'Published', 'ttdt-portal' ),
		);
	}

	/**
	 * Receipt channel => name.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function channel_labels(): array {
		return array(
			'online' => _x( 'Online', 'receipt channel', 'ttdt-portal' ),
			'email'  => _x( 'E-mail', 'receipt channel', 'ttdt-portal' ),
			'paper'  => _x( 'Paper', 'receipt channel', 'ttdt-portal' ),
		);
	}

	/**
	 * Step of the history => name.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function history_labels(): array {
		return array(
			'submit'           => __( 'Submitted for approval', 'ttdt-portal' ),
			'approve'          => __( 'Approved', 'ttdt-portal' ),
			'approve_override' => __( 'Approved by an administrator (own item, override)', 'ttdt-portal' ),
			'return'           => __( 'Returned to the writer', 'ttdt-portal' ),
			'receipt'          => __( 'Receipt recorded', 'ttdt-portal' ),
			'withdraw'         => __( 'Withdrawn from review', 'ttdt-portal' ),
			'publish'          => __( 'Published', 'ttdt-portal' ),
			'unpublish'        => __( 'Taken offline', 'ttdt-portal' ),
			'reopen'           => __( 'Approval withdrawn after a change', 'ttdt-portal' ),
		);
	}

	/**
	 * Adds the names to a workflow item schema: `state`, `received_via` and the `action` of
	 * each history step.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $schema Workflow item schema.
	 * @return array<string, mixed>
	 */
	public static function add( array $schema ): array {
		$schema = EnumLabels::add(
			$schema,
			array(
				'state'        => self::state_labels(),
				'received_via' => self::channel_labels(),
			)
		);
		if ( isset( $schema['properties']['history']['items'] ) ) {
			$schema['properties']['history']['items'] = EnumLabels::add( $schema['properties']['history']['items'], array( 'action' => self::history_labels() ) );
		}
		return $schema;
	}
}
