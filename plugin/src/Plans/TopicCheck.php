<?php
/**
 * Checks a topic's values against its plan.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Units\UnitPostType;
use WP_Error;

/**
 * What the schema cannot say: the topic's period lies inside its plan's, and someone is in
 * charge of it — a board member's account or a unit (`ttdt_unit`) that exists.
 *
 * @since 0.1.0
 */
final class TopicCheck {

	/**
	 * The first problem of a topic's values, or null when they are right.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $plan   Plan row.
	 * @param array<string, mixed> $fields The topic's values after the change.
	 * @return WP_Error|null
	 */
	public static function problem( array $plan, array $fields ): ?WP_Error {
		if ( '' === trim( (string) ( $fields['title'] ?? '' ) ) ) {
			return PlanErrors::invalid( 'title', __( 'Enter the topic.', 'ttdt-portal' ) );
		}
		list( $first, $last ) = PlanPeriod::bounds( (string) $plan['period'], (int) $plan['year'] );
		$starts               = (string) ( $fields['starts_on'] ?? '' );
		$ends                 = (string) ( $fields['ends_on'] ?? '' );
		if ( ! self::is_date( $starts ) || ! self::is_date( $ends ) || $starts > $ends ) {
			return PlanErrors::invalid( 'ends_on', __( 'Enter the first and last day of the topic, the last not before the first.', 'ttdt-portal' ) );
		}
		if ( $starts < $first || $ends > $last ) {
			return PlanErrors::invalid(
				'starts_on',
				sprintf(
					/* translators: 1: first day of the plan, 2: last day, both dd/mm/yyyy. */
					__( 'The topic\'s period must lie inside the plan, from %1$s to %2$s.', 'ttdt-portal' ),
					wp_date( 'd/m/Y', strtotime( $first ) ),
					wp_date( 'd/m/Y', strtotime( $last ) )
				)
			);
		}
		$assignee = (int) ( $fields['assignee_id'] ?? 0 );
		$unit     = (int) ( $fields['unit_id'] ?? 0 );
		if ( ! $assignee && ! $unit ) {
			return PlanErrors::invalid( 'assignee_id', __( 'Choose the board member or the unit in charge of the topic.', 'ttdt-portal' ) );
		}
		if ( $assignee && ! user_can( $assignee, 'edit_posts' ) ) {
			return PlanErrors::invalid( 'assignee_id', __( 'The member in charge must be someone who writes items. Choose a board member from the list.', 'ttdt-portal' ) );
		}
		if ( $unit && UnitPostType::NAME !== get_post_type( $unit ) ) {
			return PlanErrors::invalid( 'unit_id', __( 'This unit does not exist. Choose a unit from the list.', 'ttdt-portal' ) );
		}
		return null;
	}

	/**
	 * Whether a value is a real day, `Y-m-d`.
	 *
	 * @param string $value Value.
	 * @return bool
	 */
	private static function is_date( string $value ): bool {
		$parts = explode( '-', $value );
		return 1 === preg_match( '/^\d{4}-\d{2}-\d{2}$/', $value ) && checkdate( (int) $parts[1], (int) $parts[2], (int) $parts[0] );
	}
}
