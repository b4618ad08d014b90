<?php
/**
 * The approval deadline of one item, from its receipt and the portal's settings.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use DateTimeImmutable;
use DateTimeZone;
use Ttdt\Calendar\Deadline;
use Ttdt\Calendar\WorkCalendar;
use Ttdt\Settings\Settings;

/**
 * Computed when asked rather than stored, so a change of the rule (days, calendar or working
 * days, a swap day announced late) applies to every item still waiting.
 *
 * @since 0.1.0
 */
final class ItemDeadline {

	/**
	 * Settings service.
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * Calculator, built on first use.
	 *
	 * @var Deadline|null
	 */
	private ?Deadline $deadline = null;

	/**
	 * Working calendar, built on first use.
	 *
	 * @var WorkCalendar|null
	 */
	private ?WorkCalendar $calendar = null;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings service.
	 */
	public function __construct( Settings $settings ) {
		$this->settings = $settings;
	}

	/**
	 * The last day to approve an item, or null while no receipt is recorded.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return string|null `Y-m-d`.
	 */
	public function of( int $post_id ): ?string {
		$date = Receipt::of( $post_id )['date'];
		if ( null === $date ) {
			return null;
		}
		if ( ! $this->deadline ) {
			$this->deadline = new Deadline( $this->calendar() );
		}
		return $this->deadline->calculate( $date, (int) $this->settings->get( 'approval_days' ), (string) $this->settings->get( 'approval_day_mode' ) )['deadline'];
	}

	/**
	 * Whether a deadline has passed: the period ends with its last day, in the site's time.
	 *
	 * @since 0.1.0
	 *
	 * @param string|null $deadline `Y-m-d`.
	 * @return bool
	 */
	public static function has_passed( ?string $deadline ): bool {
		return null !== $deadline && current_datetime()->format( 'Y-m-d' ) > $deadline;
	}

	/**
	 * How much time is left before a deadline, counted as the portal counts the deadline
	 * itself, so the editor can say "còn 2 ngày làm việc" without knowing the holidays.
	 *
	 * The days left are the days after today up to and including the deadline (0: the deadline
	 * is today); once it has passed, the calendar days since it.
	 *
	 * @since 0.1.0
	 *
	 * @param string $deadline `Y-m-d`.
	 * @return array{days: int, unit: string, overdue: bool} Unit: `working` or `calendar`.
	 */
	public function time_left( string $deadline ): array {
		$timezone = new DateTimeZone( 'UTC' );
		$today    = new DateTimeImmutable( current_datetime()->format( 'Y-m-d' ), $timezone );
		$last     = new DateTimeImmutable( $deadline, $timezone );
		$unit     = 'working' === (string) $this->settings->get( 'approval_day_mode' ) ? 'working' : 'calendar';
		if ( $last < $today ) {
			return array(
				'days'    => (int) $last->diff( $today )->days,
				'unit'    => 'calendar',
				'overdue' => true,
			);
		}
		if ( 'calendar' === $unit ) {
			return array(
				'days'    => (int) $today->diff( $last )->days,
				'unit'    => $unit,
				'overdue' => false,
			);
		}
		$days = 0;
		for ( $day = $today->modify( '+1 day' ); $day <= $last; $day = $day->modify( '+1 day' ) ) {
			if ( null === $this->calendar()->day_off( $day ) ) {
				++$days;
			}
		}
		return array(
			'days'    => $days,
			'unit'    => $unit,
			'overdue' => false,
		);
	}

	/**
	 * The portal's working calendar.
	 *
	 * @return WorkCalendar
	 */
	private function calendar(): WorkCalendar {
		if ( ! $this->calendar ) {
			$this->calendar = WorkCalendar::from_settings( $this->settings );
		}
		return $this->calendar;
	}
}
