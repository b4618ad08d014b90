<?php
/**
 * The approval deadline of one item, from its receipt and the portal's settings.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

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
			$this->deadline = new Deadline( WorkCalendar::from_settings( $this->settings ) );
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
}
