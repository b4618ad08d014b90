<?php
/**
 * The Vietnamese lunar calendar, computed astronomically.
 *
 * @package Ttdt
 */

namespace Ttdt\Calendar;

defined( 'ABSPATH' ) || exit;

/**
 * Converts between Gregorian and Vietnamese lunar dates with Hồ Ngọc Đức's method: lunar months
 * start on the day of the new moon and the 11th month is the one holding the winter solstice,
 * both taken in Vietnam's time zone (UTC+7), and a year with 13 months repeats the first month
 * without a major solar term. New moons and the sun's longitude follow Jean Meeus'
 * "Astronomical Algorithms". No table is involved, so any year works; the results match the
 * calendar the Vietnamese government publishes (1900–2100 at least).
 *
 * Days are counted as Julian day numbers (integers, noon-based).
 *
 * @since 0.1.0
 */
final class LunarCalendar {

	/**
	 * Vietnam's time zone, in hours east of UTC. (China's calendar, at UTC+8, differs in some years.)
	 *
	 * @since 0.1.0
	 * @var float
	 */
	public const TIME_ZONE = 7.0;

	/**
	 * First and last Gregorian years the calendar converts: the years its formulas are checked
	 * for against published Vietnamese calendars.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const FIRST_YEAR = 1900;
	public const LAST_YEAR  = 2199;

	/**
	 * Julian day number of 1 January 1900, the epoch of the new-moon series below.
	 *
	 * @var float
	 */
	private const EPOCH = 2415021.076998695;

	/**
	 * Mean length of a synodic month, in days.
	 *
	 * @var float
	 */
	private const SYNODIC_MONTH = 29.530588853;

	/**
	 * The lunar date of a Gregorian date.
	 *
	 * @since 0.1.0
	 *
	 * @param int $year  Gregorian year.
	 * @param int $month Gregorian month, 1–12.
	 * @param int $day   Day of the month.
	 * @return array{day: int, month: int, year: int, leap: bool}
	 */
	public static function to_lunar( int $year, int $month, int $day ): array {
		$day_number  = self::julian_day( $year, $month, $day );
		$k           = (int) floor( ( $day_number - self::EPOCH ) / self::SYNODIC_MONTH ) + 1;
		$month_start = self::new_moon_day( $k );
		// The mean-month estimate can be one month ahead when a new moon falls near midnight.
		while ( $month_start > $day_number ) {
			$month_start = self::new_moon_day( --$k );
		}

		// The 11th months around the date fix the lunar year it belongs to.
		$a11 = self::month_11( $year );
		$b11 = $a11;
		if ( $a11 >= $month_start ) {
			$lunar_year = $year;
			$a11        = self::month_11( $year - 1 );
		} else {
			$lunar_year = $year + 1;
			$b11        = self::month_11( $year + 1 );
		}

		$lunar_day   = $day_number - $month_start + 1;
		$diff        = (int) floor( ( $month_start - $a11 ) / 29 );
		$leap        = false;
		$lunar_month = $diff + 11;
		if ( $b11 - $a11 > 365 ) {
			$leap_offset = self::leap_month_offset( $a11 );
			if ( $diff >= $leap_offset ) {
				$lunar_month = $diff + 10;
				$leap        = $diff === $leap_offset;
			}
		}
		if ( $lunar_month > 12 ) {
			$lunar_month -= 12;
		}
		if ( $lunar_month >= 11 && $diff < 4 ) {
			--$lunar_year;
		}

		return array(
			'day'   => $lunar_day,
			'month' => $lunar_month,
			'year'  => $lunar_year,
			'leap'  => $leap,
		);
	}

	/**
	 * The Gregorian date of a lunar date.
	 *
	 * @since 0.1.0
	 *
	 * @param int  $year  Lunar year (the Gregorian year in which it mostly falls).
	 * @param int  $month Lunar month, 1–12.
	 * @param int  $day   Lunar day, 1–30.
	 * @param bool $leap  Whether the month is the leap (repeated) one.
	 * @return array{year: int, month: int, day: int}|null Null when that date does not exist: a
	 *                                                     leap month the year does not have, or
	 *                                                     a 30th day of a 29-day month.
	 */
	public static function to_solar( int $year, int $month, int $day, bool $leap = false ): ?array {
		$k = self::month_index( $year, $month, $leap );
		if ( null === $k ) {
			return null;
		}
		$start = self::new_moon_day( $k );
		// Counting on past the month's last day would give a day of the next month.
		if ( $day < 1 || $day > self::new_moon_day( $k + 1 ) - $start ) {
			return null;
		}
		return self::from_julian_day( $start + $day - 1 );
	}

