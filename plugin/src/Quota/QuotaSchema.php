<?php
/**
 * JSON schemas of the weekly quota's REST resources.
 *
 * @package Ttdt
 */

namespace Ttdt\Quota;

defined( 'ABSPATH' ) || exit;

/**
 * The report {@see QuotaController} answers with and the answer to sending the reminders,
 * each turned into a TypeScript type by the build-time contract.
 *
 * @since 0.1.0
 */
final class QuotaSchema {

	/**
	 * JSON schema of the quota report.
	 *
	 * @since 0.1.0
	 * @contract QuotaReport
	 *
	 * @return array<string, mixed>
	 */
	public static function report(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-quota',
			'type'       => 'object',
			'properties' => array(
				'quota'         => array(
					'description' => __( 'Items each member must have published per week.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'weeks'         => array(
					'description' => __( 'The weeks counted, oldest first; the last is the current week.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'items'       => array(
						'type'                 => 'object',
						'additionalProperties' => false,
						'required'             => array( 'start', 'end' ),
						'properties'           => array(
							'start' => array(
								'description' => __( 'Monday, Y-m-d.', 'ttdt-portal' ),
								'type'        => 'string',
							),
							'end'   => array(
								'description' => __( 'Sunday, Y-m-d.', 'ttdt-portal' ),
								'type'        => 'string',
							),
						),
					),
				),
				'members'       => array(
					'description' => __( 'Board members with their counts per week.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'items'       => array(
						'type'                 => 'object',
						'additionalProperties' => false,
						'required'             => array( 'id', 'name', 'position', 'position_label', 'in_office', 'counts', 'this_week', 'behind' ),
						'properties'           => array(
							'id'             => array(
								'description' => __( 'User ID.', 'ttdt-portal' ),
								'type'        => 'integer',
							),
							'name'           => array(
								'description' => __( 'Display name.', 'ttdt-portal' ),
								'type'        => 'string',
							),
							'position'       => array(
								'description' => __( 'Board position.', 'ttdt-portal' ),
								'type'        => 'string',
							),
							'position_label' => array(
								'description' => __( 'Name of the board position.', 'ttdt-portal' ),
								'type'        => 'string',
							),
							'in_office'      => array(
								'description' => __( 'Whether today falls within the member\'s term.', 'ttdt-portal' ),
								'type'        => 'boolean',
							),
							'counts'         => array(
								'description' => __( 'Items published in each week, in the order of `weeks`.', 'ttdt-portal' ),
								'type'        => 'array',
								'items'       => array( 'type' => 'integer' ),
							),
							'this_week'      => array(
								'description' => __( 'Items published so far this week.', 'ttdt-portal' ),
								'type'        => 'integer',
							),
							'behind'         => array(
								'description' => __( 'Whether the member is below the quota this week.', 'ttdt-portal' ),
								'type'        => 'boolean',
							),
						),
					),
				),
				'next_reminder' => array(
					'description' => __( 'When the next reminder goes out, site time (Y-m-d\TH:i:s); empty when none is scheduled.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
			),
		);
	}

	/**
	 * JSON schema of the answer to `POST quota/reminders`: who was behind and whether their
	 * reminder went out.
	 *
	 * @since 0.1.0
	 * @contract QuotaReminders
	 *
	 * @return array<string, mixed>
	 */
	public static function reminders(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-quota-reminders',
			'type'       => 'object',
			'properties' => array(
				'reminded' => array(
					'description' => __( 'The members who were behind this week.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'items'       => array(
						'type'                 => 'object',
						'additionalProperties' => false,
						'required'             => array( 'id', 'name', 'published', 'sent' ),
						'properties'           => array(
							'id'        => array(
								'description' => __( 'User ID.', 'ttdt-portal' ),
								'type'        => 'integer',
							),
							'name'      => array(
								'description' => __( 'Display name.', 'ttdt-portal' ),
								'type'        => 'string',
							),
							'published' => array(
								'description' => __( 'Items published so far this week.', 'ttdt-portal' ),
								'type'        => 'integer',
							),
							'sent'      => array(
								'description' => __( 'Whether the reminder e-mail was accepted for delivery.', 'ttdt-portal' ),
								'type'        => 'boolean',
							),
						),
					),
				),
			),
		);
	}
}
