<?php
/**
 * Multi-row INSERT statements for the restore.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

/**
 * A restore writes hundreds of thousands of rows; on a busy database server each statement
 * costs a round trip of a millisecond or more whatever its size, so rows are sent many to a
 * statement (up to {@see self::BYTES} of SQL, well under MariaDB's 16 MB packet limit).
 *
 * @since 0.1.0
 */
final class BulkInsert {

	/**
	 * Bytes of SQL per statement.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const BYTES = 1048576;

	/**
	 * Inserts rows that all have the columns of the first one, in as few statements as fit.
	 *
	 * @since 0.1.0
	 *
	 * @param string                           $table  Table with its prefix.
	 * @param array<int, array<string, mixed>> $rows   Column => value (null for NULL).
	 * @param bool                             $ignore Whether to skip rows whose key exists.
	 * @return int|false The auto-increment ID of the first row (0 without one), false when a
	 *                   statement failed.
	 */
	public static function rows( string $table, array $rows, bool $ignore = false ) {
		global $wpdb;

		$first = null;
		if ( ! $rows ) {
			return 0;
		}
		$columns = array_keys( reset( $rows ) );
		$head    = ( $ignore ? 'INSERT IGNORE INTO ' : 'INSERT INTO ' ) . $table . ' (`' . implode( '`, `', $columns ) . '`) VALUES ';
		$values  = array();
		$size    = 0;
		$ok      = true;
		foreach ( $rows as $row ) {
			$tuple = array();
			foreach ( $columns as $column ) {
				$value   = $row[ $column ] ?? null;
				// esc_sql() rather than prepare() per value: the same escaping, without parsing a format each time.
				$tuple[] = null === $value ? 'NULL' : ( is_int( $value ) ? (string) $value : "'" . esc_sql( (string) $value ) . "'" );
			}
			$values[] = '(' . implode( ',', $tuple ) . ')';
			$size    += strlen( end( $values ) );
			if ( $size >= self::BYTES ) {
				$ok     = self::send( $head, $values ) && $ok;
				$first  = $first ?? (int) $wpdb->insert_id;
				$values = array();
				$size   = 0;
			}
		}
		if ( $values ) {
			$ok    = self::send( $head, $values ) && $ok;
			$first = $first ?? (int) $wpdb->insert_id;
		}
		return $ok ? (int) $first : false;
	}

	/**
	 * Sends one statement.
	 *
	 * @param string   $head   `INSERT INTO … VALUES `.
	 * @param string[] $values Prepared tuples.
	 * @return bool
	 */
	private static function send( string $head, array $values ): bool {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- every value prepared by rows(); table and columns are the plugin's own.
		return false !== $wpdb->query( $head . implode( ',', $values ) );
	}
}
