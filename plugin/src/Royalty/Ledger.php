<?php
/**
 * Writes royalty lines: records, adjustments, reversals, finalising, payment.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditLog;
use Ttdt\Support\Transaction;
use WP_Error;

/**
 * The only code that writes the ledger table (and its running totals, {@see LedgerTotals}). A line is `open` until its period is
 * finalised, then `final`, then `paid`; only open lines change. A finalised line is corrected
 * by a reversal (the negative of its amount, in the current month) and, if needed, a new
 * line with the right amount. Every write is in the audit log, in the same transaction.
 *
 * @since 0.1.0
 */
final class Ledger {

	/**
	 * Kinds of line.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const KINDS = array( 'royalty', 'fee_editing', 'fee_research', 'fee_approval', 'stipend', 'reversal' );

	/**
	 * Statuses of a line.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const STATUSES = array( 'open', 'final', 'paid' );

	/**
	 * Adds a line (in the caller's transaction).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $line Columns: kind, accrued_on, amount, payee…, item_id, genre, grade, note.
	 * @return int The new line's ID, 0 when not stored.
	 */
	public static function add( array $line ): int {
		global $wpdb;

		$accrued = (string) $line['accrued_on'];
		$row     = array(
			'fiscal_year'           => (int) substr( $accrued, 0, 4 ),
			'period'                => Period::of_date( $accrued ),
			'accrued_on'            => substr( $accrued, 0, 10 ),
			'kind'                  => (string) $line['kind'],
			'status'                => 'open',
			'item_id'               => (int) ( $line['item_id'] ?? 0 ),
			'genre'                 => (string) ( $line['genre'] ?? '' ),
			'grade'                 => (string) ( $line['grade'] ?? '' ),
			'payee_user_id'         => (int) ( $line['payee_user_id'] ?? 0 ),
			'payee_collaborator_id' => (int) ( $line['payee_collaborator_id'] ?? 0 ),
			'payee_name'            => mb_substr( (string) ( $line['payee_name'] ?? '' ), 0, 190 ),
			'share_percent'         => (int) ( $line['share_percent'] ?? 100 ),
			'amount'                => (int) $line['amount'],
			'computed_amount'       => (int) ( $line['computed_amount'] ?? $line['amount'] ),
			'note'                  => mb_substr( (string) ( $line['note'] ?? '' ), 0, 500 ),
			'reverses_id'           => (int) ( $line['reverses_id'] ?? 0 ),
			'created_at'            => gmdate( 'Y-m-d H:i:s' ),
			'created_by'            => get_current_user_id(),
		);
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		if ( ! $wpdb->insert( LedgerTable::name(), $row ) ) {
			return 0;
		}
		$id = (int) $wpdb->insert_id;
		if ( ! LedgerTotals::added( $row + array( 'id' => $id ) ) ) {
			return 0;
		}
		AuditLog::record( 'royalty.line_added', 'royalty_line', $id, self::summary( $row ), null, array_intersect_key( $row, array_flip( array( 'kind', 'amount', 'payee_name', 'item_id', 'period', 'note' ) ) ) );
		return $id;
	}

	/**
	 * One line, or null.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Line ID.
	 * @return array<string, mixed>|null
	 */
	public static function get( int $id ): ?array {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', LedgerTable::name(), $id ), ARRAY_A );
		return is_array( $row ) ? $row : null;
	}

