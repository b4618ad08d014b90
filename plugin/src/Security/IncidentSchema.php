<?php
/**
 * Schemas of the incident routes.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\EnumLabels;

/**
 * One report, and the fields a reporter sends.
 *
 * @since 0.1.0
 */
final class IncidentSchema {

	/**
	 * An incident report.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function report(): array {
		$string   = static fn( string $description, bool $readonly = true ): array => array(
			'description' => $description,
			'type'        => 'string',
			'context'     => array( 'view', 'edit' ),
			'readonly'    => $readonly,
		);
		$integer  = static fn( string $description ): array => array(
			'description' => $description,
			'type'        => 'integer',
			'minimum'     => 0,
			'context'     => array( 'view', 'edit' ),
		);
		return EnumLabels::add(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'ttdt-incident',
				'type'       => 'object',
				'properties' => array(
					'id'            => array( 'readonly' => true ) + $integer( __( 'Report ID.', 'ttdt-portal' ) ),
					'title'         => $string( __( 'Short description.', 'ttdt-portal' ) ),
					'description'   => array(
						'required'  => true,
						'minLength' => 1,
						'maxLength' => 5000,
					) + $string( __( 'What happened.', 'ttdt-portal' ), false ),
					'kind'          => array(
						'enum'    => IncidentPostType::KINDS,
						'default' => 'security',
					) + $string( __( 'Kind of incident.', 'ttdt-portal' ), false ),
					'state'         => array( 'enum' => IncidentPostType::STATES ) + $string( __( 'State of the report.', 'ttdt-portal' ) ),
					'occurred_at'   => array(
						'pattern' => '^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$',
						'default' => '',
					) + $string( __( 'When it happened (site time), if known.', 'ttdt-portal' ), false ),
					'item_id'       => $integer( __( 'Item concerned, if any.', 'ttdt-portal' ) ),
					'account'       => array(
						'maxLength' => 100,
						'default'   => '',
					) + $string( __( 'Account concerned, if any.', 'ttdt-portal' ), false ),
					'audit_entry'   => $integer( __( 'Audit entry the report is about, if any.', 'ttdt-portal' ) ),
					'reporter'      => array( 'readonly' => true ) + $integer( __( 'User who reported it.', 'ttdt-portal' ) ),
					'reporter_name' => $string( __( 'Name of the reporter.', 'ttdt-portal' ) ),
					'reported_at'   => array( 'format' => 'date-time' ) + $string( __( 'When it was reported (site time).', 'ttdt-portal' ) ),
					'notes'         => array(
						'description' => __( 'Notes of the investigation, oldest first.', 'ttdt-portal' ),
						'type'        => 'array',
						'context'     => array( 'view', 'edit' ),
						'readonly'    => true,
						'items'       => array(
							'type'       => 'object',
							'properties' => array(
								'at'    => array(
									'type'        => 'string',
									'format'      => 'date-time',
									'description' => __( 'When the note was written (site time).', 'ttdt-portal' ),
								),
								'user'  => array( 'type' => 'string' ),
								'state' => array( 'type' => 'string' ),
								'text'  => array( 'type' => 'string' ),
							),
						),
					),
				),
			),
			array(
				'kind'  => IncidentPostType::kind_labels(),
				'state' => IncidentPostType::state_labels(),
			)
		);
	}
}
