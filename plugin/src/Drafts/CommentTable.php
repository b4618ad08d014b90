<?php
/**
 * The table of citizens' comments on drafts.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Table;

/**
 * Comments carry a name and a contact (personal data) and are for the board, not for the
 * public: WordPress comments would be public by default, listed by `/wp/v2/comments`, feeds
 * and every theme. So they live in the plugin's own table, read only behind a capability
 * check, like citizen feedback ({@see \Ttdt\Feedback\FeedbackTables}).
 *
 * @since 0.1.0
 */
final class CommentTable extends Table {

	/**
	 * Table name without the site prefix.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_draft_comments';

	/**
	 * Option holding the version of the definition last applied.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VERSION_OPTION = 'ttdt_draft_comments_version';

	/**
	 * Bump when the definition below changes; dbDelta then brings the table up to date.
	 *
	 * @var int
	 */
	protected const VERSION = 1;

	/**
	 * The full table name.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function table(): string {
		return self::prefixed( self::NAME );
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function definitions(): array {
		$table = self::table();
		// utf8mb4 whatever the site's default: names and comments are Vietnamese.
		$charset = self::utf8mb4();
		return array(
			"CREATE TABLE {$table} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
draft_id bigint(20) unsigned NOT NULL,
status varchar(20) NOT NULL DEFAULT 'new',
name varchar(100) NOT NULL DEFAULT '',
email varchar(100) NULL,
phone varchar(20) NULL,
content text NOT NULL,
consent_text text NOT NULL,
consent_at datetime NULL,
ip_hash char(64) NOT NULL DEFAULT '',
received_at datetime NOT NULL,
PRIMARY KEY  (id),
KEY draft_received (draft_id,received_at)
) {$charset};",
		);
	}
}
