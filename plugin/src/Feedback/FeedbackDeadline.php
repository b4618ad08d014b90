<?php
/**
 * The answer deadline of a feedback item, per type, on the portal's working calendar.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use DateTimeImmutable;
use Ttdt\Calendar\Deadline;
use Ttdt\Calendar\WorkCalendar;
use Ttdt\Settings\Settings;
use Ttdt\Support\WriteSide;

/**
 * Set when an item is received and again when it is classified (its type may change). Days
 * are counted as the approval deadline counts them (`Calendar/Deadline`: the day of receipt
 * is not counted, a period ends at the end of its last day) and stored as the UTC time of
 * that end, so the inbox sorts and filters on the column.
 *
 * @since 0.1.0
 */
final class FeedbackDeadline implements WriteSide {

	/**
	 * Days per type when the administrator set none: 10 working days for reports and
	 * petitions (as Decree 20/2008 gives for petitions on administrative regulations), 7
	 * for questions, 15 for comments.
	 *
	 * @since 0.1.0
	 * @var array<string, int>
	 */
	public const DEFAULT_DAYS = array(
		'phan_anh'  => 10,
		'kien_nghi' => 10,
		'hoi_dap'   => 7,
		'gop_y'     => 15,
		'khac'      => 10,
	);

	/**
	 * Settings service.
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * Feedback repository.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $items;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings           $settings Settings service.
	 * @param FeedbackRepository $items    Feedback repository.
	 */
	public function __construct( Settings $settings, FeedbackRepository $items ) {
		$this->settings = $settings;
		$this->items    = $items;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( FeedbackIntake::RECEIVED_ACTION, array( $this, 'apply' ) );
	}

	/**
	 * Stores the deadline of an item from its type and receipt.
	 *
	 * @since 0.1.0
	 *
	 * @param int|string $item_id Item ID.
	 */
	public function apply( $item_id ): void {
		$item = $this->items->find( (int) $item_id );
		if ( $item ) {
			$this->items->update( (int) $item['id'], array( 'deadline_at' => $this->for_item( (string) $item['type'], (string) $item['received_at'] ) ) );
		}
	}

	/**
	 * Days allowed for a type.
	 *
	 * @since 0.1.0
	 *
	 * @param string $type Feedback type.
	 * @return int
	 */
	public function days( string $type ): int {
		$days = (array) $this->settings->get( 'feedback_deadline_days' );
		return max( 1, (int) ( $days[ $type ] ?? self::DEFAULT_DAYS[ $type ] ?? self::DEFAULT_DAYS['khac'] ) );
	}

	/**
	 * The deadline of an item: the end of its last day, in UTC.
	 *
	 * @since 0.1.0
	 *
	 * @param string $type        Feedback type.
	 * @param string $received_at Receipt, `Y-m-d H:i:s` UTC.
	 * @return string `Y-m-d H:i:s` UTC.
	 */
	public function for_item( string $type, string $received_at ): string {
		$zone     = wp_timezone();
		$received = ( new DateTimeImmutable( $received_at, new \DateTimeZone( 'UTC' ) ) )->setTimezone( $zone );
		$mode     = $this->settings->get( 'feedback_deadline_working' ) ? 'working' : 'calendar';
		$last     = ( new Deadline( WorkCalendar::from_settings( $this->settings ) ) )->calculate( $received->format( 'Y-m-d' ), $this->days( $type ), $mode )['deadline'];
		$end      = new DateTimeImmutable( $last . ' 23:59:59', $zone );
		return $end->setTimezone( new \DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' );
	}
}
