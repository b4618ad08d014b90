<?php
/**
 * Shows source, writer and the reference notice with the article in classic themes.
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

use Ttdt\Blocks\OnDemandBlocks;
use Ttdt\Support\Hookable;

/**
 * Block themes get the `ttdt/post-source` and `ttdt/reference-label` blocks through Block Hooks
 * (declared in their `block.json`). Classic themes have no templates to hook into, so the same
 * blocks are rendered around the article's content on its own page.
 *
 * @since 0.1.0
 */
final class ClassicThemeDisplay implements Hookable {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// After `do_blocks` (9) and the default formatting, so the blocks are not filtered twice.
		add_filter( 'the_content', array( $this, 'wrap_content' ), 20 );
	}

	/**
	 * Adds the notice before and the source and writer after the article's content.
	 *
	 * @since 0.1.0
	 *
	 * @param string $content Rendered content.
	 * @return string
	 */
	public function wrap_content( $content ) {
		// Cheap checks first: `wp_is_block_theme()` builds a theme object on every call, and
		// this filter runs for every item of every list.
		if ( ! is_string( $content ) || ! is_singular() || ! in_the_loop() || ! is_main_query() || is_admin() || is_feed() || wp_is_block_theme() ) {
			return $content;
		}
		$post = get_post();
		if ( ! $post || ! ProvenanceMeta::applies_to( $post->post_type ) ) {
			return $content;
		}
		return self::render( 'ttdt/reference-label' ) . $content . self::render( 'ttdt/post-source' );
	}

	/**
	 * Renders a block of this plugin for the current post (`render_block()` gives it the
	 * `postId` context of the global post).
	 *
	 * @param string $name Block name.
	 * @return string
	 */
	private static function render( string $name ): string {
		if ( ! OnDemandBlocks::ensure( $name ) ) {
			return '';
		}
		return render_block(
			array(
				'blockName'    => $name,
				'attrs'        => array(),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}
}
