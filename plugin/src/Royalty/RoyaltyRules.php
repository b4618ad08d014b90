<?php
/**
 * The royalty rules of each fiscal year (Art. 10): wages, coefficients, stipends, fees, budget.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

/**
 * One set of rules per fiscal year (the calendar year), stored in one option, each save kept
 * in a history option so the rules a year had at any time can be shown. Lines already
 * finalised keep their amounts whatever the rules become: the ledger stores amounts, never
 * recomputes them.
 *
 * Legal figures change within a year, so the base wage, the divisor of a day's wage and the
 * unit value are dated lists: an item is priced with the value in force on its publication
 * date.
 *
 * Defaults and their sources:
 * - base wage (mức lương cơ sở) 2,340,000 VND/month from 01/07/2024 (Decree 73/2024/NĐ-CP),
 *   2,530,000 from 01/07/2026 (as reported; check the decree before relying on it);
 * - a day's wage = monthly wage ÷ 22 working days, rounded down: Art. 10 caps an item at
 *   "không quá 01 ngày lương mức lương tối thiểu/bài", so the cap never exceeds a day;
 * - one coefficient unit = 10% of the base wage (Decree 18/2014/NĐ-CP, Art. 2);
 * - board stipend 2,000,000 VND a year each for the head, deputies and members (Art. 10);
 * - fees for editing, research and approval, and the budget: set yearly (Art. 10), the
 *   defaults are placeholders to be replaced by the approved estimate.
 *
 * @since 0.1.0
 */
final class RoyaltyRules {

	/**
	 * Option: fiscal year => rules.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OPTION = 'ttdt_royalty_rules';

	/**
	 * Option: every saved version, newest last (not autoloaded).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const HISTORY_OPTION = 'ttdt_royalty_rules_history';

	/**
	 * Action fired after a year's rules were saved.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SAVED_ACTION = 'ttdt_royalty_rules_saved';

	/**
	 * Filter of a year's default rules (a network's province-wide figures).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DEFAULTS_FILTER = 'ttdt_royalty_defaults';

	/**
	 * The rules of a fiscal year: the saved ones, or the defaults.
	 *
	 * @since 0.1.0
	 *
	 * @param int $year Fiscal year.
	 * @return array<string, mixed>
	 */
	public static function for_year( int $year ): array {
		$all = get_option( self::OPTION, array() );
		if ( is_array( $all ) && isset( $all[ $year ] ) && is_array( $all[ $year ] ) ) {
			return array_merge( self::defaults( $year ), $all[ $year ] );
		}
		return self::defaults( $year );
	}

	/**
	 * Whether a year's rules were saved (else the defaults apply).
	 *
	 * @since 0.1.0
	 *
	 * @param int $year Fiscal year.
	 * @return bool
	 */
	public static function is_saved( int $year ): bool {
		$all = get_option( self::OPTION, array() );
		return is_array( $all ) && isset( $all[ $year ] );
	}

	/**
	 * Stores a year's rules (already validated by the schema) and keeps the version.
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $year  Fiscal year.
	 * @param array<string, mixed> $rules Rules.
	 * @return array<string, mixed> The rules stored.
	 */
	public static function save( int $year, array $rules ): array {
		$before = self::for_year( $year );
		$rules  = array_merge( $before, array_intersect_key( $rules, self::defaults( $year ) ) );
		foreach ( array( 'base_wage', 'day_divisor', 'unit_value' ) as $key ) {
			usort( $rules[ $key ], static fn( $a, $b ) => strcmp( $a['from'], $b['from'] ) );
		}
		$all = get_option( self::OPTION, array() );
		$all = is_array( $all ) ? $all : array();

		$all[ $year ] = $rules;
		update_option( self::OPTION, $all, false );

		$history   = get_option( self::HISTORY_OPTION, array() );
		$history   = is_array( $history ) ? $history : array();
		$history[] = array(
			'year'  => $year,
			'at'    => gmdate( 'c' ),
			'user'  => get_current_user_id(),
			'rules' => $rules,
		);
		update_option( self::HISTORY_OPTION, $history, false );

		/**
		 * Fires after a fiscal year's royalty rules were saved.
		 *
		 * @since 0.1.0
		 *
		 * @param int                  $year   Fiscal year.
		 * @param array<string, mixed> $rules  Rules after.
		 * @param array<string, mixed> $before Rules before.
		 */
		do_action( self::SAVED_ACTION, $year, $rules, $before );
		return $rules;
	}

