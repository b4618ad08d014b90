<?php
/**
 * Amounts of money as Vietnamese documents print them.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

/**
 * `2.000.000 đ`: dots between thousands, the sign of the đồng after a space.
 *
 * @since 0.1.0
 */
final class Money {

	/**
	 * Formats an amount.
	 *
	 * @since 0.1.0
	 *
	 * @param int $amount Amount in đồng.
	 * @return string
	 */
	public static function format( int $amount ): string {
		return ( $amount < 0 ? '-' : '' ) . number_format( abs( $amount ), 0, ',', '.' ) . ' đ';
	}
}