	/**
	 * Lines of an item of the given kinds.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $item_id Item.
	 * @param string[] $kinds   Kinds.
	 * @return array<int, array<string, mixed>>
	 */
	public static function of_item( int $item_id, array $kinds ): array {
		global $wpdb;
		$in = implode( ',', array_fill( 0, count( $kinds ), '%s' ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table; `$in` is only placeholders.
		return (array) $wpdb->get_results( $wpdb->prepare( "SELECT * FROM %i WHERE item_id = %d AND kind IN ($in) ORDER BY id", LedgerTable::name(), $item_id, ...$kinds ), ARRAY_A );
	}

	/**
	 * Changes the amount of an open line, with a reason. A royalty line stays within the cap
	 * of its item: the item's royalty lines together never exceed one day's wage.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $id     Line ID.
	 * @param int    $amount New amount, ≥ 0.
	 * @param string $reason Why.
	 * @return array<string, mixed>|WP_Error The line after the change.
	 */
	public static function adjust( int $id, int $amount, string $reason ) {
		return Transaction::run(
			static function () use ( $id, $amount, $reason ) {
				global $wpdb;
				$line = self::get( $id );
				if ( ! $line ) {
					return self::not_found();
				}
				if ( 'open' !== $line['status'] ) {
					return new WP_Error( 'ttdt_royalty_locked', __( 'This line belongs to a finalised period and cannot change. Record a reversal instead.', 'ttdt-portal' ), array( 'status' => 409 ) );
				}
				if ( 'royalty' === $line['kind'] && $line['item_id'] ) {
					$cap    = self::item_cap( (int) $line['item_id'], (string) $line['accrued_on'] );
					$others = array_sum( array_column( array_filter( self::of_item( (int) $line['item_id'], array( 'royalty' ) ), static fn( $l ) => (int) $l['id'] !== $id ), 'amount' ) );
					if ( $others + $amount > $cap ) {
						/* translators: %s: the cap, e.g. "106.363 đ". */
						return new WP_Error( 'ttdt_royalty_cap', sprintf( __( 'An item\'s royalty cannot exceed one day\'s wage (%s). Enter a smaller amount.', 'ttdt-portal' ), Money::format( $cap ) ), array( 'status' => 400 ) );
					}
				}
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
				$updated = $wpdb->update(
					LedgerTable::name(),
					array(
						'amount' => $amount,
						'note'   => mb_substr( $reason, 0, 500 ),
					),
					array(
						'id'     => $id,
						'status' => 'open',
					)
				);
				// The totals move only when the line did (not when a finalising got there first).
				if ( false === $updated || ( $updated && ! LedgerTotals::adjusted( $line, $amount ) ) ) {
					return Transaction::database_error();
				}
				AuditLog::record( 'royalty.line_adjusted', 'royalty_line', $id, self::summary( $line ), array( 'amount' => (int) $line['amount'] ), array( 'amount' => $amount, 'reason' => $reason ) );
				return self::get( $id );
			}
		);
	}

	/**
	 * Reverses a finalised (or paid) line, and records the corrected amount when given.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $id        Line ID.
	 * @param string   $reason    Why.
	 * @param int|null $corrected The right amount, or null to cancel the line.
	 * @return array<int, array<string, mixed>>|WP_Error The new lines.
	 */
	public static function reverse( int $id, string $reason, ?int $corrected ) {
		return Transaction::run(
			static function () use ( $id, $reason, $corrected ) {
				$line = self::get( $id );
				if ( ! $line ) {
					return self::not_found();
				}
				if ( 'open' === $line['status'] ) {
					return new WP_Error( 'ttdt_royalty_open', __( 'This line is not finalised yet: change its amount instead of reversing it.', 'ttdt-portal' ), array( 'status' => 409 ) );
				}
				if ( 'reversal' === $line['kind'] || self::is_reversed( $id ) ) {
					return new WP_Error( 'ttdt_royalty_reversed', __( 'This line was already reversed or is itself a reversal. Correct the newest line instead.', 'ttdt-portal' ), array( 'status' => 409 ) );
				}
				$today = current_datetime()->format( 'Y-m-d' );
				$base  = array_intersect_key( $line, array_flip( array( 'item_id', 'genre', 'grade', 'payee_user_id', 'payee_collaborator_id', 'payee_name', 'share_percent' ) ) );
				$ids   = array(
					self::add(
						array_merge(
							$base,
							array(
								'kind'            => 'reversal',
								'accrued_on'      => $today,
								'amount'          => -(int) $line['amount'],
								'computed_amount' => -(int) $line['amount'],
								'reverses_id'     => $id,
								'note'            => $reason,
							)
						)
					),
				);
				if ( null !== $corrected ) {
					$ids[] = self::add(
						array_merge(
							$base,
							array(
								'kind'            => $line['kind'],
								'accrued_on'      => $today,
								'amount'          => $corrected,
								'computed_amount' => (int) $line['computed_amount'],
								'note'            => $reason,
							)
						)
					);
				}
				return in_array( 0, $ids, true ) ? Transaction::database_error() : array_map( array( self::class, 'get' ), $ids );
			}
		);
	}

	/**
	 * Finalises (`open` → `final`) or marks paid (`final` → `paid`) every line of a period.
	 *
	 * @since 0.1.0
	 *
	 * @param string $period Period (`2026-03`, `2026-Q1`, `2026`).
	 * @param string $to     `final` or `paid`.
	 * @return int|WP_Error Number of lines changed.
	 */
	public static function close( string $period, string $to ) {
		$months = Period::months( $period );
		if ( ! $months ) {
			return new WP_Error( 'ttdt_royalty_period', __( 'Choose a month, a quarter or a year.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		return Transaction::run(
			static function () use ( $months, $period, $to ) {
				global $wpdb;
				$from   = 'paid' === $to ? 'final' : 'open';
				$column = 'paid' === $to ? 'paid_at' : 'finalised_at';
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
				$count = $wpdb->query( $wpdb->prepare( 'UPDATE %i SET status = %s, %i = %s WHERE status = %s AND period BETWEEN %s AND %s', LedgerTable::name(), $to, $column, gmdate( 'Y-m-d H:i:s' ), $from, $months[0], $months[1] ) );
				// Lines moved from one status to another in bulk: recount the period's totals.
				if ( false === $count || ! LedgerTotals::rebuild( $months[0], $months[1] ) ) {
					return Transaction::database_error();
				}
				AuditLog::record( 'paid' === $to ? 'royalty.period_paid' : 'royalty.period_finalised', 'royalty_period', 0, $period, null, array( 'lines' => (int) $count ) );
				return (int) $count;
			}
		);
	}

	/**
	 * The cap of an item published on a date.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $item_id Item.
	 * @param string $date    `Y-m-d`.
	 * @return int
	 */
	public static function item_cap( int $item_id, string $date ): int {
		return RoyaltyCalculator::day_cap( RoyaltyRules::for_year( (int) substr( $date, 0, 4 ) ), $date );
	}

	/**
	 * Whether a line has a reversal.
	 *
	 * @param int $id Line ID.
	 * @return bool
	 */
	private static function is_reversed( int $id ): bool {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		return (bool) $wpdb->get_var( $wpdb->prepare( 'SELECT 1 FROM %i WHERE reverses_id = %d LIMIT 1', LedgerTable::name(), $id ) );
	}

	/**
	 * The not-found error.
	 *
	 * @return WP_Error
	 */
	private static function not_found(): WP_Error {
		return new WP_Error( 'ttdt_royalty_no_line', __( 'There is no such royalty line. Reload the list and try again.', 'ttdt-portal' ), array( 'status' => 404 ) );
	}

	/**
	 * Audit summary of a line.
	 *
	 * @param array<string, mixed> $line Line.
	 * @return string
	 */
	private static function summary( array $line ): string {
		$kind = (string) $line['kind'];
		return sprintf( '%s — %s — %s', $line['payee_name'], LedgerSchema::kind_labels()[ $kind ] ?? $kind, Money::format( (int) $line['amount'] ) );
	}
}
