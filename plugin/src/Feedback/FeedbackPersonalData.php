<?php
/**
 * Finds and erases the citizen's personal data in the feedback tables.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

/**
 * What the privacy exporter, the eraser and the retention run need (Personal Data Protection
 * Law 91/2025/QH15): the items of an address, the items due for erasure, and the erasure that
 * keeps the matter and records it in the item's history.
 *
 * @since 0.1.0
 */
final class FeedbackPersonalData {

	/**
	 * The items, for their history.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $items;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param FeedbackRepository $items The items.
	 */
	public function __construct( FeedbackRepository $items ) {
		$this->items = $items;
	}

	/**
	 * Erases the citizen's personal data from an item, keeping the matter itself (the content
	 * is the commune's record of what was raised and answered).
	 *
	 * @since 0.1.0
	 *
	 * @param int    $id     Item ID.
	 * @param string $reason Why: `request` or `retention`.
	 * @return bool Whether anything was erased.
	 */
	public function erase_personal( int $id, string $reason ): bool {
		global $wpdb;
		$done = $wpdb->update( // phpcs:ignore WordPress.DB -- own table.
			FeedbackTables::table( FeedbackTables::ITEMS ),
			array(
				'name'               => '',
				'email'              => null,
				'phone'              => null,
				'address'            => null,
				'ip_hash'            => '',
				'personal_erased_at' => gmdate( 'Y-m-d H:i:s' ),
			),
			array(
				'id'                 => $id,
				'personal_erased_at' => null,
			)
		);
		if ( ! $done ) {
			return false;
		}
		$this->items->append_event( $id, FeedbackEvent::ERASED, array( 'data' => array( 'reason' => $reason ) ) );
		return true;
	}

	/**
	 * IDs of the items sent with an e-mail address (for the privacy exporter and eraser).
	 *
	 * @since 0.1.0
	 *
	 * @param string $email Address.
	 * @return int[]
	 */
	public function ids_by_email( string $email ): array {
		global $wpdb;
		$email = ContactNormalizer::email( $email );
		if ( '' === $email ) {
			return array();
		}
		$table = FeedbackTables::table( FeedbackTables::ITEMS );
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE email = %s ORDER BY id LIMIT 500", $email ) ) ); // phpcs:ignore WordPress.DB -- own table.
	}

	/**
	 * IDs of items whose personal data are due for erasure: still present, and the item's
	 * last step (closed, answered, else received) before the given time.
	 *
	 * @since 0.1.0
	 *
	 * @param string $before UTC `Y-m-d H:i:s`.
	 * @param int    $limit  Most IDs.
	 * @return int[]
	 */
	public function ids_due_for_erasure( string $before, int $limit ): array {
		global $wpdb;
		$table = FeedbackTables::table( FeedbackTables::ITEMS );
		// phpcs:ignore WordPress.DB -- own table.
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE personal_erased_at IS NULL AND COALESCE(closed_at, answered_at, received_at) < %s ORDER BY id LIMIT %d", $before, $limit ) ) );
	}
}
