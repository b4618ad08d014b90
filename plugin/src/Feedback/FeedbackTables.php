<?php
/**
 * The tables of citizen feedback (Art. 9; Personal Data Protection Law 91/2025/QH15).
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Table;

/**
 * Feedback lives in the plugin's own tables, not in posts: it carries personal data, and a
 * post type would put them within reach of WordPress search, feeds, `/wp/v2` and every plugin
 * that lists posts. Only the plugin's own routes read these tables, behind capability checks.
 *
 * Three tables: the items, their files (the citizen's attachments and a unit's answer files)
 * and their history (events). InnoDB, so an item, its files and its first event are stored
 * in one transaction or not at all.
 *
 * @since 0.1.0
 */
final class FeedbackTables extends Table {

	/**
	 * Items table, without the site prefix.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ITEMS = 'ttdt_feedback';

	/**
	 * Files table, without the site prefix.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FILES = 'ttdt_feedback_files';

	/**
	 * Events (history) table, without the site prefix.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const EVENTS = 'ttdt_feedback_events';

	/**
	 * Option holding the version of the definitions last applied.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VERSION_OPTION = 'ttdt_feedback_schema_version';

	/**
	 * Bump when a definition below changes; dbDelta then brings existing tables up to date.
	 *
	 * @var int
	 */
	protected const VERSION = 1;

	/**
	 * The full name of one of the tables.
	 *
	 * @since 0.1.0
	 *
	 * @param string $name `ITEMS`, `FILES` or `EVENTS`.
	 * @return string
	 */
	public static function table( string $name ): string {
		return self::prefixed( $name );
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function definitions(): array {
		$items  = self::table( self::ITEMS );
		$files  = self::table( self::FILES );
		$events = self::table( self::EVENTS );
		// utf8mb4 whatever the site's default: names and content are Vietnamese, and may hold
		// characters outside the BMP. InnoDB for the transactions.
		$charset = self::utf8mb4();

		return array(
			"CREATE TABLE {$items} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
code char(10) NOT NULL,
type varchar(20) NOT NULL DEFAULT 'khac',
status varchar(20) NOT NULL DEFAULT 'new',
channel varchar(20) NOT NULL DEFAULT 'online',
subject varchar(200) NOT NULL DEFAULT '',
content text NOT NULL,
topic varchar(100) NULL,
purpose varchar(200) NULL,
name varchar(100) NOT NULL DEFAULT '',
email varchar(100) NULL,
phone varchar(20) NULL,
address varchar(200) NULL,
consent_text text NOT NULL,
consent_at datetime NULL,
holder_user_id bigint(20) unsigned NULL,
unit_id bigint(20) unsigned NULL,
received_at datetime NOT NULL,
deadline_at datetime NULL,
answered_at datetime NULL,
closed_at datetime NULL,
answer text NULL,
qa_post_id bigint(20) unsigned NULL,
personal_erased_at datetime NULL,
ip_hash char(64) NOT NULL DEFAULT '',
created_by bigint(20) unsigned NULL,
PRIMARY KEY  (id),
UNIQUE KEY code (code),
KEY status_deadline (status,deadline_at),
KEY type (type),
KEY unit_id (unit_id),
KEY received_at (received_at),
KEY email (email),
KEY phone (phone)
) {$charset};",
			"CREATE TABLE {$files} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
feedback_id bigint(20) unsigned NOT NULL,
event_id bigint(20) unsigned NULL,
name varchar(200) NOT NULL DEFAULT '',
mime varchar(100) NOT NULL DEFAULT '',
size bigint(20) unsigned NOT NULL DEFAULT 0,
path varchar(255) NOT NULL DEFAULT '',
created_at datetime NOT NULL,
PRIMARY KEY  (id),
KEY feedback_id (feedback_id)
) {$charset};",
			"CREATE TABLE {$events} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
feedback_id bigint(20) unsigned NOT NULL,
kind varchar(30) NOT NULL DEFAULT '',
user_id bigint(20) unsigned NULL,
unit_id bigint(20) unsigned NULL,
body text NULL,
data longtext NULL,
created_at datetime NOT NULL,
PRIMARY KEY  (id),
KEY feedback_event (feedback_id,id)
) {$charset};",
		);
	}
}
