<?php
/**
 * Which days the commune's offices work.
 *
 * @package Ttdt
 */

namespace Ttdt\Calendar;

defined( 'ABSPATH' ) || exit;

use DateTimeImmutable;
use Ttdt\Settings\Settings;

/**
 * Saturdays and Sundays are off (public servants work a 40-hour week), and so are the public
 * holidays; the days an administrator entered from the government's yearly notice override both
 * (a `work` day makes up for a bridged day, an `off` day bridges a holiday to a weekend).
 *
 * @since 0.1.0
 */
final class WorkCalendar {

	/**
	 * Holidays.
	 *
	 * @var PublicHolidays
	 */
	private PublicHolidays $holidays;

	/**
	 * Swap days: `Y-m-d` => [ type `off`|`work`, note ].
	 *
	 * @var array<string, array{type: string, note: string}>
	 */
	private array $swaps = array();

	/**
	 * Holidays computed so far, by year.
	 *
	 * @var array<int, array<string, array{name: string, kind: string}>>
	 */
	private array $years = array();

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param PublicHolidays                                           $holidays Holidays.
	 * @param array<int, array{date: string, type: string, note?: string}> $swaps    Swap days.
	 */
	public function __construct( PublicHolidays $holidays, array $swaps = array() ) {
		$this->holidays = $holidays;
		foreach ( $swaps as $swap ) {
			$this->swaps[ (string) $swap['date'] ] = array(
				'type' => 'work' === $swap['type'] ? 'work' : 'off',
				'note' => (string) ( $swap['note'] ?? '' ),
			);
		}
	}

	/**
	 * The calendar the portal's settings describe.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings.
	 * @return self
	 */
	public static function from_settings( Settings $settings ): self {
		$tet_days = (array) $settings->get( 'tet_days' );
		return new self(
			new PublicHolidays( $tet_days ? $tet_days : PublicHolidays::DEFAULT_TET_DAYS, (string) $settings->get( 'national_day_extra' ) ),
			(array) $settings->get( 'swap_days' )
		);
	}

	/**
	 * Why a day is not a working day, or null when it is one.
	 *
	 * @since 0.1.0
	 *
	 * @param DateTimeImmutable $day The day (its time is ignored).
	 * @return array{kind: string, name: string}|null Kind: `weekend`, `holiday`, `compensatory` or `swap`.
	 */
	public function day_off( DateTimeImmutable $day ): ?array {
		$date = $day->format( 'Y-m-d' );
		if ( isset( $this->swaps[ $date ] ) ) {
			$swap = $this->swaps[ $date ];
			if ( 'work' === $swap['type'] ) {
				return null;
			}
			return array(
				'kind' => 'swap',
				'name' => '' !== $swap['note'] ? $swap['note'] : __( 'Day off announced by the government', 'ttdt-portal' ),
			);
		}

		$holidays = $this->holidays_of( (int) $day->format( 'Y' ) );
		if ( isset( $holidays[ $date ] ) ) {
			return $holidays[ $date ];
		}

		$weekday = (int) $day->format( 'N' );
		if ( $weekday >= 6 ) {
			return array(
				'kind' => 'weekend',
				'name' => 6 === $weekday ? __( 'Saturday', 'ttdt-portal' ) : __( 'Sunday', 'ttdt-portal' ),
			);
		}
		return null;
	}

	/**
	 * Days off of a year other than weekends: holidays, compensatory days and swap days.
	 *
	 * @since 0.1.0
	 *
	 * @param int $year Gregorian year.
	 * @return array<int, array{date: string, kind: string, name: string}> By date.
	 */
	public function days_off_in( int $year ): array {
		$days = $this->holidays_of( $year );
		foreach ( $this->swaps as $date => $swap ) {
			if ( str_starts_with( $date, sprintf( '%04d-', $year ) ) ) {
				$days[ $date ] = array(
					'kind' => 'work' === $swap['type'] ? 'swap_work' : 'swap',
					'name' => '' !== $swap['note'] ? $swap['note'] : ( 'work' === $swap['type']
						? __( 'Working day announced by the government', 'ttdt-portal' )
						: __( 'Day off announced by the government', 'ttdt-portal' ) ),
				);
			}
		}
		ksort( $days );

		$list = array();
		foreach ( $days as $date => $day ) {
			$list[] = array( 'date' => $date ) + $day;
		}
		return $list;
	}

	/**
	 * Holidays of a year, computed once.
	 *
	 * @param int $year Gregorian year.
	 * @return array<string, array{name: string, kind: string}>
	 */
	private function holidays_of( int $year ): array {
		if ( ! isset( $this->years[ $year ] ) ) {
			$this->years[ $year ] = $this->holidays->for_year( $year );
		}
		return $this->years[ $year ];
	}
}
