<?php
/**
 * Calendar weeks of the quota: Monday to Sunday, in the site's time zone.
 *
 * @package Ttdt
 */

namespace Ttdt\Quota;

defined( 'ABSPATH' ) || exit;

use DateInterval;
use DateTimeImmutable;

/**
 * The regulation counts "per week" the way Vietnamese offices do: Monday to Sunday. The site's
 * time zone decides where midnight is, so an item published on Sunday at 23:30 in Hanoi
 * counts for that week even though it is already Monday somewhere else.
 *
 * @since 0.1.0
 */
final class QuotaWeek {

	/**
	 * Midnight at the start of the Monday of the week a moment falls in (same time zone).
	 *
	 * @since 0.1.0
	 *
	 * @param DateTimeImmutable $moment Any moment, in the site's time zone.
	 * @return DateTimeImmutable
	 */
	public static function start( DateTimeImmutable $moment ): DateTimeImmutable {
		$day = $moment->setTime( 0, 0 );
		return $day->sub( new DateInterval( 'P' . ( (int) $day->format( 'N' ) - 1 ) . 'D' ) );
	}

	/**
	 * The Mondays of the last `$count` weeks, oldest first, ending with the week of `$now`.
	 *
	 * @since 0.1.0
	 *
	 * @param DateTimeImmutable $now   Now, in the site's time zone.
	 * @param int               $count Number of weeks.
	 * @return DateTimeImmutable[]
	 */
	public static function last( DateTimeImmutable $now, int $count ): array {
		$current = self::start( $now );
		$weeks   = array();
		for ( $back = $count - 1; $back >= 0; $back-- ) {
			$weeks[] = $current->sub( new DateInterval( 'P' . ( 7 * $back ) . 'D' ) );
		}
		return $weeks;
	}

	/**
	 * The Sunday that ends the week starting on a Monday.
	 *
	 * @since 0.1.0
	 *
	 * @param DateTimeImmutable $monday Start of the week.
	 * @return DateTimeImmutable
	 */
	public static function end( DateTimeImmutable $monday ): DateTimeImmutable {
		return $monday->add( new DateInterval( 'P6D' ) );
	}
}
