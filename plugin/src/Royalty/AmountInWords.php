<?php
/**
 * Vietnamese words of an amount of money, for "Bằng chữ" on statements.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

/**
 * Reads an integer amount of đồng the way the admin screen does with `read-vietnamese-number`
 * (its default configuration, unit "đồng"): "một trăm lẻ một", "hai mươi mốt", "mười lăm",
 * "một triệu không trăm lẻ năm nghìn". The printable statement is rendered here in PHP and
 * the screen in TypeScript; `admin-ui/screens/royalty/test/words-parity.test.ts` checks both
 * read the same numbers alike.
 *
 * @since 0.1.0
 */
final class AmountInWords {

	/**
	 * Digit words.
	 *
	 * @var string[]
	 */
	private const DIGITS = array( 'không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín' );

	/**
	 * Names of the groups of three digits, from the right.
	 *
	 * @var string[]
	 */
	private const GROUPS = array( '', 'nghìn', 'triệu', 'tỉ' );

	/**
	 * The words of an amount, with the unit, e.g. "hai tỉ đồng".
	 *
	 * @since 0.1.0
	 *
	 * @param int $amount Amount in đồng (negative amounts read "âm …").
	 * @return string
	 */
	public static function dong( int $amount ): string {
		return self::read( $amount ) . ' đồng';
	}

	/**
	 * The words of a number.
	 *
	 * @since 0.1.0
	 *
	 * @param int $number Number.
	 * @return string
	 */
	public static function read( int $number ): string {
		if ( $number < 0 ) {
			return 'âm ' . self::read( (int) substr( (string) $number, 1 ) );
		}
		if ( 0 === $number ) {
			return self::DIGITS[0];
		}
		return self::words( $number, true );
	}

	/**
	 * The words of a positive number: what is above a billion is read as a number of "tỉ"
	 * (so 4,005,000,000,000 is "bốn nghìn không trăm lẻ năm tỉ"), the rest in groups.
	 *
	 * @param int  $number  Number, > 0.
	 * @param bool $leading Whether nothing is read before it (else every group is read in full).
	 * @return string
	 */
	private static function words( int $number, bool $leading ): string {
		if ( $number >= 1000000000 ) {
			$words = self::words( intdiv( $number, 1000000000 ), $leading ) . ' ' . self::GROUPS[3];
			$lower = $number % 1000000000;
			return $lower > 0 ? $words . ' ' . self::words( $lower, false ) : $words;
		}
		$groups = str_split( str_pad( (string) $number, 9, '0', STR_PAD_LEFT ), 3 );
		$words  = array();
		foreach ( $groups as $index => $group ) {
			if ( '000' === $group ) {
				continue;
			}
			// The leading group is read short ("mười lăm"), the others in full ("không trăm…").
			$words[] = self::group( $group, $leading && ! $words );
			$name    = self::GROUPS[ 2 - $index ];
			if ( '' !== $name ) {
				$words[] = $name;
			}
		}
		return implode( ' ', $words );
	}

	/**
	 * The words of three digits.
	 *
	 * @param string $group Three digits.
	 * @param bool   $first Whether it is the leading group (no "không trăm", no "lẻ").
	 * @return string
	 */
	private static function group( string $group, bool $first ): string {
		$hundreds = (int) $group[0];
		$tens     = (int) $group[1];
		$units    = (int) $group[2];
		$words    = array();
		if ( ! $first || $hundreds > 0 ) {
			$words[] = self::DIGITS[ $hundreds ] . ' trăm';
		}
		$has_hundreds = ! $first || $hundreds > 0;
		if ( 0 === $tens ) {
			if ( $units > 0 ) {
				$words[] = ( $has_hundreds ? 'lẻ ' : '' ) . self::DIGITS[ $units ];
			}
			return implode( ' ', $words );
		}
		$words[] = 1 === $tens ? 'mười' : self::DIGITS[ $tens ] . ' mươi';
		if ( $units > 0 ) {
			$words[] = self::unit_after_tens( $units, $tens );
		}
		return implode( ' ', $words );
	}

	/**
	 * A unit digit after tens: "mốt" after twenty and up, "lăm" after ten and up, "tư" after
	 * twenty and up.
	 *
	 * @param int $units Unit digit, 1–9.
	 * @param int $tens  Tens digit, 1–9.
	 * @return string
	 */
	private static function unit_after_tens( int $units, int $tens ): string {
		if ( 1 === $units && $tens > 1 ) {
			return 'mốt';
		}
		if ( 5 === $units ) {
			return 'lăm';
		}
		if ( 4 === $units && $tens > 1 ) {
			return 'tư';
		}
		return self::DIGITS[ $units ];
	}
}
