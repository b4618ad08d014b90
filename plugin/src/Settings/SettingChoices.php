<?php
/**
 * Names of the settings' choices.
 *
 * @package Ttdt
 */

namespace Ttdt\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * What each value of a setting with fixed choices is called, in the reader's language: sent
 * as `x-labels` beside the `enum` of the REST schema ({@see \Ttdt\Support\EnumLabels}), so the
 * screens never name a value themselves. Apart from {@see Settings}, which every page view
 * reads: only the REST schemas ask for these.
 *
 * @since 0.1.0
 */
final class SettingChoices {

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
			'archive_frequency'  => array(
				'weekly' => __( 'Weekly', 'ttdt-portal' ),
				'daily'  => __( 'Daily', 'ttdt-portal' ),
				'off'    => __( 'Off (on demand only)', 'ttdt-portal' ),
			),
		);
	}
}
