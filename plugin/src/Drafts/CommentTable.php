<?php
/**
 * The table of citizens' comments on drafts.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * Comments carry a name and a contact (personal data) and are for the board, not for the
 * public: WordPress comments would be public by default, listed by `/wp/v2/comments`, feeds
 * and every theme. So they live in the plugin's own table, read only behind a capability
 * check, like citizen feedback ({@see \Ttdt\Feedback\FeedbackTables}).
 *
 * @since 0.1.0
 */
final class CommentTable implements Hookable {

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
	private const VERSION = 1;

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( self::class, 'maybe_install' ), 1 );
	}

	/**
	 * Creates or upgrades the table when its definition is newer than the installed one.
	 *
	 * @since 0.1.0
	 */
	public static function maybe_install(): void {
		if ( (int) get_option( self::VERSION_OPTION ) !== self::VERSION ) {
			self::install();
		}
	}

	/**
	 * The full table name.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function table(): string {
		global $wpdb;
		return $wpdb->prefix . self::NAME;
	}

	/**
	 * Creates or upgrades the table.
	 *
	 * @since 0.1.0
	 */
	public static function install(): void {
		global $wpdb;

		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$table = self::table();
		// utf8mb4 whatever the site's default: names and comments are Vietnamese.
		$charset = 'ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4' . ( $wpdb->collate && str_starts_with( $wpdb->collate, 'utf8mb4' ) ? " COLLATE {$wpdb->collate}" : '' );

		// dbDelta's format: two spaces after PRIMARY KEY, one definition per line.
		dbDelta(
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
) {$charset};"
		);
		update_option( self::VERSION_OPTION, self::VERSION );
	}
}
