<?php
/**
 * A block's markup without the white space a template's indentation leaves between its tags.
 *
 * @package Ttdt
 */

namespace Ttdt\Blocks;

defined( 'ABSPATH' ) || exit;

/**
 * After rendering a block template, core passes over its whole markup once more (texturize,
 * smilies, image tags), at a cost for every tag and every text node (3,000–7,000 instructions
 * each, issue 10): the indentation of a template is one text node between every two tags. Only for
 * markup whose layout ignores that space, blocks laid out in block, grid and flex boxes:
 * between two inline elements it is a visible space. Text beside a tag is left alone.
 *
 * @since 0.1.0
 */
final class TightMarkup {

	/**
	 * Starts capturing a block's markup.
	 *
	 * @since 0.1.0
	 */
	public static function start(): void {
		ob_start();
	}

	/**
	 * Prints the markup captured since {@see self::start()}, without white space between tags.
	 *
	 * @since 0.1.0
	 */
	public static function end(): void {
		// phpcs:ignore WordPress.Security.EscapeOutput -- the template's own markup, escaped there; only white space is removed.
		echo preg_replace( '/>[ \t\r\n]+</', '><', (string) ob_get_clean() );
	}
}