	/**
	 * How many days a lunar month has (29 or 30), or null when the year has no such month.
	 *
	 * @since 0.1.0
	 *
	 * @param int  $year  Lunar year.
	 * @param int  $month Lunar month, 1–12.
	 * @param bool $leap  Whether the month is the leap one.
	 * @return int|null
	 */
	public static function month_length( int $year, int $month, bool $leap = false ): ?int {
		$k = self::month_index( $year, $month, $leap );
		return null === $k ? null : self::new_moon_day( $k + 1 ) - self::new_moon_day( $k );
	}

	/**
	 * The number of the new moon that begins a lunar month, or null when the year has no such
	 * month (a leap month other than its own, or any leap month in a 12-month year).
	 *
	 * @param int  $year  Lunar year.
	 * @param int  $month Lunar month, 1–12.
	 * @param bool $leap  Whether the month is the leap one.
	 * @return int|null
	 */
	private static function month_index( int $year, int $month, bool $leap ): ?int {
		if ( $month < 1 || $month > 12 ) {
			return null;
		}
		if ( $month < 11 ) {
			$a11 = self::month_11( $year - 1 );
			$b11 = self::month_11( $year );
		} else {
			$a11 = self::month_11( $year );
			$b11 = self::month_11( $year + 1 );
		}
		$k      = (int) floor( 0.5 + ( $a11 - self::EPOCH ) / self::SYNODIC_MONTH );
		$offset = $month - 11;
		if ( $offset < 0 ) {
			$offset += 12;
		}
		if ( $b11 - $a11 > 365 ) {
			$leap_offset = self::leap_month_offset( $a11 );
			$leap_month  = $leap_offset - 2;
			if ( $leap_month < 0 ) {
				$leap_month += 12;
			}
			if ( $leap && $month !== $leap_month ) {
				return null;
			}
			if ( $leap || $offset >= $leap_offset ) {
				++$offset;
			}
		} elseif ( $leap ) {
			return null;
		}
		return $k + $offset;
	}

	/**
	 * Gregorian date of the first day of a lunar year (Tết Nguyên đán).
	 *
	 * @since 0.1.0
	 *
	 * @param int $year Lunar year.
	 * @return array{year: int, month: int, day: int}
	 */
	public static function new_year( int $year ): array {
		return (array) self::to_solar( $year, 1, 1 );
	}

	/**
	 * Julian day number of a Gregorian date (Julian calendar before 15 October 1582).
	 *
	 * @since 0.1.0
	 *
	 * @param int $year  Year.
	 * @param int $month Month, 1–12.
	 * @param int $day   Day.
	 * @return int
	 */
	public static function julian_day( int $year, int $month, int $day ): int {
		$a  = intdiv( 14 - $month, 12 );
		$y  = $year + 4800 - $a;
		$m  = $month + 12 * $a - 3;
		$jd = $day + intdiv( 153 * $m + 2, 5 ) + 365 * $y + intdiv( $y, 4 ) - intdiv( $y, 100 ) + intdiv( $y, 400 ) - 32045;
		if ( $jd < 2299161 ) {
			$jd = $day + intdiv( 153 * $m + 2, 5 ) + 365 * $y + intdiv( $y, 4 ) - 32083;
		}
		return $jd;
	}

	/**
	 * Gregorian date of a Julian day number.
	 *
	 * @since 0.1.0
	 *
	 * @param int $jd Julian day number.
	 * @return array{year: int, month: int, day: int}
	 */
	public static function from_julian_day( int $jd ): array {
		if ( $jd > 2299160 ) {
			$a = $jd + 32044;
			$b = intdiv( 4 * $a + 3, 146097 );
			$c = $a - intdiv( $b * 146097, 4 );
		} else {
			$b = 0;
			$c = $jd + 32082;
		}
		$d = intdiv( 4 * $c + 3, 1461 );
		$e = $c - intdiv( 1461 * $d, 4 );
		$m = intdiv( 5 * $e + 2, 153 );
		return array(
			'year'  => $b * 100 + $d - 4800 + intdiv( $m, 10 ),
			'month' => $m + 3 - 12 * intdiv( $m, 10 ),
			'day'   => $e - intdiv( 153 * $m + 2, 5 ) + 1,
		);
	}

