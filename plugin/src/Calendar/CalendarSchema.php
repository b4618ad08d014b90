<?php
/**
 * JSON schemas of the working calendar's REST resources.
 *
 * @package Ttdt
 */

namespace Ttdt\Calendar;

defined( 'ABSPATH' ) || exit;

/**
 * The answers of {@see CalendarController}: a deadline (also a TypeScript type), the days off
 * of a year and a conversion between the calendars.
 *
 * @since 0.1.0
 */
final class CalendarSchema {

	/**
	 * Schema of a deadline.
	 *
	 * @since 0.1.0
	 * @contract DeadlineResult
	 *
	 * @return array<string, mixed>
	 */
	public static function deadline(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-deadline',
			'type'       => 'object',
			'properties' => array(
				'received_at' => array(
					'description' => __( 'Receipt date, YYYY-MM-DD.', 'ttdt-portal' ),
					'type'        => 'string',
					'readonly'    => true,
				),
				'days'        => array(
					'description' => __( 'Number of days allowed.', 'ttdt-portal' ),
					'type'        => 'integer',
					'readonly'    => true,
				),
				'mode'        => array(
					'description' => __( 'How the days are counted.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => array( 'calendar', 'working' ),
					'readonly'    => true,
				),
				'deadline'    => array(
					'description' => __( 'Last day for approval, YYYY-MM-DD.', 'ttdt-portal' ),
					'type'        => 'string',
					'readonly'    => true,
				),
				'days_off'    => array(
					'description' => __( 'Days off skipped in the count or that moved the deadline.', 'ttdt-portal' ),
					'type'        => 'array',
					'readonly'    => true,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'date' => array(
								'type'     => 'string',
								'readonly' => true,
							),
							'kind' => array(
								'type'     => 'string',
								'enum'     => array( 'weekend', 'holiday', 'compensatory', 'swap' ),
								'readonly' => true,
							),
							'name' => array(
								'type'     => 'string',
								'readonly' => true,
							),
						),
					),
				),
			),
		);
	}

	/**
	 * JSON schema of one day off in the list of a year.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function day_off(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-day-off',
			'type'       => 'object',
			'properties' => array(
				'date' => array(
					'description' => __( 'The day, YYYY-MM-DD.', 'ttdt-portal' ),
					'type'        => 'string',
					'readonly'    => true,
				),
				'kind' => array(
					'description' => __( 'Why the day is off, or a working day announced in its place.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => array( 'holiday', 'compensatory', 'swap', 'swap_work' ),
					'readonly'    => true,
				),
				'name' => array(
					'description' => __( 'Name of the holiday or the government\'s note.', 'ttdt-portal' ),
					'type'        => 'string',
					'readonly'    => true,
				),
			),
		);
	}

	/**
	 * JSON schema of the answer to a conversion: each date sent, with its counterpart.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function conversion(): array {
		$lunar = array(
			'type'       => 'object',
			'readonly'   => true,
			'properties' => array(
				'day'   => array( 'type' => 'integer' ),
				'month' => array( 'type' => 'integer' ),
				'year'  => array( 'type' => 'integer' ),
				'leap'  => array( 'type' => 'boolean' ),
			),
		);
		$pair  = array(
			'type'       => 'object',
			'properties' => array(
				'date'  => array( 'type' => 'string' ),
				'lunar' => $lunar,
			),
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-calendar-conversion',
			'type'       => 'object',
			'properties' => array(
				'solar' => array(
					'description' => __( 'The Gregorian dates sent, each with its lunar date.', 'ttdt-portal' ),
					'type'        => 'array',
					'readonly'    => true,
					'items'       => $pair,
				),
				'lunar' => array(
					'description' => __( 'The lunar dates sent, each with its Gregorian date.', 'ttdt-portal' ),
					'type'        => 'array',
					'readonly'    => true,
					'items'       => $pair,
				),
			),
		);
	}
}