	/**
	 * The saved versions of a year's rules, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @param int $year Fiscal year.
	 * @return array<int, array<string, mixed>>
	 */
	public static function history( int $year ): array {
		$history = get_option( self::HISTORY_OPTION, array() );
		$history = is_array( $history ) ? $history : array();
		return array_values( array_reverse( array_filter( $history, static fn( $entry ) => ( $entry['year'] ?? 0 ) === $year ) ) );
	}

	/**
	 * The value of a dated list in force on a date: the last entry starting on or before it
	 * (the first entry when the date is earlier than all).
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array{from: string, value: int|float}> $values Dated values, oldest first.
	 * @param string                                            $date   `Y-m-d`.
	 * @return int|float
	 */
	public static function value_on( array $values, string $date ) {
		$found = $values[0]['value'] ?? 0;
		foreach ( $values as $entry ) {
			if ( $entry['from'] <= $date ) {
				$found = $entry['value'];
			}
		}
		return $found;
	}

	/**
	 * The rules of a year nobody has set yet.
	 *
	 * @since 0.1.0
	 *
	 * @param int $year Fiscal year.
	 * @return array<string, mixed>
	 */
	public static function defaults( int $year ): array {
		/**
		 * Filters the rules of a year nobody has set yet.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, mixed> $defaults The rules.
		 * @param int                  $year     Fiscal year.
		 */
		return (array) apply_filters( self::DEFAULTS_FILTER, self::built_in( $year ), $year );
	}

	/**
	 * The rules of the regulation and decrees, as the plugin ships them.
	 *
	 * @param int $year Fiscal year.
	 * @return array<string, mixed>
	 */
	private static function built_in( int $year ): array {
		$decree_73 = __( 'Decree 73/2024/NĐ-CP: base salary from 01/07/2024.', 'ttdt-portal' );
		return array(
			'year'         => $year,
			'base_wage'    => array(
				array(
					'from'   => '2024-07-01',
					'value'  => 2340000,
					'source' => $decree_73,
				),
				array(
					'from'   => '2026-07-01',
					'value'  => 2530000,
					'source' => __( 'Base salary reported from 01/07/2026; check the decree.', 'ttdt-portal' ),
				),
			),
			'day_divisor'  => array(
				array(
					'from'   => '2024-01-01',
					'value'  => 22,
					'source' => __( 'Working days in a month; a day\'s wage is the monthly wage divided by it, rounded down (Art. 10: at most one day of wage per item).', 'ttdt-portal' ),
				),
			),
			'unit_value'   => array(
				array(
					'from'   => '2024-07-01',
					'value'  => 234000,
					'source' => __( 'Decree 18/2014/NĐ-CP: one coefficient unit is a tenth of the base salary.', 'ttdt-portal' ),
				),
				array(
					'from'   => '2026-07-01',
					'value'  => 253000,
					'source' => __( 'Decree 18/2014/NĐ-CP: one coefficient unit is a tenth of the base salary.', 'ttdt-portal' ),
				),
			),
			'genres'       => array(
				array( 'key' => 'tin', 'label' => __( 'News item', 'ttdt-portal' ), 'coefficient' => 0.2 ),
				array( 'key' => 'anh', 'label' => __( 'Photo', 'ttdt-portal' ), 'coefficient' => 0.15 ),
				array( 'key' => 'bai', 'label' => __( 'Article', 'ttdt-portal' ), 'coefficient' => 0.4 ),
				array( 'key' => 'phong_su', 'label' => __( 'Report or feature', 'ttdt-portal' ), 'coefficient' => 0.5 ),
				array( 'key' => 'chuyen_de', 'label' => __( 'Special topic', 'ttdt-portal' ), 'coefficient' => 0.6 ),
			),
			'grades'       => array(
				array( 'key' => 'a', 'label' => __( 'Good', 'ttdt-portal' ), 'multiplier' => 1.2 ),
				array( 'key' => 'b', 'label' => __( 'Fair', 'ttdt-portal' ), 'multiplier' => 1.0 ),
				array( 'key' => 'c', 'label' => __( 'Acceptable', 'ttdt-portal' ), 'multiplier' => 0.8 ),
			),
			'stipends'     => array(
				'head'   => 2000000,
				'deputy' => 2000000,
				'member' => 2000000,
			),
			'fees'         => array(
				'editing'  => 20000,
				'research' => 20000,
				'approval' => 10000,
			),
			'budget'       => 30000000,
		);
	}
}
