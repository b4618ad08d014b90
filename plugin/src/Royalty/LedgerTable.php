<?php
/**
 * The royalty ledger's own table.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Table;

/**
 * One row per amount owed to one person: a writer's royalty (or share of it), a fee, a
 * stipend, an adjustment or the reversal of a finalised line. Amounts are signed integers of
 * đồng (a reversal is negative).
 *
 * Indexes follow the questions asked of the lines: a year's lines by month (the line list),
 * by payee, an item's lines, one person's own lines. The dashboard and the statements do not
 * read the lines but their running totals ({@see LedgerTotals}), kept in the same transaction.
 *
 * @since 0.1.0
 */
final class LedgerTable extends Table {

	/**
	 * Table name without the site prefix.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_royalty_lines';

	/**
	 * Option holding the version of the table definition last applied.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VERSION_OPTION = 'ttdt_royalty_schema_version';

	/**
	 * Bump when the definition below changes (2: the indexes cover the dashboard and the
	 * statement; 3: the running totals of {@see LedgerTotals}).
	 *
	 * @var int
	 */
	protected const VERSION = 3;

	/**
	 * {@inheritDoc}
	 */
	protected static function definitions(): array {
		$table   = self::name();
		$charset = self::charset();
		return array(
			"CREATE TABLE {$table} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
fiscal_year smallint(5) unsigned NOT NULL,
period char(7) NOT NULL,
accrued_on date NOT NULL,
kind varchar(20) NOT NULL,
status varchar(10) NOT NULL DEFAULT 'open',
item_id bigint(20) unsigned NOT NULL DEFAULT 0,
genre varchar(20) NOT NULL DEFAULT '',
grade varchar(20) NOT NULL DEFAULT '',
payee_user_id bigint(20) unsigned NOT NULL DEFAULT 0,
payee_collaborator_id bigint(20) unsigned NOT NULL DEFAULT 0,
payee_name varchar(190) NOT NULL DEFAULT '',
share_percent tinyint(3) unsigned NOT NULL DEFAULT 100,
amount bigint(20) NOT NULL DEFAULT 0,
computed_amount bigint(20) NOT NULL DEFAULT 0,
note varchar(500) NOT NULL DEFAULT '',
reverses_id bigint(20) unsigned NOT NULL DEFAULT 0,
created_at datetime NOT NULL,
created_by bigint(20) unsigned NOT NULL DEFAULT 0,
finalised_at datetime NULL,
paid_at datetime NULL,
PRIMARY KEY  (id),
KEY year_period_genre (fiscal_year,period,kind,status,genre,amount),
KEY year_payee_totals (fiscal_year,payee_name,payee_user_id,period,kind,amount,item_id),
KEY payee_period (payee_user_id,period),
KEY item (item_id,kind)
) {$charset};",
			// The totals are created with the lines.
			LedgerTotals::definition( $charset ),
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function installed(): void {
		// The totals are counted once from any lines already there.
		LedgerTotals::rebuild();
	}
}
