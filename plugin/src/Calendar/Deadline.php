<?php
/**
 * The approval deadline of an item: its receipt date plus a number of days.
 *
 * @package Ttdt
 */

namespace Ttdt\Calendar;

defined( 'ABSPATH' ) || exit;

use DateTimeImmutable;
use DateTimeZone;

/**
 * Art. 8.1: the board approves "within 3 days of receipt". As in the Civil Code 2015
 * (Art. 147–148), the day of receipt is not counted, and the period ends at the end of its last
 * day. Days are either:
 *
 * - `calendar` days: every day counts, but a period whose last day is a day off ends at the end
 *   of the next working day (Civil Code Art. 148.5);
 * - `working` days: only working days count.
 *
 * @since 0.1.0
 */
final class Deadline {

	/**
	 * Day-counting modes.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const MODES = array( 'calendar', 'working' );

	/**
	 * More days off in a row than this means a broken calendar; stop rather than loop.
	 *
	 * @var int
	 */
	private const MAX_DAYS_OFF = 60;

	/**
	 * Working calendar.
	 *
	 * @var WorkCalendar
	 */
	private WorkCalendar $calendar;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param WorkCalendar $calendar Working calendar.
	 */
	public function __construct( WorkCalendar $calendar ) {
		$this->calendar = $calendar;
	}

	/**
	 * Computes the last day on which the item may be approved in time.
	 *
	 * @since 0.1.0
	 *
	 * @param string $received Receipt date, `Y-m-d` (the date in the site's time zone).
	 * @param int    $days     Number of days (at least 1).
	 * @param string $mode     `calendar` or `working`.
	 * @return array{deadline: string, days_off: array<int, array{date: string, kind: string, name: string}>}
	 *         The deadline (`Y-m-d`) and the days off that were skipped or that moved it.
	 */
	public function calculate( string $received, int $days, string $mode ): array {
		$day      = new DateTimeImmutable( $received, new DateTimeZone( 'UTC' ) );
		$days     = max( 1, $days );
		$days_off = array();
		$note     = static function ( DateTimeImmutable $date, array $off ) use ( &$days_off ): void {
			$days_off[] = array( 'date' => $date->format( 'Y-m-d' ) ) + $off;
		};

		if ( 'working' === $mode ) {
			$counted = 0;
			$skipped = 0;
			while ( $counted < $days && $skipped <= self::MAX_DAYS_OFF ) {
				$day = $day->modify( '+1 day' );
				$off = $this->calendar->day_off( $day );
				if ( null === $off ) {
					++$counted;
					$skipped = 0;
				} else {
					$note( $day, $off );
					++$skipped;
				}
			}
		} else {
			$day     = $day->modify( '+' . $days . ' days' );
			$skipped = 0;
			$off     = $this->calendar->day_off( $day );
			while ( null !== $off && $skipped <= self::MAX_DAYS_OFF ) {
				$note( $day, $off );
				$day = $day->modify( '+1 day' );
				$off = $this->calendar->day_off( $day );
				++$skipped;
			}
		}

		return array(
			'deadline' => $day->format( 'Y-m-d' ),
			'days_off' => $days_off,
		);
	}
}
