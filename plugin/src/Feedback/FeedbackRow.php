<?php
/**
 * Shapes the rows read from and written to the feedback tables.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

/**
 * `$wpdb` reads every column as a string: IDs become integers here, once, for every reader.
 *
 * @since 0.1.0
 */
final class FeedbackRow {

	/**
	 * Integer columns (cast when read).
	 *
	 * @var string[]
	 */
	private const INTEGERS = array( 'id', 'holder_user_id', 'unit_id', 'qa_post_id', 'created_by', 'feedback_id', 'event_id', 'size', 'user_id' );

	/**
	 * Casts integer columns.
	 *
	 * @param array<string, mixed> $row Row as read.
	 * @return array<string, mixed>
	 */
	public static function cast( array $row ): array {
		foreach ( self::INTEGERS as $column ) {
			if ( isset( $row[ $column ] ) ) {
				$row[ $column ] = (int) $row[ $column ];
			}
		}
		return $row;
	}

	/**
	 * Null for an empty value.
	 *
	 * @param mixed $value Value.
	 * @return string|null
	 */
	public static function nullable( $value ): ?string {
		return null === $value || '' === $value ? null : (string) $value;
	}
}
