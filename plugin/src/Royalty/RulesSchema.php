<?php
/**
 * JSON schema of a fiscal year's royalty rules.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

/**
 * One schema for the REST arguments and the validation of the rules (WordPress validates and
 * sanitises a request against it before the controller sees it).
 *
 * @since 0.1.0
 */
final class RulesSchema {

	/**
	 * Schema of the rules of a year.
	 *
	 * @since 0.1.0
	 * @contract RoyaltyRules
	 *
	 * @return array<string, mixed>
	 */
	public static function rules(): array {
		$context = array( 'view', 'edit' );
		// `x-money`: an amount in đồng, which the rules form shows as "2.000.000 đ".
		$money   = array(
			'type'    => 'integer',
			'minimum' => 0,
			'maximum' => 100000000000,
			'context' => $context,
			'x-money' => true,
		);
		$dated   = array(
			'type'     => 'array',
			'minItems' => 1,
			'maxItems' => 50,
			'context'  => $context,
			'items'    => array(
				'type'                 => 'object',
				'additionalProperties' => false,
				'required'             => array( 'from', 'value' ),
				'properties'           => array(
					'from'   => array(
						'title'  => __( 'Applies from', 'ttdt-portal' ),
						'type'   => 'string',
						'format' => 'date',
					),
					'value'  => array(
						'title'   => __( 'Value', 'ttdt-portal' ),
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => 1000000000,
					),
					'source' => array(
						'title'     => __( 'Legal source', 'ttdt-portal' ),
						'type'      => 'string',
						'maxLength' => 300,
					),
				),
			),
		);
		$entry   = array(
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'key'   => array(
					'title'   => __( 'Key', 'ttdt-portal' ),
					'type'    => 'string',
					'pattern' => '^[a-z0-9_]{1,20}$',
				),
				'label' => array(
					'title'     => __( 'Name', 'ttdt-portal' ),
					'type'      => 'string',
					'minLength' => 1,
					'maxLength' => 80,
				),
			),
		);
		$factor  = array(
			'title'      => __( 'Coefficient', 'ttdt-portal' ),
			'type'       => 'number',
			'minimum'    => 0,
			'maximum'    => 100,
			'multipleOf' => 0.01,
		);
		$keyed   = array(
			'type'     => 'array',
			'minItems' => 1,
			'maxItems' => 30,
			'context'  => $context,
		);
		$group   = array(
			'type'                 => 'object',
			'context'              => $context,
			'additionalProperties' => false,
		);

		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-royalty-rules',
			'type'       => 'object',
			'properties' => array(
				'year'        => array(
					'description' => __( 'Fiscal year.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => $context,
					'readonly'    => true,
				),
				'saved'       => array(
					'description' => __( 'Whether the rules were set for this year (else the defaults apply).', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => $context,
					'readonly'    => true,
				),
				'base_wage'   => array_merge( $dated, array( 'x-money' => true, 'title' => __( 'Base wage', 'ttdt-portal' ), 'description' => __( 'Monthly wage the cap per item is based on, in VND, with the date each value applies from.', 'ttdt-portal' ) ) ),
				'day_divisor' => array_merge( $dated, array( 'title' => __( 'Working days per month', 'ttdt-portal' ), 'description' => __( 'Number a monthly wage is divided by to give one day\'s wage, with the date each value applies from.', 'ttdt-portal' ) ) ),
				'unit_value'  => array_merge( $dated, array( 'x-money' => true, 'title' => __( 'Value of one coefficient unit', 'ttdt-portal' ), 'description' => __( 'Value of one royalty coefficient unit, in VND, with the date each value applies from.', 'ttdt-portal' ) ) ),
				'genres'      => array_merge(
					$keyed,
					array(
						'title'       => __( 'Genres', 'ttdt-portal' ),
						'description' => __( 'Genres and their royalty coefficients.', 'ttdt-portal' ),
						'items'       => array_merge(
							$entry,
							array(
								'required'   => array( 'key', 'label', 'coefficient' ),
								'properties' => array_merge( $entry['properties'], array( 'coefficient' => $factor ) ),
							)
						),
					)
				),
				'grades'      => array_merge(
					$keyed,
					array(
						'title'       => __( 'Quality grades', 'ttdt-portal' ),
						'description' => __( 'Quality grades and their multipliers.', 'ttdt-portal' ),
						'items'       => array_merge(
							$entry,
							array(
								'required'   => array( 'key', 'label', 'multiplier' ),
								'properties' => array_merge( $entry['properties'], array( 'multiplier' => array_merge( $factor, array( 'title' => __( 'Multiplier', 'ttdt-portal' ) ) ) ) ),
							)
						),
					)
				),
				'stipends'    => array_merge(
					$group,
					array(
						'title'       => __( 'Yearly stipends', 'ttdt-portal' ),
						'description' => __( 'Yearly stipend of the board head, deputies and members, in VND.', 'ttdt-portal' ),
						'properties'  => array(
							'head'   => array_merge( $money, array( 'title' => __( 'Head of the board', 'ttdt-portal' ) ) ),
							'deputy' => array_merge( $money, array( 'title' => __( 'Deputy head', 'ttdt-portal' ) ) ),
							'member' => array_merge( $money, array( 'title' => __( 'Member', 'ttdt-portal' ) ) ),
						),
					)
				),
				'fees'        => array_merge(
					$group,
					array(
						'title'       => __( 'Fees per item', 'ttdt-portal' ),
						'description' => __( 'Fees per item for editing, research and approval, in VND.', 'ttdt-portal' ),
						'properties'  => array(
							'editing'  => array_merge( $money, array( 'title' => __( 'Editing', 'ttdt-portal' ) ) ),
							'research' => array_merge( $money, array( 'title' => __( 'Research', 'ttdt-portal' ) ) ),
							'approval' => array_merge( $money, array( 'title' => __( 'Approval', 'ttdt-portal' ) ) ),
						),
					)
				),
				'budget'      => array_merge( $money, array( 'title' => __( 'Annual budget', 'ttdt-portal' ), 'description' => __( 'Annual royalty budget (dự toán), in VND.', 'ttdt-portal' ) ) ),
				'day_cap'     => array(
					'description' => __( 'Cap per item today: one day\'s wage, in VND.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => $context,
					'readonly'    => true,
				),
			),
		);
	}
}
