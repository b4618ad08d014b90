<?php
/**
 * The byline a theme prints on an item: its writer, not the account that posted it.
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use WP_Block;

/**
 * Themes name the WordPress account that posted an item ("Written by <account>", linked to the
 * account's archive): on a portal that is often the board member who published a
 * collaborator's article, beside a source line that names the real writer (Art. 7). Where an
 * item carries a writer (else a source), the theme's byline shows it, as plain text: the
 * account's name, picture, biography and archive address (its login slug) stay private.
 *
 * Block themes: the `core/post-author-name` and `core/post-author` blocks. Classic themes:
 * `the_author` and `the_author_posts_link` in the loop, outside the admin (whose lists name
 * the account).
 *
 * @since 0.1.0
 */
final class Byline implements Hookable {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'render_block_core/post-author-name', array( self::class, 'name_block' ), 10, 3 );
		add_filter( 'render_block_core/post-author', array( self::class, 'author_block' ), 10, 3 );
		add_filter( 'the_author', array( self::class, 'classic_name' ) );
		add_filter( 'the_author_posts_link', array( self::class, 'classic_link' ) );
	}

	/**
	 * Who an item names as its writer: the writer, else the source; '' for a post type without
	 * provenance or an item without either.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return string
	 */
	public static function writer( int $post_id ): string {
		if ( ! $post_id || ! ProvenanceMeta::applies_to( (string) get_post_type( $post_id ) ) ) {
			return '';
		}
		$writer = ProvenanceMeta::text( $post_id, ProvenanceMeta::WRITER );
		return '' !== $writer ? $writer : ProvenanceMeta::text( $post_id, ProvenanceMeta::SOURCE );
	}

	/**
	 * On `render_block_core/post-author-name`: the writer in the block's own wrapper, unlinked.
	 *
	 * @since 0.1.0
	 *
	 * @param string        $content The block's markup.
	 * @param array         $block   The parsed block.
	 * @param WP_Block|null $instance Its instance, whose context names the item.
	 * @return string
	 */
	public static function name_block( $content, $block = array(), $instance = null ) {
		$writer = self::writer( self::item_of( $instance ) );
		return '' === $writer ? $content : self::refill( $content, esc_html( $writer ) );
	}

	/**
	 * On `render_block_core/post-author`: the writer's name alone, in the block's own wrapper
	 * and classes (the account's picture and biography are not the writer's).
	 *
	 * @since 0.1.0
	 *
	 * @param string        $content The block's markup.
	 * @param array         $block   The parsed block.
	 * @param WP_Block|null $instance Its instance, whose context names the item.
	 * @return string
	 */
	public static function author_block( $content, $block = array(), $instance = null ) {
		$writer = self::writer( self::item_of( $instance ) );
		if ( '' === $writer ) {
			return $content;
		}
		return self::refill( $content, '<div class="wp-block-post-author__content"><p class="wp-block-post-author__name">' . esc_html( $writer ) . '</p></div>' );
	}

	/**
	 * On `the_author`: the writer of the item of the loop, on the site's pages and feeds.
	 *
	 * @since 0.1.0
	 *
	 * @param string $name The account's display name.
	 * @return string
	 */
	public static function classic_name( $name ) {
		if ( is_admin() || ! in_the_loop() ) {
			return $name;
		}
		$writer = self::writer( (int) get_the_ID() );
		return '' === $writer ? $name : $writer;
	}

	/**
	 * On `the_author_posts_link`: the writer as plain text, not a link to the account.
	 *
	 * @since 0.1.0
	 *
	 * @param string $link The link.
	 * @return string
	 */
	public static function classic_link( $link ) {
		if ( is_admin() || ! in_the_loop() ) {
			return $link;
		}
		$writer = self::writer( (int) get_the_ID() );
		return '' === $writer ? $link : esc_html( $writer );
	}

	/**
	 * The item a block renders for: its context's, else the current post.
	 *
	 * @param WP_Block|null $instance The block.
	 * @return int
	 */
	private static function item_of( $instance ): int {
		return $instance instanceof WP_Block && isset( $instance->context['postId'] ) ? (int) $instance->context['postId'] : (int) get_the_ID();
	}

	/**
	 * A block's markup with what is inside its outer element replaced.
	 *
	 * @param string $content Markup: one outer element.
	 * @param string $inner   Escaped markup for inside it.
	 * @return string
	 */
	private static function refill( $content, string $inner ) {
		if ( ! is_string( $content ) ) {
			return $content;
		}
		$open  = strpos( $content, '>' );
		$close = strrpos( $content, '</' );
		if ( false === $open || false === $close || $close <= $open ) {
			return $content;
		}
		return substr( $content, 0, $open + 1 ) . $inner . substr( $content, $close );
	}
}
