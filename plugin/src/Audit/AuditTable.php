<?php
/**
 * The audit log's own table (Art. 4.2, 7.1, 8.2, 13.5).
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Table;

/**
 * An append-only table: the plugin has no code that updates or deletes a row, and uninstalling
 * keeps it (the log is part of the public record).
 *
 * Indexes follow the questions asked of the log, each ending in `occurred_at` so that
 * "newest first" is read straight from the index (InnoDB appends the primary key, which breaks
 * ties): everything by time; one person's trail (Art. 13.5); one item's or account's history;
 * one kind of event; one person's logins or other events of one kind (the screen's most
 * common pair of filters, which otherwise reads every entry of that person to count); one
 * object ID whatever its kind (the REST route accepts it alone). Version 2 added the last
 * two: dbDelta adds them to an existing table on the next request. Pages after the first
 * are read by keyset (`occurred_at`, `id`), which costs the same on page 20,000 as on page 1.
 *
 * @since 0.1.0
 */
final class AuditTable extends Table {

	/**
	 * Table name without the site prefix.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_audit_log';

	/**
	 * Option holding the version of the table definition last applied.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VERSION_OPTION = 'ttdt_audit_schema_version';

	/**
	 * Bump when the definition below changes; dbDelta then brings existing tables up to date.
	 *
	 * @var int
	 */
	protected const VERSION = 2;

	/**
	 * {@inheritDoc}
	 */
	protected static function definitions(): array {
		$table   = self::name();
		$charset = self::charset();
		return array(
			"CREATE TABLE {$table} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
occurred_at datetime NOT NULL,
user_id bigint(20) unsigned NOT NULL DEFAULT 0,
user_login varchar(60) NOT NULL DEFAULT '',
ip varchar(45) NOT NULL DEFAULT '',
action varchar(64) NOT NULL DEFAULT '',
object_type varchar(32) NOT NULL DEFAULT '',
object_id bigint(20) unsigned NOT NULL DEFAULT 0,
summary text NOT NULL,
before_value longtext NULL,
after_value longtext NULL,
PRIMARY KEY  (id),
KEY occurred_at (occurred_at),
KEY user_time (user_id,occurred_at),
KEY user_action_time (user_id,action,occurred_at),
KEY object_time (object_type,object_id,occurred_at),
KEY object_id_time (object_id,occurred_at),
KEY action_time (action,occurred_at)
) {$charset};",
		);
	}
}
