<?php
/**
 * Tells a user, on their next admin screen, why an item they saved was not published.
 *
 * @package Ttdt
 */

namespace Ttdt\Publishing;

defined( 'ABSPATH' ) || exit;

use WP_Error;

/**
 * Classic saves redirect after the save, so the reasons wait in a short-lived transient.
 *
 * @since 0.1.0
 */
final class BlockedNotice {

	/**
	 * Transient name prefix; the user ID is appended.
	 *
	 * @var string
	 */
	private const TRANSIENT = 'ttdt_publish_blocked_';

	/**
	 * Stores the reasons for the user, after those not shown yet (one request can keep several
	 * items from going live).
	 *
	 * @since 0.1.0
	 *
	 * @param int      $user_id User who saved.
	 * @param WP_Error $errors  Reasons.
	 */
	public static function remember( int $user_id, WP_Error $errors ): void {
		if ( $user_id ) {
			$waiting = get_transient( self::TRANSIENT . $user_id );
			$messages = array_values( array_unique( array_merge( is_array( $waiting ) ? $waiting : array(), $errors->get_error_messages() ) ) );
			set_transient( self::TRANSIENT . $user_id, $messages, 10 * MINUTE_IN_SECONDS );
		}
	}

	/**
	 * Prints and forgets the stored reasons.
	 *
	 * @since 0.1.0
	 */
	public static function render(): void {
		$user_id  = get_current_user_id();
		$messages = get_transient( self::TRANSIENT . $user_id );
		if ( ! is_array( $messages ) || ! $messages ) {
			return;
		}
		delete_transient( self::TRANSIENT . $user_id );
		echo '<div class="notice notice-error"><p><strong>' . esc_html__( 'The item was saved as a draft and not published:', 'ttdt-portal' ) . '</strong></p><ul>';
		foreach ( $messages as $message ) {
			echo '<li>' . esc_html( $message ) . '</li>';
		}
		echo '</ul></div>';
	}
}
