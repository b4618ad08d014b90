<?php
/**
 * The settings' schema: each setting's name, type, limits, default and words.
 *
 * @package Ttdt
 */

namespace Ttdt\Settings;

defined( 'ABSPATH' ) || exit;

use Ttdt\Feedback\FeedbackDeadline;
use Ttdt\Feedback\FeedbackType;

/**
 * The JSON schema the settings are validated against, sent to the settings screen with
 * each setting's title and description in the reader's language; features add their own
 * settings through {@see Settings::SCHEMA_FILTER}.
 *
 * Nothing about a particular commune is hard-coded: communes are merged and renamed and legal
 * figures change, so every name and legal value is a setting with a neutral default.
 *
 * @since 0.1.0
 */
final class SettingsSchema {

	/**
	 * Each setting's default, the `default` of its property in {@see self::schema()}: read on
	 * its own by {@see self::defaults()}, which every page showing the agency notice (a
	 * portal's footer) asks for, without building the schema and translating its titles.
	 *
	 * @var array<string, mixed>
	 */
	private const DEFAULTS = array(
		'unit_name'                 => '',
		'place_name'                => '',
		'agency_name'               => '',
		'board_head'                => '',
		'address'                   => '',
		'phone'                     => '',
		'email'                     => '',
		'license_note'              => '',
		'approval_days'             => 3,
		'approval_day_mode'         => 'calendar',
		'tet_days'                  => array( -1, 0, 1, 2, 3 ),
		'national_day_extra'        => 'before',
		'swap_days'                 => array(),
		'feedback_deadline_days'    => FeedbackDeadline::DEFAULT_DAYS,
		'feedback_deadline_working' => true,
		'feedback_retention_months' => 24,
		'weekly_quota'              => 1,
	);

