<?php
/**
 * The site's date and time formats, and the Vietnamese ones.
 *
 * @package Ttdt
 */

namespace Ttdt\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * WordPress installs with "F j, Y" and "g:i a", which read "Tháng Mười Một 30, 2026" and
 * "2:05 chiều" in Vietnamese; administrative documents write 30/11/2026 and 14:05. The
 * plugin's own screens and blocks always use the Vietnamese formats; the site's own dates
 * (themes, core blocks) follow the General settings, which this class can set in one step.
 *
 * @since 0.1.0
 */
final class DateFormats {

	/**
	 * Vietnamese date format (dd/mm/yyyy).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DATE = 'd/m/Y';

	/**
	 * Vietnamese time format (24 hours).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const TIME = 'H:i';

	/**
	 * First day of the week in Vietnam (Monday).
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const START_OF_WEEK = 1;

	/**
	 * The site's formats, whether they are the Vietnamese ones, and how a date reads.
	 *
	 * @since 0.1.0
	 *
	 * @return array{date_format: string, time_format: string, start_of_week: int, vietnamese: bool, example: string}
	 */
	public static function current(): array {
		$date = (string) get_option( 'date_format' );
		$time = (string) get_option( 'time_format' );
		return array(
			'date_format'   => $date,
			'time_format'   => $time,
			'start_of_week' => (int) get_option( 'start_of_week' ),
			'vietnamese'    => self::is_vietnamese(),
			'example'       => wp_date( $date . ', ' . $time ),
		);
	}

	/**
	 * Whether the site uses the Vietnamese formats.
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	public static function is_vietnamese(): bool {
		return self::DATE === get_option( 'date_format' ) && self::TIME === get_option( 'time_format' );
	}

	/**
	 * Sets the site's formats to the Vietnamese ones and the week to start on Monday.
	 *
	 * @since 0.1.0
	 */
	public static function apply(): void {
		update_option( 'date_format', self::DATE );
		update_option( 'time_format', self::TIME );
		update_option( 'start_of_week', self::START_OF_WEEK );
	}

	/**
	 * JSON schema of the formats resource.
	 *
	 * @since 0.1.0
	 * @contract DateFormats
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-date-formats',
			'type'       => 'object',
			'properties' => array(
				'date_format'   => array(
					'description' => __( 'Date format of the whole site (General settings).', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'time_format'   => array(
					'description' => __( 'Time format of the whole site (General settings).', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'start_of_week' => array(
					'description' => __( 'First day of the week: 0 is Sunday, 1 is Monday.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'vietnamese'    => array(
					'description' => __( 'Whether the site writes dates as 30/11/2026 and times as 14:05.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'example'       => array(
					'description' => __( 'Now, written in the site\'s formats.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
			),
		);
	}
}
