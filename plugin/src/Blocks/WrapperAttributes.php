<?php
/**
 * The wrapper attributes of the plugin's blocks shown once per item of a list.
 *
 * @package Ttdt
 */

namespace Ttdt\Blocks;

defined( 'ABSPATH' ) || exit;

use WP_Block_Supports;

/**
 * `get_block_wrapper_attributes()` asks every registered block support for its part, about
 * 90,000 instructions a block: on a home page of ten items that shows each one's source, 0.9 M
 * of the 13.8 M instructions the plugin added to it. A block with no attribute set (a hooked
 * block always, a placed one until the editor styles it) gets the same answer each time, so it
 * is worked out once per block type and extra attributes; a block with attributes is asked for
 * each time.
 *
 * @since 0.1.0
 */
final class WrapperAttributes {

	/**
	 * Answers for blocks without attributes: block name and extra attributes => attributes.
	 *
	 * @var array<string, string>
	 */
	private static array $plain = array();

	/**
	 * The wrapper attributes of the block being rendered, as `get_block_wrapper_attributes()`.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $extra Extra attributes, as core's function takes them.
	 * @return string
	 */
	public static function of( array $extra = array() ): string {
		// What core's function reads: the block's parsed attributes, not the prepared ones a
		// render file gets (which drop invalid values and add defaults).
		$block = WP_Block_Supports::$block_to_render;
		if ( ! is_array( $block ) || ! empty( $block['attrs'] ) ) {
			return get_block_wrapper_attributes( $extra );
		}
		$key = (string) ( $block['blockName'] ?? '' ) . "\n" . wp_json_encode( $extra );
		return self::$plain[ $key ] ??= get_block_wrapper_attributes( $extra );
	}
}