	/**
	 * JSON schema of the settings object.
	 *
	 * @since 0.1.0
	 * @contract Settings
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		$schema = array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => 'ttdt-settings',
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'unit_name'    => array(
					'title'       => __( 'Administrative unit', 'ttdt-portal' ),
					'description' => __( 'As it should read in sentences, e.g. "Thanh Chuong town". Change it when the unit is merged or renamed.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => self::DEFAULTS['unit_name'],
					'maxLength'   => 200,
					'context'     => array( 'view', 'edit' ),
				),
				'place_name'   => array(
					'title'       => __( 'Place on documents', 'ttdt-portal' ),
					'description' => __( 'Written before the date of the board\'s printed documents (Decree 30/2020): the unit\'s own name, e.g. "Thanh Chuong"; in full for a unit named after a number or a person. Left empty, it is the unit\'s name without "commune", "ward", "town" or "special zone".', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => self::DEFAULTS['place_name'],
					'maxLength'   => 100,
					'context'     => array( 'view', 'edit' ),
				),
				'agency_name'  => array(
					'title'       => __( 'Owning agency', 'ttdt-portal' ),
					'description' => __( 'Owning agency of the e-information page (usually the People\'s Committee).', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => self::DEFAULTS['agency_name'],
					'maxLength'   => 200,
					'context'     => array( 'view', 'edit' ),
				),
				'board_head'   => array(
					'title'       => __( 'Head of the editorial board', 'ttdt-portal' ),
					'description' => __( 'Head of the editorial board: full name and title.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => self::DEFAULTS['board_head'],
					'maxLength'   => 200,
					'context'     => array( 'view', 'edit' ),
				),
				'address'      => array(
					'title'       => __( 'Address', 'ttdt-portal' ),
					'description' => __( 'Postal address of the owning agency.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => self::DEFAULTS['address'],
					'maxLength'   => 300,
					'context'     => array( 'view', 'edit' ),
				),
				'phone'        => array(
					'title'       => __( 'Telephone', 'ttdt-portal' ),
					'description' => __( 'Contact telephone number.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => self::DEFAULTS['phone'],
					'maxLength'   => 50,
					'pattern'     => '^[0-9 +().-]*$',
					'context'     => array( 'view', 'edit' ),
				),
				'email'        => array(
					'title'       => __( 'E-mail', 'ttdt-portal' ),
					'description' => __( 'Contact e-mail address for news and feedback.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => self::DEFAULTS['email'],
					'maxLength'   => 200,
					'anyOf'       => array(
						array(
							'type'   => 'string',
							'format' => 'email',
						),
						array(
							'type'      => 'string',
							'maxLength' => 0,
						),
					),
					'context'     => array( 'view', 'edit' ),
				),
				'license_note' => array(
					'title'       => __( 'Licence or establishing decision', 'ttdt-portal' ),
					'description' => __( 'Decision or licence under which the page operates.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => self::DEFAULTS['license_note'],
					'maxLength'   => 300,
					'context'     => array( 'view', 'edit' ),
				),
				'approval_days' => array(
					'title'       => __( 'Days to approve an item', 'ttdt-portal' ),
					'description' => __( 'Counted from the day after the manuscript is received (Art. 8.1 of the regulation: 3 days).', 'ttdt-portal' ),
					'type'        => 'integer',
					'default'     => self::DEFAULTS['approval_days'],
					'minimum'     => 1,
					'maximum'     => 30,
					'context'     => array( 'view', 'edit' ),
				),
				'approval_day_mode' => array(
					'title'       => __( 'Count', 'ttdt-portal' ),
					'description' => __( 'Calendar days: a deadline that falls on a day off moves to the next working day (Civil Code, Art. 148). Working days: weekends, public holidays and the days off below are skipped.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => array( 'calendar', 'working' ),
					'default'     => self::DEFAULTS['approval_day_mode'],
					'context'     => array( 'view', 'edit' ),
				),
				'tet_days' => array(
					'title'       => __( 'Lunar New Year days off', 'ttdt-portal' ),
					'description' => __( 'Counted from the first day of the lunar year: -1 is the last day of the old year, 0 is the first day (mùng 1), 1 the second. The Prime Minister fixes them each year; the usual five are -1, 0, 1, 2, 3.', 'ttdt-portal' ),
					'type'        => 'array',
					'items'       => array(
						'type'    => 'integer',
						'minimum' => -7,
						'maximum' => 9,
					),
					'minItems'    => 1,
					'maxItems'    => 10,
					'uniqueItems' => true,
					'default'     => self::DEFAULTS['tet_days'],
					'context'     => array( 'view', 'edit' ),
				),
				'national_day_extra' => array(
					'title'       => __( 'Second day of the National Day holiday', 'ttdt-portal' ),
					'description' => __( 'The second day of the National Day holiday: 1 September (before) or 3 September (after).', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => array( 'before', 'after' ),
					'default'     => self::DEFAULTS['national_day_extra'],
					'context'     => array( 'view', 'edit' ),
				),
				'swap_days' => array(
					'title'       => __( 'Days moved by the government', 'ttdt-portal' ),
					'description' => __( 'From the yearly notice on holidays: extra days off (nghỉ bù) and Saturdays worked in exchange (làm bù). They take precedence over the computed calendar.', 'ttdt-portal' ),
					'type'        => 'array',
					'items'       => array(
						'type'                 => 'object',
						'additionalProperties' => false,
						'properties'           => array(
							'date' => array(
								'description' => __( 'The day, YYYY-MM-DD.', 'ttdt-portal' ),
								'type'        => 'string',
								'pattern'     => '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
								'required'    => true,
							),
							'type' => array(
								'description' => __( 'Whether the offices are closed (off) or open (work) that day.', 'ttdt-portal' ),
								'type'        => 'string',
								'enum'        => array( 'off', 'work' ),
								'required'    => true,
							),
							'note' => array(
								'description' => __( 'Why, e.g. the notice that announced it.', 'ttdt-portal' ),
								'type'        => 'string',
								'format'      => 'text-field',
								'maxLength'   => 200,
							),
						),
					),
					'maxItems'    => 200,
					'default'     => self::DEFAULTS['swap_days'],
					'context'     => array( 'view', 'edit' ),
				),
				'feedback_deadline_days' => array(
					'title'                => __( 'Days to answer, per type', 'ttdt-portal' ),
					'description'          => __( 'Days the commune has to answer feedback, per type, counted from the day after it was received.', 'ttdt-portal' ),
					'type'                 => 'object',
					'additionalProperties' => false,
					'properties'           => array_fill_keys(
						FeedbackType::all(),
						array(
							'type'    => 'integer',
							'minimum' => 1,
							'maximum' => 90,
						)
					),
					'default'              => self::DEFAULTS['feedback_deadline_days'],
					'context'              => array( 'view', 'edit' ),
				),
				'feedback_deadline_working' => array(
					'title'       => __( 'Count working days only', 'ttdt-portal' ),
					'description' => __( 'Count the feedback deadlines in working days (true) or in calendar days (false).', 'ttdt-portal' ),
					'type'        => 'boolean',
					'default'     => self::DEFAULTS['feedback_deadline_working'],
					'context'     => array( 'view', 'edit' ),
				),
				'feedback_retention_months' => array(
					'title'       => __( "Months to keep the citizen's contact data after closing", 'ttdt-portal' ),
					'description' => __( 'Months after an item is closed before the citizen\'s contact data are erased.', 'ttdt-portal' ),
					'type'        => 'integer',
					'default'     => self::DEFAULTS['feedback_retention_months'],
					'minimum'     => 1,
					'maximum'     => 120,
					'context'     => array( 'view', 'edit' ),
				),
				'weekly_quota' => array(
					'title'       => __( 'Weekly quota per board member', 'ttdt-portal' ),
					'description' => __( 'Items each member must have published per week, Monday to Sunday (Article 8). Members who are behind get a reminder on Thursday morning. 0 turns the reminders off.', 'ttdt-portal' ),
					'type'        => 'integer',
					'default'     => self::DEFAULTS['weekly_quota'],
					'minimum'     => 0,
					'maximum'     => 50,
					'context'     => array( 'view', 'edit' ),
				),
			),
		);

		/**
		 * Filters the settings schema so each feature can declare its own settings.
		 *
		 * Also applied by {@see SettingsSchema::defaults()} to a schema whose properties hold
		 * only their `default`: a callback adds properties or changes defaults, it does not
		 * rely on the other properties' titles.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, mixed> $schema JSON schema of the settings object.
		 */
		return apply_filters( Settings::SCHEMA_FILTER, $schema );
	}

	/**
	 * Default value of every setting.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function defaults(): array {
		// The schema's filter sees the defaults alone: features add their settings, the network
		// sets its own defaults, and no title is translated for it.
		$schema = array( 'properties' => array_map( static fn( $value ): array => array( 'default' => $value ), self::DEFAULTS ) );
		/** This filter is documented in plugin/src/Settings/SettingsSchema.php */
		return wp_list_pluck( (array) apply_filters( Settings::SCHEMA_FILTER, $schema )['properties'], 'default' );
	}
}
