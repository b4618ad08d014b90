<?php
/**
 * The table of archive jobs.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Table;

/**
 * One row per export, verification or restore run in the background: its state after the
 * last step (so another runner can go on after a crash), its progress for the screen and the
 * lease of the runner working it. A table rather than options: the lease is taken with one
 * conditional UPDATE, which two runners cannot both win. Beside it, the map of a restore's
 * old IDs to new ones ({@see RestoreMap}), which lets a restore slice run twice safely.
 *
 * @since 0.1.0
 */
final class ArchiveJobTable extends Table {

	/**
	 * Table name without the prefix.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_archive_jobs';

	/**
	 * Option holding the installed schema version.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VERSION_OPTION = 'ttdt_archive_jobs_version';

	/**
	 * Table of a restore's old => new IDs, without the prefix ({@see RestoreMap}).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MAP = 'ttdt_archive_restore_map';

	/**
	 * Schema version.
	 *
	 * @var int
	 */
	protected const VERSION = 2;

	/**
	 * {@inheritDoc}
	 */
	protected static function definitions(): array {
		$table   = self::name();
		$map     = self::prefixed( self::MAP );
		$charset = self::charset();
		return array(
			"CREATE TABLE {$table} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
kind varchar(20) NOT NULL,
package varchar(40) NOT NULL DEFAULT '',
status varchar(10) NOT NULL DEFAULT 'queued',
state longtext NOT NULL,
label varchar(190) NOT NULL DEFAULT '',
done bigint(20) unsigned NOT NULL DEFAULT 0,
total bigint(20) unsigned NOT NULL DEFAULT 0,
error text NOT NULL,
lock_token char(32) NOT NULL DEFAULT '',
lock_until datetime NULL,
created_by bigint(20) unsigned NOT NULL DEFAULT 0,
created_at datetime NOT NULL,
updated_at datetime NOT NULL,
PRIMARY KEY  (id),
KEY status (status,updated_at)
) {$charset};",
			"CREATE TABLE {$map} (
run char(16) NOT NULL,
kind varchar(20) NOT NULL,
old_id bigint(20) unsigned NOT NULL,
new_id bigint(20) unsigned NOT NULL,
parent bigint(20) unsigned NOT NULL DEFAULT 0,
linked tinyint(1) NOT NULL DEFAULT 0,
PRIMARY KEY  (run,kind,old_id),
KEY linked (run,linked,new_id)
) {$charset};",
		);
	}
}
