<?php
/**
 * Running totals of the royalty ledger, kept beside the lines.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

/**
 * One row per fiscal year, month, kind, status, genre and payee, carrying the number of
 * lines, their sum and the number of items written. The dashboard and the statements read
 * these few hundred rows instead of summing a year's 200,000 lines on every request (two index
 * scans of the whole year took 200–320 ms; see `scripts/bench/royalty.php`).
 *
 * Only {@see Ledger} writes lines, and it keeps these totals in the same transaction: a new
 * line is added to its row (an upsert on the unique key), an adjustment moves its row by the
 * difference, and finalising or paying a period — which moves lines from one status to
 * another in bulk — recomputes that period's rows from the lines. `rebuild()` recomputes any
 * range; the table is rebuilt whole when it is created.
 *
 * "Items written" counts a payee's royalty lines net of their reversals (a writer has one
 * royalty line per item, a share when several wrote it), so a corrected item still counts once
 * and a cancelled one not at all.
 *
 * @since 0.1.0
 */
final class LedgerTotals {

	/**
	 * Table name without the site prefix.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_royalty_totals';

	/**
	 * The table's full name.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function name(): string {
		global $wpdb;
		return $wpdb->prefix . self::NAME;
	}

	/**
	 * The table's definition, for `dbDelta()` (run by {@see LedgerTable::install()}).
	 *
	 * @since 0.1.0
	 *
	 * @param string $charset Charset and collation clause.
	 * @return string
	 */
	public static function definition( string $charset ): string {
		$table = self::name();
		return "CREATE TABLE {$table} (
fiscal_year smallint(5) unsigned NOT NULL,
period char(7) NOT NULL,
kind varchar(20) NOT NULL,
status varchar(10) NOT NULL,
genre varchar(20) NOT NULL DEFAULT '',
payee_user_id bigint(20) unsigned NOT NULL DEFAULT 0,
payee_name varchar(190) NOT NULL DEFAULT '',
line_count int(10) unsigned NOT NULL DEFAULT 0,
amount bigint(20) NOT NULL DEFAULT 0,
items int(11) NOT NULL DEFAULT 0,
UNIQUE KEY grain (fiscal_year,period,kind,status,genre,payee_user_id,payee_name)
) {$charset};";
	}

	/**
	 * Adds a new line to its row.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $row The line as stored.
	 * @return bool Whether the totals were written.
	 */
	public static function added( array $row ): bool {
		global $wpdb;
		$items = 0;
		if ( 'royalty' === $row['kind'] && (int) $row['item_id'] > 0 ) {
			$items = 1;
		} elseif ( 'reversal' === $row['kind'] && (int) $row['item_id'] > 0 ) {
			$reversed = Ledger::get( (int) $row['reverses_id'] );
			$items    = $reversed && 'royalty' === $reversed['kind'] ? -1 : 0;
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		return false !== $wpdb->query(
			$wpdb->prepare(
				'INSERT INTO %i (fiscal_year, period, kind, status, genre, payee_user_id, payee_name, line_count, amount, items) VALUES (%d, %s, %s, %s, %s, %d, %s, 1, %d, %d)
				ON DUPLICATE KEY UPDATE line_count = line_count + 1, amount = amount + VALUES(amount), items = items + VALUES(items)',
				self::name(),
				(int) $row['fiscal_year'],
				(string) $row['period'],
				(string) $row['kind'],
				(string) $row['status'],
				(string) $row['genre'],
				(int) $row['payee_user_id'],
				(string) $row['payee_name'],
				(int) $row['amount'],
				$items
			)
		);
	}

	/**
	 * Moves a line's row by the change of its amount.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $line       The line before the change.
	 * @param int                  $new_amount Its new amount.
	 * @return bool Whether the totals were written.
	 */
	public static function adjusted( array $line, int $new_amount ): bool {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		return false !== $wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET amount = amount + %d WHERE fiscal_year = %d AND period = %s AND kind = %s AND status = %s AND genre = %s AND payee_user_id = %d AND payee_name = %s',
				self::name(),
				$new_amount - (int) $line['amount'],
				(int) $line['fiscal_year'],
				(string) $line['period'],
				(string) $line['kind'],
				(string) $line['status'],
				(string) $line['genre'],
				(int) $line['payee_user_id'],
				(string) $line['payee_name']
			)
		);
	}

	/**
	 * Recomputes the rows of the months from `$from` to `$to` (`2026-01`…`2026-12`) from the
	 * lines, or of every month when both are empty.
	 *
	 * @since 0.1.0
	 *
	 * @param string $from First month.
	 * @param string $to   Last month.
	 * @return bool Whether the totals were written.
	 */
	public static function rebuild( string $from = '', string $to = '' ): bool {
		global $wpdb;
		$lines = LedgerTable::name();
		$range = '' === $from ? '1=1' : $wpdb->prepare( 'period BETWEEN %s AND %s', $from, $to );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table; the range is prepared above.
		$deleted = $wpdb->query( $wpdb->prepare( "DELETE FROM %i WHERE {$range}", self::name() ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own tables; the range is prepared above.
		$inserted = $wpdb->query(
			$wpdb->prepare(
				"INSERT INTO %i (fiscal_year, period, kind, status, genre, payee_user_id, payee_name, line_count, amount, items)
				SELECT l.fiscal_year, l.period, l.kind, l.status, l.genre, l.payee_user_id, l.payee_name, COUNT(*), SUM(l.amount),
					SUM(CASE WHEN l.item_id = 0 THEN 0 WHEN l.kind = 'royalty' THEN 1 WHEN l.kind = 'reversal' AND r.kind = 'royalty' THEN -1 ELSE 0 END)
				FROM %i l LEFT JOIN %i r ON r.id = l.reverses_id AND l.reverses_id > 0
				WHERE " . str_replace( 'period', 'l.period', $range ) . '
				GROUP BY l.fiscal_year, l.period, l.kind, l.status, l.genre, l.payee_user_id, l.payee_name',
				self::name(),
				$lines,
				$lines
			)
		);
		return false !== $deleted && false !== $inserted;
	}
}
