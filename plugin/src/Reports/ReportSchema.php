<?php
/**
 * JSON schema of the periodic activity report.
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

/**
 * The report {@see ReportsController} answers with: figures (read only) and the board's two
 * texts (editable), turned into a TypeScript type by the build-time contract.
 *
 * @since 0.1.0
 */
final class ReportSchema {

	/**
	 * JSON schema of the report.
	 *
	 * @since 0.1.0
	 * @contract ActivityReport
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		$items    = array( 'received', 'approved', 'returned', 'published', 'overdue' );
		$feedback = array( 'received', 'answered', 'overdue' );
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-report',
			'type'       => 'object',
			'properties' => array(
				'period'          => self::read( 'string', __( 'Period: 2026-03, 2026-Q1, 2026-H1 or 2026.', 'ttdt-portal' ) , array( 'pattern' => ReportPeriod::PATTERN ) ),
				'from'            => self::read( 'string', __( 'First day of the period, Y-m-d.', 'ttdt-portal' ) ),
				'to'              => self::read( 'string', __( 'Last day of the period, Y-m-d.', 'ttdt-portal' ) ),
				'name'            => self::read( 'string', __( 'The period as the printed report names it.', 'ttdt-portal' ) ),
				'items'           => self::read( 'object', __( 'Items received, approved, returned, published and overdue in the period.', 'ttdt-portal' ) , array( 'properties' => self::integers( $items ) ) ),
				'by_member'       => self::rows( __( 'Figures per board member: the items they wrote, and the approvals and returns they made.', 'ttdt-portal' ), array_merge( $items, array( 'approvals', 'returns' ) ), array( 'position' ) ),
				'by_collaborator' => self::rows( __( 'Figures per collaborator (key 0: items without one).', 'ttdt-portal' ), $items ),
				'by_unit'         => self::rows( __( 'Figures per collaborator\'s unit.', 'ttdt-portal' ), $items ),
				'by_channel'      => self::rows( __( 'Figures per receipt channel.', 'ttdt-portal' ), $items ),
				'approval'        => self::read( 'object', __( 'Approval times: approvals measured, median days from receipt, share within the deadline (0 to 1).', 'ttdt-portal' ) , array(
					'properties' => array(
						'measured'        => array( 'type' => 'integer' ),
						'median_days'     => array( 'type' => array( 'number', 'null' ) ),
						'within_deadline' => array( 'type' => array( 'number', 'null' ) ),
					),
				) ),
				'quota'           => self::read( 'object', __( 'Weekly quota: weeks in the period and the weeks each member met it.', 'ttdt-portal' ) , array(
					'properties' => array(
						'quota'   => array( 'type' => 'integer' ),
						'weeks'   => array( 'type' => 'integer' ),
						'share'   => array( 'type' => array( 'number', 'null' ) ),
						'members' => array(
							'type'  => 'array',
							'items' => array(
								'type'       => 'object',
								'properties' => array_merge(
									array(
										'id'       => array( 'type' => 'integer' ),
										'name'     => array( 'type' => 'string' ),
										'position' => array( 'type' => 'string' ),
									),
									self::integers( array( 'weeks', 'met', 'items' ) )
								),
							),
						),
					),
				) ),
				'feedback'        => self::read( 'object', __( 'Citizens\' feedback received, answered and overdue, by type and unit.', 'ttdt-portal' ) , array(
					'properties' => array(
						'totals'  => array(
							'type'       => 'object',
							'properties' => self::integers( $feedback ),
						),
						'by_type' => self::rows( __( 'Per type.', 'ttdt-portal' ), $feedback ),
						'by_unit' => self::rows( __( 'Per unit (key 0: not forwarded).', 'ttdt-portal' ), $feedback ),
					),
				) ),
				'royalties'       => self::read( 'object', __( 'Royalties and fees of the period in VND, what is paid, and the year\'s spending against the budget.', 'ttdt-portal' ) , array(
					'properties' => self::integers( array( 'royalties', 'fees', 'other', 'total', 'paid', 'budget', 'year_to_date' ) ),
				) ),
				'narrative'       => array(
					'description' => __( 'The board\'s assessment of the period.', 'ttdt-portal' ),
					'type'        => 'string',
					'maxLength'   => 20000,
					'context'     => array( 'view', 'edit' ),
				),
				'proposals'       => array(
					'description' => __( 'The board\'s proposals: rewards, discipline, other (Art. 14).', 'ttdt-portal' ),
					'type'        => 'string',
					'maxLength'   => 20000,
					'context'     => array( 'view', 'edit' ),
				),
			),
		);
	}

	/**
	 * A read-only property.
	 *
	 * @param string               $type        Type.
	 * @param string               $description Description.
	 * @param array<string, mixed> $more        More keywords (properties, items, pattern).
	 * @return array<string, mixed>
	 */
	private static function read( string $type, string $description, array $more = array() ): array {
		return array_merge(
			array(
				'description' => $description,
				'type'        => $type,
				'context'     => array( 'view', 'edit' ),
				'readonly'    => true,
			),
			$more
		);
	}

	/**
	 * Integer properties.
	 *
	 * @param string[] $names Names.
	 * @return array<string, array{type: string}>
	 */
	private static function integers( array $names ): array {
		return array_fill_keys( $names, array( 'type' => 'integer' ) );
	}

	/**
	 * A list of rows `{ key, label, …figures }`.
	 *
	 * @param string   $description Description.
	 * @param string[] $figures     Integer figures.
	 * @param string[] $texts       More text fields.
	 * @return array<string, mixed>
	 */
	private static function rows( string $description, array $figures, array $texts = array() ): array {
		$strings = array_fill_keys( array_merge( array( 'key', 'label' ), $texts ), array( 'type' => 'string' ) );
		return self::read( 'array', $description , array(
			'items' => array(
				'type'       => 'object',
				'properties' => array_merge( $strings, self::integers( $figures ) ),
			),
		) );
	}
}
