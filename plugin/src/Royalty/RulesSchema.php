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
		$money   = array(
			'type'    => 'integer',
			'minimum' => 0,
			'maximum' => 100000000000,
			'context' => $context,
		);
		$dated   = static fn( string $description, int $maximum ) => array(
			'description' => $description,
			'type'        => 'array',
			'minItems'    => 1,
			'maxItems'    => 50,
			'context'     => $context,
			'items'       => array(
				'type'                 => 'object',
				'additionalProperties' => false,
				'required'             => array( 'from', 'value' ),
				'properties'           => array(
					'from'   => array(
						'type'   => 'string',
						'format' => 'date',
					),
					'value'  => array(
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => $maximum,
					),
					'source' => array(
						'type'      => 'string',
						'maxLength' => 300,
					),
				),
			),
		);
		$keyed   = static fn( string $description, string $number ) => array(
			'description' => $description,
			'type'        => 'array',
			'minItems'    => 1,
			'maxItems'    => 30,
			'context'     => $context,
			'items'       => array(
				'type'                 => 'object',
				'additionalProperties' => false,
				'required'             => array( 'key', 'label', $number ),
				'properties'           => array(
					'key'   => array(
						'type'    => 'string',
						'pattern' => '^[a-z0-9_]{1,20}$',
					),
					'label' => array(
						'type'      => 'string',
						'minLength' => 1,
						'maxLength' => 80,
					),
					$number => array(
						'type'       => 'number',
						'minimum'    => 0,
						'maximum'    => 100,
						'multipleOf' => 0.01,
					),
				),
			),
		);
		$group   = static fn( string $description, array $keys ) => array(
			'description'          => $description,
			'type'                 => 'object',
			'context'              => $context,
			'additionalProperties' => false,
			'properties'           => array_fill_keys( $keys, $money ),
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
				'base_wage'   => $dated( __( 'Monthly wage the cap per item is based on, in VND, with the date each value applies from.', 'ttdt-portal' ), 1000000000 ),
				'day_divisor' => $dated( __( 'Number a monthly wage is divided by to give one day\'s wage, with the date each value applies from.', 'ttdt-portal' ), 31 ),
				'unit_value'  => $dated( __( 'Value of one royalty coefficient unit, in VND, with the date each value applies from.', 'ttdt-portal' ), 1000000000 ),
				'genres'      => $keyed( __( 'Genres and their royalty coefficients.', 'ttdt-portal' ), 'coefficient' ),
				'grades'      => $keyed( __( 'Quality grades and their multipliers.', 'ttdt-portal' ), 'multiplier' ),
				'stipends'    => $group( __( 'Yearly stipend of the board head, deputies and members, in VND.', 'ttdt-portal' ), array( 'head', 'deputy', 'member' ) ),
				'fees'        => $group( __( 'Fees per item for editing, research and approval, in VND.', 'ttdt-portal' ), array( 'editing', 'research', 'approval' ) ),
				'budget'      => array_merge( $money, array( 'description' => __( 'Annual royalty budget (dự toán), in VND.', 'ttdt-portal' ) ) ),
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