	/**
	 * Moment (Julian day, UTC) of the k-th new moon after 1 January 1900 (Meeus, ch. 49).
	 *
	 * @param int $k New moon index.
	 * @return float
	 */
	private static function new_moon( int $k ): float {
		$t   = $k / 1236.85;
		$t2  = $t * $t;
		$t3  = $t2 * $t;
		$dr  = M_PI / 180;
		$jd1 = 2415020.75933 + 29.53058868 * $k + 0.0001178 * $t2 - 0.000000155 * $t3
			+ 0.00033 * sin( ( 166.56 + 132.87 * $t - 0.009173 * $t2 ) * $dr );
		// Mean anomalies of the sun and the moon, and the moon's argument of latitude.
		$m   = 359.2242 + 29.10535608 * $k - 0.0000333 * $t2 - 0.00000347 * $t3;
		$mpr = 306.0253 + 385.81691806 * $k + 0.0107306 * $t2 + 0.00001236 * $t3;
		$f   = 21.2964 + 390.67050646 * $k - 0.0016528 * $t2 - 0.00000239 * $t3;

		$c1 = ( 0.1734 - 0.000393 * $t ) * sin( $m * $dr ) + 0.0021 * sin( 2 * $dr * $m )
			- 0.4068 * sin( $mpr * $dr ) + 0.0161 * sin( $dr * 2 * $mpr )
			- 0.0004 * sin( $dr * 3 * $mpr )
			+ 0.0104 * sin( $dr * 2 * $f ) - 0.0051 * sin( $dr * ( $m + $mpr ) )
			- 0.0074 * sin( $dr * ( $m - $mpr ) ) + 0.0004 * sin( $dr * ( 2 * $f + $m ) )
			- 0.0004 * sin( $dr * ( 2 * $f - $m ) ) - 0.0006 * sin( $dr * ( 2 * $f + $mpr ) )
			+ 0.0010 * sin( $dr * ( 2 * $f - $mpr ) ) + 0.0005 * sin( $dr * ( 2 * $mpr + $m ) );

		// Difference between dynamical time and universal time.
		if ( $t < -11 ) {
			$delta_t = 0.001 + 0.000839 * $t + 0.0002261 * $t2 - 0.00000845 * $t3 - 0.000000081 * $t * $t3;
		} else {
			$delta_t = -0.000278 + 0.000265 * $t + 0.000262 * $t2;
		}
		return $jd1 + $c1 - $delta_t;
	}

	/**
	 * The sun's apparent longitude, in radians from 0 to 2π, at a moment (Meeus, ch. 25).
	 *
	 * @param float $jdn Julian day (UTC).
	 * @return float
	 */
	private static function sun_longitude( float $jdn ): float {
		$t  = ( $jdn - 2451545.0 ) / 36525;
		$t2 = $t * $t;
		$dr = M_PI / 180;
		$m  = 357.52910 + 35999.05030 * $t - 0.0001559 * $t2 - 0.00000048 * $t * $t2;
		$l0 = 280.46645 + 36000.76983 * $t + 0.0003032 * $t2;
		$dl = ( 1.914600 - 0.004817 * $t - 0.000014 * $t2 ) * sin( $dr * $m )
			+ ( 0.019993 - 0.000101 * $t ) * sin( $dr * 2 * $m ) + 0.000290 * sin( $dr * 3 * $m );
		$l  = ( $l0 + $dl ) * $dr;
		return $l - 2 * M_PI * floor( $l / ( 2 * M_PI ) );
	}

	/**
	 * Julian day number of the local day on which the k-th new moon falls.
	 *
	 * @param int $k New moon index.
	 * @return int
	 */
	private static function new_moon_day( int $k ): int {
		return (int) floor( self::new_moon( $k ) + 0.5 + self::TIME_ZONE / 24 );
	}

	/**
	 * Which of the twelve 30° sectors the sun is in at the start of a local day (0 = from the
	 * spring equinox); sector 9 begins at the winter solstice.
	 *
	 * @param int $day_number Julian day number.
	 * @return int 0–11.
	 */
	private static function sun_sector( int $day_number ): int {
		return (int) floor( self::sun_longitude( $day_number - 0.5 - self::TIME_ZONE / 24 ) / M_PI * 6 );
	}

	/**
	 * First day of the 11th lunar month of a year: the month holding the winter solstice.
	 *
	 * @param int $year Gregorian year.
	 * @return int Julian day number.
	 */
	private static function month_11( int $year ): int {
		$offset = self::julian_day( $year, 12, 31 ) - 2415021;
		$k      = (int) floor( $offset / self::SYNODIC_MONTH );
		$start  = self::new_moon_day( $k );
		if ( self::sun_sector( $start ) >= 9 ) {
			$start = self::new_moon_day( $k - 1 );
		}
		return $start;
	}

	/**
	 * In a 13-month year, how many months after the 11th month the leap month comes: the first
	 * month during which the sun enters no new sector (no major solar term).
	 *
	 * @param int $a11 First day of the 11th month starting the year.
	 * @return int
	 */
	private static function leap_month_offset( int $a11 ): int {
		$k    = (int) floor( ( $a11 - self::EPOCH ) / self::SYNODIC_MONTH + 0.5 );
		$i    = 1;
		$arc  = self::sun_sector( self::new_moon_day( $k + $i ) );
		$last = -1;
		while ( $arc !== $last && $i < 14 ) {
			$last = $arc;
			++$i;
			$arc = self::sun_sector( self::new_moon_day( $k + $i ) );
		}
		return $i - 1;
	}
}
