<?php
/**
 * Base of the plugin's own database tables.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

/**
 * What every table of the plugin shares: its definitions are applied with `dbDelta()` once
 * per version (an option of the site holds the version last applied), so bumping `VERSION`
 * brings existing tables up to date on the next request. A subclass sets the constants
 * `VERSION_OPTION` (public), `VERSION` and, when it holds one table, `NAME` (read by
 * {@see self::name()}); it returns its `CREATE TABLE` statements from
 * {@see self::definitions()} and is listed once in {@see Tables::ALL}, which installs it on
 * every request, on every site of a network and when a site is created there.
 *
 * @since 0.1.0
 */
abstract class Table {

	/**
	 * The `CREATE TABLE` statements, in dbDelta's format (two spaces after PRIMARY KEY, one
	 * definition per line).
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	abstract protected static function definitions(): array;

	/**
	 * Runs after the definitions were applied and before the version is stored: a table that
	 * copies data kept elsewhere fills itself here.
	 *
	 * @since 0.1.0
	 */
	protected static function installed(): void {
	}

	/**
	 * Creates or upgrades the tables when their definitions are newer than the installed ones.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed>|null $options The site's autoloaded options, when the caller
	 *                                           read them: asked on every request, for each
	 *                                           table, a version is read there without the
	 *                                           three filters of `get_option()`.
	 */
	public static function maybe_install( ?array $options = null ): void {
		$stored = $options[ static::VERSION_OPTION ] ?? get_option( static::VERSION_OPTION );
		if ( (int) $stored !== static::VERSION ) {
			static::install();
		}
	}

	/**
	 * Creates or upgrades the tables.
	 *
	 * @since 0.1.0
	 */
	public static function install(): void {
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		dbDelta( static::definitions() );
		static::installed();
		update_option( static::VERSION_OPTION, static::VERSION );
	}

	/**
	 * The full name of the table of a class that holds one (`NAME`, without the prefix).
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function name(): string {
		return self::prefixed( static::NAME );
	}

	/**
	 * The full name of a table: the site's prefix, then the name.
	 *
	 * @since 0.1.0
	 *
	 * @param string $name Table name without the prefix.
	 * @return string
	 */
	protected static function prefixed( string $name ): string {
		global $wpdb;
		return $wpdb->prefix . $name;
	}

	/**
	 * The site's charset and collation clause.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	protected static function charset(): string {
		global $wpdb;
		return $wpdb->get_charset_collate();
	}

	/**
	 * InnoDB and utf8mb4 whatever the site's default: for tables of Vietnamese names and text
	 * (characters outside the BMP too) written in transactions.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	protected static function utf8mb4(): string {
		global $wpdb;
		return 'ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4' . ( $wpdb->collate && str_starts_with( $wpdb->collate, 'utf8mb4' ) ? " COLLATE {$wpdb->collate}" : '' );
	}
}
