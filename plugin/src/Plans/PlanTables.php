<?php
/**
 * The editorial plans' own tables.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Table;

/**
 * Two tables: the plans (a half year or a year, its state and who moved it) and their topics
 * (chủ đề: a target number of items in a period inside the plan, assigned to a board member
 * or a unit). Own tables, not posts, so the progress of every topic is one grouped query
 * joining the items' topic meta ({@see PlanProgress}).
 *
 * @since 0.1.0
 */
final class PlanTables extends Table {

	/**
	 * Plans table name without the site prefix.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PLANS = 'ttdt_plans';

	/**
	 * Topics table name without the site prefix.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const TOPICS = 'ttdt_plan_topics';

	/**
	 * Option holding the version of the definitions last applied.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VERSION_OPTION = 'ttdt_plans_schema_version';

	/**
	 * Bump when the definitions below change.
	 *
	 * @var int
	 */
	protected const VERSION = 1;

	/**
	 * Full name of the plans table.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function plans(): string {
		return self::prefixed( self::PLANS );
	}

	/**
	 * Full name of the topics table.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function topics(): string {
		return self::prefixed( self::TOPICS );
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function definitions(): array {
		$plans   = self::plans();
		$topics  = self::topics();
		$charset = self::charset();

		return array(
			"CREATE TABLE {$plans} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
period varchar(4) NOT NULL,
year smallint(5) unsigned NOT NULL,
title varchar(255) NOT NULL,
note text NOT NULL,
status varchar(10) NOT NULL DEFAULT 'draft',
created_by bigint(20) unsigned NOT NULL DEFAULT 0,
created_at datetime NOT NULL,
submitted_at datetime NULL,
approved_by bigint(20) unsigned NOT NULL DEFAULT 0,
approved_at datetime NULL,
PRIMARY KEY  (id),
KEY year_period (year,period)
) {$charset};",
			// Topics are read per plan (the plan's table) and by date (the calendar).
			"CREATE TABLE {$topics} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
plan_id bigint(20) unsigned NOT NULL,
title varchar(255) NOT NULL,
target smallint(5) unsigned NOT NULL DEFAULT 0,
starts_on date NOT NULL,
ends_on date NOT NULL,
assignee_id bigint(20) unsigned NOT NULL DEFAULT 0,
unit_id bigint(20) unsigned NOT NULL DEFAULT 0,
note text NOT NULL,
PRIMARY KEY  (id),
KEY plan (plan_id),
KEY dates (starts_on,ends_on)
) {$charset};",
		);
	}
}
