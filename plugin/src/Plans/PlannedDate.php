<?php
/**
 * Moves an item that is not yet published to another day of the plan calendar.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemTypes;
use WP_Error;
use WP_Post;

/**
 * The date of an item not yet published (a draft, one waiting for approval, a scheduled one)
 * is the day it is planned to go out: the calendar moves it by dragging or through its "move
 * to date" menu. The server decides: only someone who may edit the item moves it, never to a
 * day already past, and never once the item is published (its date is then when it went out,
 * a fact of the record). The time of day is kept. The save goes through `wp_update_post()`,
 * so every rule of an item's save holds: an approval covers the date, so moving an approved
 * item sends it back for approval; a scheduled item stays scheduled, for the new day.
 *
 * @since 0.1.0
 */
final class PlannedDate {

	/**
	 * Statuses of an item whose date is a plan (a scheduled item is not public yet).
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const MOVABLE_STATUSES = array( 'draft', 'pending', 'future' );

	/**
	 * Whether the current user may move the item (and it is still only planned).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post Item.
	 * @return bool
	 */
	public static function movable( WP_Post $post ): bool {
		return in_array( $post->post_status, self::MOVABLE_STATUSES, true ) && current_user_can( 'edit_post', $post->ID );
	}

	/**
	 * Moves an item to a day, keeping its time of day.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id Item.
	 * @param string $day     Day, `Y-m-d`, in the site's time zone.
	 * @return WP_Post|WP_Error The item as saved, or why it was not moved.
	 */
	public function move( int $post_id, string $day ) {
		$post = get_post( $post_id );
		if ( ! $post || ! ItemTypes::covers( $post->post_type ) ) {
			return new WP_Error( 'ttdt_plan_item_not_found', __( 'This item does not exist (it may have been deleted). Reload the calendar.', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		if ( ! current_user_can( 'edit_post', $post->ID ) ) {
			return new WP_Error( 'ttdt_plan_item_forbidden', __( 'You cannot edit this item, so you cannot move its date. Ask its writer or the board member in charge of the topic.', 'ttdt-portal' ), array( 'status' => 403 ) );
		}
		if ( ! in_array( $post->post_status, self::MOVABLE_STATUSES, true ) ) {
			return new WP_Error( 'ttdt_plan_item_published', __( 'This item is already published: its date is the day it went out and cannot be moved. Publish a correction if something must change.', 'ttdt-portal' ), array( 'status' => 409 ) );
		}
		$date = \DateTimeImmutable::createFromFormat( '!Y-m-d', $day, wp_timezone() );
		if ( ! $date || $date->format( 'Y-m-d' ) !== $day ) {
			return PlanErrors::invalid( 'date', __( 'Choose a day of the calendar (yyyy-mm-dd).', 'ttdt-portal' ) );
		}
		$when = $day . ' ' . substr( $post->post_date, 11, 8 );
		// A scheduled item moved to a moment already past would be published at once.
		if ( $day < current_time( 'Y-m-d' ) || ( 'future' === $post->post_status && $when <= current_time( 'mysql' ) ) ) {
			return PlanErrors::invalid( 'date', __( 'This day has already passed. Choose a later day for the planned publication.', 'ttdt-portal' ) );
		}
		$saved = wp_update_post(
			array(
				'ID'            => $post->ID,
				'post_date'     => $when,
				'post_date_gmt' => get_gmt_from_date( $when ),
				'edit_date'     => true,
			),
			true
		);
		if ( is_wp_error( $saved ) ) {
			return $saved;
		}
		return get_post( $post->ID );
	}
}
