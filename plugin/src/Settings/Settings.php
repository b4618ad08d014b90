<?php
/**
 * The portal's settings: one option, one schema.
 *
 * @package Ttdt
 */

namespace Ttdt\Settings;

defined( 'ABSPATH' ) || exit;

use Ttdt\Feedback\FeedbackDeadline;
use Ttdt\Feedback\FeedbackType;

/**
 * Reads and writes the `ttdt_settings` option through its JSON schema.
 *
 * Nothing about a particular commune is hard-coded: communes are merged and renamed and legal
 * figures change, so every name and legal value is a setting with a neutral default.
 *
 * @since 0.1.0
 */
final class Settings {

	/**
	 * Option name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OPTION = 'ttdt_settings';

	/**
	 * Filter that lets features add their own settings to the schema.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SCHEMA_FILTER = 'ttdt_settings_schema';

	/**
	 * Names of the settings' enum values, sent as `x-labels` in the REST schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, string>>
	 */
	public static function labels(): array {
		return array(
			'approval_day_mode'  => array(
				'calendar' => __( 'Calendar days', 'ttdt-portal' ),
				'working'  => __( 'Working days', 'ttdt-portal' ),
			),
			'national_day_extra' => array(
				'before' => __( '1 September', 'ttdt-portal' ),
				'after'  => __( '3 September', 'ttdt-portal' ),
			),
		);
	}

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
					'description' => __( 'Name of the administrative unit, e.g. "Thanh Chuong town".', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => '',
					'maxLength'   => 200,
					'context'     => array( 'view', 'edit' ),
				),
				'agency_name'  => array(
					'description' => __( 'Owning agency of the e-information page (usually the People\'s Committee).', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => '',
					'maxLength'   => 200,
					'context'     => array( 'view', 'edit' ),
				),
				'board_head'   => array(
					'description' => __( 'Head of the editorial board: full name and title.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => '',
					'maxLength'   => 200,
					'context'     => array( 'view', 'edit' ),
				),
				'address'      => array(
					'description' => __( 'Postal address of the owning agency.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => '',
					'maxLength'   => 300,
					'context'     => array( 'view', 'edit' ),
				),
				'phone'        => array(
					'description' => __( 'Contact telephone number.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => '',
					'maxLength'   => 50,
					'pattern'     => '^[0-9 +().-]*$',
					'context'     => array( 'view', 'edit' ),
				),
				'email'        => array(
					'description' => __( 'Contact e-mail address for news and feedback.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => '',
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
					'description' => __( 'Decision or licence under which the page operates.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => '',
					'maxLength'   => 300,
					'context'     => array( 'view', 'edit' ),
				),
				'approval_days' => array(
					'description' => __( 'Days the editorial board has to approve an item, counted from the day after its receipt (Art. 8.1: 3 days).', 'ttdt-portal' ),
					'type'        => 'integer',
					'default'     => 3,
					'minimum'     => 1,
					'maximum'     => 30,
					'context'     => array( 'view', 'edit' ),
				),
				'approval_day_mode' => array(
					'description' => __( 'How the approval days are counted: calendar days (a deadline falling on a day off moves to the next working day) or working days only.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => array( 'calendar', 'working' ),
					'default'     => 'calendar',
					'context'     => array( 'view', 'edit' ),
				),
				'tet_days' => array(
					'description' => __( 'Days of the Lunar New Year holiday, counted from the first day of the lunar year: -1 is the last day of the old year, 0 the first day of the new one.', 'ttdt-portal' ),
					'type'        => 'array',
					'items'       => array(
						'type'    => 'integer',
						'minimum' => -7,
						'maximum' => 9,
					),
					'minItems'    => 1,
					'maxItems'    => 10,
					'uniqueItems' => true,
					'default'     => array( -1, 0, 1, 2, 3 ),
					'context'     => array( 'view', 'edit' ),
				),
				'national_day_extra' => array(
					'description' => __( 'The second day of the National Day holiday: 1 September (before) or 3 September (after).', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => array( 'before', 'after' ),
					'default'     => 'before',
					'context'     => array( 'view', 'edit' ),
				),
				'swap_days' => array(
					'description' => __( 'Days the government moves each year: extra days off (nghỉ bù) and Saturdays worked in exchange (làm bù). They override the computed calendar.', 'ttdt-portal' ),
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
					'default'     => array(),
					'context'     => array( 'view', 'edit' ),
				),
				'feedback_deadline_days' => array(
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
					'default'              => FeedbackDeadline::DEFAULT_DAYS,
					'context'              => array( 'view', 'edit' ),
				),
				'feedback_deadline_working' => array(
					'description' => __( 'Count the feedback deadlines in working days (true) or in calendar days (false).', 'ttdt-portal' ),
					'type'        => 'boolean',
					'default'     => true,
					'context'     => array( 'view', 'edit' ),
				),
				'feedback_retention_months' => array(
					'description' => __( 'Months after an item is closed before the citizen\'s contact data are erased.', 'ttdt-portal' ),
					'type'        => 'integer',
					'default'     => 24,
					'minimum'     => 1,
					'maximum'     => 120,
					'context'     => array( 'view', 'edit' ),
				),
				'weekly_quota' => array(
					'description' => __( 'Items each board member must have published per week, Monday to Sunday (Art. 8.1); 0 turns the reminders off.', 'ttdt-portal' ),
					'type'        => 'integer',
					'default'     => 1,
					'minimum'     => 0,
					'maximum'     => 50,
					'context'     => array( 'view', 'edit' ),
				),
			),
		);

		/**
		 * Filters the settings schema so each feature can declare its own settings.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, mixed> $schema JSON schema of the settings object.
		 */
		return apply_filters( self::SCHEMA_FILTER, $schema );
	}

	/**
	 * Default value of every setting.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function defaults(): array {
		return wp_list_pluck( self::schema()['properties'], 'default' );
	}

	/**
	 * All settings, stored values over defaults.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function all(): array {
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		return array_merge( self::defaults(), array_intersect_key( $stored, self::defaults() ) );
	}

	/**
	 * One setting.
	 *
	 * @since 0.1.0
	 *
	 * @param string $key Setting name.
	 * @return mixed The value, or null for an unknown name.
	 */
	public function get( string $key ) {
		return $this->all()[ $key ] ?? null;
	}

	/**
	 * Validates, sanitises and stores a partial update.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $changes Settings to change; others keep their value.
	 * @return array<string, mixed>|\WP_Error The new settings, or the validation error.
	 */
	public function update( array $changes ) {
		$schema = self::schema();
		$next   = array_merge( $this->all(), array_intersect_key( $changes, $schema['properties'] ) );

		$valid = rest_validate_value_from_schema( $next, $schema, 'settings' );
		if ( is_wp_error( $valid ) ) {
			return $valid;
		}
		$next = rest_sanitize_value_from_schema( $next, $schema, 'settings' );
		if ( is_wp_error( $next ) ) {
			return $next;
		}
		$next = array_map(
			static fn( $value ) => is_string( $value ) ? sanitize_text_field( $value ) : $value,
			$next
		);

		$before = $this->all();
		update_option( self::OPTION, $next );

		/**
		 * Fires after the portal settings changed.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, mixed> $next   Settings after the change.
		 * @param array<string, mixed> $before Settings before the change.
		 */
		do_action( 'ttdt_settings_updated', $next, $before );

		return $next;
	}
}
