<?php
/**
 * Contract fixture: a schema built from translations, constants of another class (PSR-4),
 * nested objects, enums and anyOf.
 *
 * @package Ttdt
 */

namespace Ttdt\Demo;

defined( 'ABSPATH' ) || exit;

use Ttdt\Demo\Statuses as States;

final class Report {

	public const OPTION = 'ttdt_demo_reports';

	public const CACHE_OPTION = 'ttdt_demo_cache';

	const LIMIT = 100;

	/**
	 * JSON schema of a report.
	 *
	 * @contract Report
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		$author = array(
			'type'       => 'object',
			'properties' => array(
				'name'  => array(
					'type'        => 'string',
					'description' => __( 'Name as printed.', 'ttdt-portal' ),
				),
				'roles' => array(
					'type'  => 'array',
					'items' => array(
						'type' => 'string',
						'enum' => array_keys( \Ttdt\Access\Levels::definitions() ),
					),
				),
			),
		);
		$schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-report',
			'type'       => 'object',
			'properties' => array(
				'id'     => array(
					'description' => _x( 'Unique identifier.', 'schema', 'ttdt-portal' ),
					'type'        => 'integer',
					'readonly'    => true,
					'context'     => array( 'view', 'edit' ),
				),
				'status' => array(
					'type'    => 'string',
					'enum'    => States::ALL,
					'default' => States::ALL[0] ?? 'draft',
				),
				'title'  => array(
					'type'      => 'string',
					'maxLength' => self::LIMIT * 2,
					'required'  => true,
				),
				'author' => $author,
				'score'  => array(
					'anyOf' => array(
						array( 'type' => 'integer' ),
						array( 'type' => 'null' ),
					),
				),
				'tags'   => array(
					'type'    => 'array',
					'items'   => array( 'type' => 'string' ),
					'default' => array(),
				),
				'extra'  => array(
					'type'       => 'object',
					'properties' => array(),
				),
				'via'    => array(
					'type' => array( 'string', 'null' ),
					'enum' => array( States::ONLINE, 'email', 'paper', null ),
				),
			),
		);

		/**
		 * Filters the schema.
		 *
		 * @param array $schema Schema.
		 */
		return apply_filters( 'ttdt_demo_report_schema', $schema );
	}
}
