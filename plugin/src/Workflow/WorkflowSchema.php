<?php
/**
 * JSON schemas of the approval workflow's REST resources.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

/**
 * An item as the queue, the item route and every action answer it (also the `WorkflowItem`
 * TypeScript type), and the overdue reminder's schedule and run.
 *
 * @since 0.1.0
 */
final class WorkflowSchema {

	/**
	 * JSON schema of a workflow item, with the names of its values ({@see WorkflowLabels}).
	 *
	 * @since 0.1.0
	 * @contract WorkflowItem
	 *
	 * @return array<string, mixed>
	 */
	public static function item(): array {
		$person = array(
			'type'       => 'object',
			'readonly'   => true,
			'properties' => array(
				'id'   => array(
					'type'     => 'integer',
					'readonly' => true,
				),
				'name' => array(
					'type'     => 'string',
					'readonly' => true,
				),
			),
		);
		$states = array( 'draft', 'returned', 'submitted', 'approved', 'published' );

		$schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-workflow-item',
			'type'       => 'object',
			'properties' => array(
				'id'              => array(
					'description' => __( 'Item ID.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'title'           => array(
					'description' => __( 'Item title.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'status'          => array(
					'description' => __( 'Core post status.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'state'           => array(
					'description' => __( 'Workflow state.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => $states,
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'author'          => array_merge(
					$person,
					array(
						'description' => __( 'Account that wrote the item.', 'ttdt-portal' ),
						'context'     => array( 'view', 'edit' ),
					)
				),
				'writer'          => array(
					'description' => __( 'Writer as printed (may have no account).', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'received_at'     => array(
					'description' => __( 'When the manuscript was received: a date or an ISO 8601 time; empty if not yet.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'received_via'    => array(
					'description' => __( 'How the manuscript was received.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => array( 'online', 'email', 'paper' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'deadline'        => array(
					'description' => __( 'Last day for approval (YYYY-MM-DD) while the item is in review.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'overdue'         => array(
					'description' => __( 'Whether the item is still waiting for approval after its deadline.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'time_left'       => array(
					'description' => __( 'While the item waits for approval: the days left before its deadline (counted as the deadline is: working or calendar days; 0 when the deadline is today), or the days since it once overdue.', 'ttdt-portal' ),
					'type'        => array( 'object', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
					'properties'  => array(
						'days'    => array(
							'type'     => 'integer',
							'readonly' => true,
						),
						'unit'    => array(
							'type'     => 'string',
							'enum'     => array( 'working', 'calendar' ),
							'readonly' => true,
						),
						'overdue' => array(
							'type'     => 'boolean',
							'readonly' => true,
						),
					),
				),
				'reviewers'       => array(
					'description' => __( 'While the item waits for approval: the moderators and publishers who may approve or return it.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
					'items'       => $person,
				),
				'awaiting_you'    => array(
					'description' => __( 'Whether the item waits for the current user: submitted and theirs to approve, or approved and theirs to publish.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'approved'        => array(
					'description' => __( 'Who approved the item and when.', 'ttdt-portal' ),
					'type'        => array( 'object', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
					'properties'  => array(
						'by' => $person,
						'at' => array(
							'type'     => 'string',
							'readonly' => true,
						),
					),
				),
				'returned'        => array(
					'description' => __( 'Who returned the item, when and why, while it is back with its writer.', 'ttdt-portal' ),
					'type'        => array( 'object', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
					'properties'  => array(
						'by'     => $person,
						'at'     => array(
							'type'     => 'string',
							'readonly' => true,
						),
						'reason' => array(
							'type'     => 'string',
							'readonly' => true,
						),
					),
				),
				'history'         => array(
					'description' => __( 'Workflow steps, oldest first.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'action' => array(
								'type'     => 'string',
								'enum'     => array( 'submit', 'approve', 'approve_override', 'return', 'receipt', 'withdraw', 'publish', 'unpublish', 'reopen' ),
								'readonly' => true,
							),
							'user'   => $person,
							'at'     => array(
								'type'     => 'string',
								'readonly' => true,
							),
							'from'   => array(
								'type'     => 'string',
								'readonly' => true,
							),
							'to'     => array(
								'type'     => 'string',
								'readonly' => true,
							),
							'note'   => array(
								'type'     => 'string',
								'readonly' => true,
							),
						),
					),
				),
				'allowed_actions' => array(
					'description' => __( 'Workflow actions the current user may take on the item now.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
					'items'       => array(
						'type' => 'string',
						'enum' => array( 'submit', 'approve', 'approve_override', 'return', 'publish', 'receipt' ),
					),
				),
				'fingerprint'     => array(
					'description' => __( 'Fingerprint of what an approval covers (title, content, provenance, terms, dates…) as stored now: send it with an approval, which is refused if the item changed since.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'edit_link'       => array(
					'description' => __( 'Address of the item in the editor.', 'ttdt-portal' ),
					'type'        => 'string',
					'format'      => 'uri',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
			),
		);
		return WorkflowLabels::add( $schema );
	}

	/**
	 * JSON schema of the overdue reminder: when it runs next by itself and, in the answer to
	 * running it now, the items it announced.
	 *
	 * @since 0.1.0
	 * @contract WorkflowReminders
	 *
	 * @return array<string, mixed>
	 */
	public static function reminders(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-workflow-reminders',
			'type'       => 'object',
			'required'   => array( 'next_run' ),
			'properties' => array(
				'next_run' => array(
					'description' => __( 'When the reminder runs next by itself (ISO 8601, site time zone); null when it is not scheduled.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'notified' => array(
					'description' => __( 'IDs of the overdue items this run announced (only in the answer to sending the reminder).', 'ttdt-portal' ),
					'type'        => 'array',
					'items'       => array( 'type' => 'integer' ),
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
			),
		);
	}
}
