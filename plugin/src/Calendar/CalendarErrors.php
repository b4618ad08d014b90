<?php
/**
 * The errors of the calendar routes for dates that do not exist.
 *
 * @package Ttdt
 */

namespace Ttdt\Calendar;

defined( 'ABSPATH' ) || exit;

use WP_Error;

/**
 * A date that does not exist is refused with 400 and a sentence saying why, never turned into
 * a neighbouring date (the 30th of a 29-day lunar month is not the 1st of the next).
 *
 * @since 0.1.0
 */
final class CalendarErrors {

	/**
	 * The error for a lunar date that does not exist: a leap month the year does not have, or
	 * a day past the end of its month (a 29-day month has no 30th).
	 *
	 * @since 0.1.0
	 *
	 * @param int  $year  Lunar year.
	 * @param int  $month Lunar month.
	 * @param int  $day   Day.
	 * @param bool $leap  Whether a leap month was asked for.
	 * @return WP_Error
	 */
	public static function no_such_lunar_date( int $year, int $month, int $day, bool $leap ): WP_Error {
		$length = LunarCalendar::month_length( $year, $month, $leap );
		if ( null === $length ) {
			$message = sprintf(
				/* translators: 1: lunar month, 2: lunar year. */
				__( 'Lunar year %2$d has no leap month %1$d. Check the date; if the month is not a leap month, send it without "leap".', 'ttdt-portal' ),
				$month,
				$year
			);
		} else {
			$message = sprintf(
				/* translators: 1: day, 2: month, 3: lunar year, 4: number of days of that month. */
				__( 'The lunar date %1$d/%2$d/%3$d does not exist: that month has only %4$d days. Check the date on the calendar and enter it again.', 'ttdt-portal' ),
				$day,
				$month,
				$year,
				$length
			);
		}
		return new WP_Error( 'ttdt_invalid_lunar_date', $message, array( 'status' => 400 ) );
	}

	/**
	 * The error for a date outside the years the lunar calendar is computed for.
	 *
	 * @since 0.1.0
	 *
	 * @param string $date The date.
	 * @return WP_Error
	 */
	public static function out_of_range( string $date ): WP_Error {
		return new WP_Error(
			'ttdt_date_out_of_range',
			sprintf(
				/* translators: 1: the date as sent, 2: first year, 3: last year. */
				__( 'The date %1$s is outside the years the calendar covers (%2$d to %3$d). Enter a date in those years.', 'ttdt-portal' ),
				$date,
				LunarCalendar::FIRST_YEAR,
				LunarCalendar::LAST_YEAR
			),
			array( 'status' => 400 )
		);
	}

	/**
	 * The error for a date that does not exist.
	 *
	 * @since 0.1.0
	 *
	 * @param string $date The date.
	 * @return WP_Error
	 */
	public static function no_such_date( string $date ): WP_Error {
		return new WP_Error(
			'ttdt_invalid_date',
			sprintf(
				/* translators: %s: the date as sent. */
				__( 'The date %s does not exist. Enter a real date.', 'ttdt-portal' ),
				$date
			),
			array( 'status' => 400 )
		);
	}
}
