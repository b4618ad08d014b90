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
 * (its default configuration, unit "đồng"; amounts below a million tỉ): "một trăm lẻ một", "hai mươi mốt", "mười lăm",
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
	 * Names of the groups of three digits, from the right; after "tỉ" they repeat.
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
		$digits = (string) $number;
		$digits = str_pad( $digits, (int) ceil( strlen( $digits ) / 3 ) * 3, '0', STR_PAD_LEFT );
		$groups = str_split( $digits, 3 );
		$count  = count( $groups );
		$words  = array();
		foreach ( $groups as $index => $group ) {
			$position = $count - 1 - $index;
			if ( '000' === $group ) {
				continue;
			}
			// The leading group is read short ("mười lăm"), the others in full ("không trăm…").
			$words[] = self::group( $group, 0 === $index );
			$name    = self::group_name( $position );
			if ( '' !== $name && '000' !== $group ) {
				$words[] = $name;
			}
		}
		return trim( (string) preg_replace( '/\s+/', ' ', implode( ' ', $words ) ) );
	}

	/**
	 * Name of a group position: "", nghìn, triệu, tỉ, nghìn tỉ, triệu tỉ, tỉ tỉ…
	 *
	 * @param int $position Position from the right, 0 for units.
	 * @return string
	 */
	private static function group_name( int $position ): string {
		return trim( self::GROUPS[ $position % 3 ] . str_repeat( ' ' . self::GROUPS[3], intdiv( $position, 3 ) ) );
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
