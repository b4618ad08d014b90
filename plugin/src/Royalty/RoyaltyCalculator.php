<?php
/**
 * The arithmetic of royalties: cap, coefficients, shares, stipend proration, rounding.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use DateTimeImmutable;

/**
 * Pure functions on integers, so every path (publishing, adjusting, the tests) prices alike.
 *
 * Rounding, stated once: every amount is a whole number of đồng. An item's royalty is
 * coefficient × grade multiplier × unit value, rounded half up to the đồng (coefficients and
 * multipliers count in hundredths, so no floating point is involved); the cap is one day's
 * wage, the monthly wage divided by the divisor rounded DOWN (so the cap never exceeds a
 * day); the cap always wins. Shares among writers split the item's amount by largest
 * remainder, so they add up to it exactly. A prorated stipend is rounded half up.
 *
 * @since 0.1.0
 */
final class RoyaltyCalculator {

	/**
	 * One day's wage on a date: the cap of an item published that day (Art. 10).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $rules Rules of the year.
	 * @param string               $date  `Y-m-d`.
	 * @return int
	 */
	public static function day_cap( array $rules, string $date ): int {
		$wage    = (int) RoyaltyRules::value_on( $rules['base_wage'], $date );
		$divisor = max( 1, (int) RoyaltyRules::value_on( $rules['day_divisor'], $date ) );
		return intdiv( $wage, $divisor );
	}

	/**
	 * The royalty of an item.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $rules Rules of the year.
	 * @param string               $date  Publication date, `Y-m-d`.
	 * @param string               $genre Genre key.
	 * @param string               $grade Grade key.
	 * @return array{amount: int, uncapped: int, cap: int, capped: bool}|null Null for an unknown genre or grade.
	 */
	public static function item( array $rules, string $date, string $genre, string $grade ): ?array {
		$coefficient = self::find( $rules['genres'], $genre, 'coefficient' );
		$multiplier  = self::find( $rules['grades'], $grade, 'multiplier' );
		if ( null === $coefficient || null === $multiplier ) {
			return null;
		}
		$unit     = (int) RoyaltyRules::value_on( $rules['unit_value'], $date );
		$raw      = self::hundredths( $coefficient ) * self::hundredths( $multiplier ) * $unit;
		$uncapped = intdiv( $raw + 5000, 10000 );
		$cap      = self::day_cap( $rules, $date );
		return array(
			'amount'   => min( $uncapped, $cap ),
			'uncapped' => $uncapped,
			'cap'      => $cap,
			'capped'   => $uncapped > $cap,
		);
	}

	/**
	 * Splits an amount by weights, by largest remainder: the parts add up to the amount, and
	 * ties go to the earlier writer.
	 *
	 * @since 0.1.0
	 *
	 * @param int   $amount  Amount.
	 * @param int[] $weights Positive weights (percent, or 1 each for equal shares).
	 * @return int[] Parts, in the order of the weights.
	 */
	public static function shares( int $amount, array $weights ): array {
		$weights = array_values( array_map( static fn( $w ) => max( 0, (int) $w ), $weights ) );
		$total   = array_sum( $weights );
		if ( ! $weights || $total <= 0 ) {
			return array();
		}
		$parts      = array();
		$remainders = array();
		foreach ( $weights as $index => $weight ) {
			$parts[ $index ]      = intdiv( $amount * $weight, $total );
			$remainders[ $index ] = ( $amount * $weight ) % $total;
		}
		$left  = $amount - array_sum( $parts );
		$order = array_keys( $remainders );
		usort( $order, static fn( $a, $b ) => $remainders[ $b ] <=> $remainders[ $a ] ?: $a <=> $b );
		for ( $i = 0; $i < $left; $i++ ) {
			++$parts[ $order[ $i % count( $order ) ] ];
		}
		return $parts;
	}

	/**
	 * A yearly stipend prorated by the part of the fiscal year the term covers, by days.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $yearly     Yearly amount.
	 * @param int    $year       Fiscal year.
	 * @param string $term_start First day of the term, `Y-m-d` ('' for before the year).
	 * @param string $term_end   Last day of the term, `Y-m-d` ('' for after the year).
	 * @return int
	 */
	public static function stipend( int $yearly, int $year, string $term_start, string $term_end ): int {
		$first = sprintf( '%04d-01-01', $year );
		$last  = sprintf( '%04d-12-31', $year );
		$from  = '' === $term_start || $term_start < $first ? $first : $term_start;
		$until = '' === $term_end || $term_end > $last ? $last : $term_end;
		if ( $until < $from ) {
			return 0;
		}
		$days_in_year = self::days( $first, $last );
		$days         = self::days( $from, $until );
		return intdiv( 2 * $yearly * $days + $days_in_year, 2 * $days_in_year );
	}

	/**
	 * Days from one date to another, both included.
	 *
	 * @param string $from  `Y-m-d`.
	 * @param string $until `Y-m-d`.
	 * @return int
	 */
	private static function days( string $from, string $until ): int {
		return (int) ( new DateTimeImmutable( $from ) )->diff( new DateTimeImmutable( $until ) )->days + 1;
	}

	/**
	 * A coefficient or multiplier in hundredths.
	 *
	 * @param float|int $value Value.
	 * @return int
	 */
	private static function hundredths( $value ): int {
		return (int) round( (float) $value * 100 );
	}

	/**
	 * A number of an entry of a keyed list.
	 *
	 * @param array<int, array<string, mixed>> $list  Entries with `key`.
	 * @param string                           $key   Key sought.
	 * @param string                           $field Field read.
	 * @return float|null
	 */
	private static function find( array $list, string $key, string $field ): ?float {
		foreach ( $list as $entry ) {
			if ( ( $entry['key'] ?? '' ) === $key ) {
				return (float) $entry[ $field ];
			}
		}
		return null;
	}
}
