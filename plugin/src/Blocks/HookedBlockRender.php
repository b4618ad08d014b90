<?php
/**
 * On public page views, renders the plugin's hooked blocks beside their anchor.
 *
 * @package Ttdt
 */

namespace Ttdt\Blocks;

defined( 'ABSPATH' ) || exit;

use WP_Block;

/**
 * Core's Block Hooks (`blockHooks` in `block.json`) insert a hooked block into the markup of
 * each template, pattern and post they read: every block of them is visited and the
 * `hooked_block_types` filter asked four times for it, about 1 ms of a page ({@see HookedBlocks}
 * trims it). A visitor's page needs only the result. There the plugin's blocks are registered
 * without their `before`/`after` hooks, and each is rendered here right beside its anchor when
 * the anchor renders, for the anchor's item: what core would have inserted, unless the anchor
 * lists the block in `metadata.ignoredHookedBlocks` (the Site Editor's note that it was moved
 * or removed), or the block shows nothing for the item ({@see HookedBlocks::shows()}). The
 * editors (REST, the admin) keep core's Block Hooks, so a hooked block is moved or removed
 * there as before.
 *
 * A block hooked as first or last child keeps core's hooks. Core would also leave out a block
 * without `multiple` support that a theme's template already holds: no hooked block of the
 * plugin is such a one on the pages it shows on.
 *
 * @since 0.1.0
 */
final class HookedBlockRender {

	/**
	 * The hooked blocks of each anchor, in registration order: anchor => [ [ block, position ] ].
	 *
	 * @var array<string, array<int, array{0: string, 1: string}>>
	 */
	private static array $hooks = array();

	/**
	 * For a page view, before its blocks are registered and on `block_type_metadata` as each
	 * one is: takes a block's `before` and `after` hooks from core and renders them here.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $metadata The block's `block.json`.
	 * @return array<string, mixed>
	 */
	public static function take_hooks( $metadata ) {
		$name = is_array( $metadata ) ? (string) ( $metadata['name'] ?? '' ) : '';
		if ( ! str_starts_with( $name, 'ttdt/' ) || empty( $metadata['blockHooks'] ) || ! is_array( $metadata['blockHooks'] ) ) {
			return $metadata;
		}
		foreach ( $metadata['blockHooks'] as $anchor => $position ) {
			if ( in_array( $position, array( 'before', 'after' ), true ) ) {
				if ( false === has_filter( "render_block_{$anchor}", array( self::class, 'render_beside' ) ) ) {
					// Last: in core's place the hooked block is a sibling, outside whatever other
					// filters make of the anchor's own markup.
					add_filter( "render_block_{$anchor}", array( self::class, 'render_beside' ), PHP_INT_MAX, 3 );
				}
				if ( ! in_array( array( $name, $position ), self::$hooks[ $anchor ] ?? array(), true ) ) {
					self::$hooks[ $anchor ][] = array( $name, $position );
				}
				unset( $metadata['blockHooks'][ $anchor ] );
			}
		}
		return $metadata;
	}

	/**
	 * On `render_block_{$anchor}`: the anchor's markup with its hooked blocks before and after.
	 *
	 * @since 0.1.0
	 *
	 * @param string        $content      The anchor's markup.
	 * @param array         $parsed_block The anchor.
	 * @param WP_Block|null $anchor       Its instance, whose context names the item.
	 * @return string
	 */
	public static function render_beside( $content, $parsed_block, $anchor = null ) {
		$hooks = self::$hooks[ (string) ( $parsed_block['blockName'] ?? '' ) ] ?? array();
		if ( ! $hooks || ! is_string( $content ) ) {
			return $content;
		}
		$ignored = (array) ( $parsed_block['attrs']['metadata']['ignoredHookedBlocks'] ?? array() );
		$post_id = $anchor instanceof WP_Block && isset( $anchor->context['postId'] ) ? (int) $anchor->context['postId'] : (int) get_the_ID();
		// Looked up once for the item's four hooked blocks: each lookup builds a post object.
		$post_type = (string) get_post_type( $post_id );
		$beside    = array(
			'before' => '',
			'after'  => '',
		);
		foreach ( $hooks as list( $name, $position ) ) {
			if ( ! in_array( $name, $ignored, true ) && HookedBlocks::shows( $name, $post_id, $post_type ) && OnDemandBlocks::ensure( $name ) ) {
				$beside[ $position ] .= self::render( $name, $position, $parsed_block, $post_id, $post_type );
			}
		}
		return $beside['before'] . $content . $beside['after'];
	}

	/**
	 * Renders a hooked block for an item, through the filters core applies to one it inserted.
	 *
	 * @param string $name         Block name.
	 * @param string $position     'before' or 'after'.
	 * @param array  $parsed_block The anchor.
	 * @param int    $post_id      The item.
	 * @param string $post_type    Its post type.
	 * @return string
	 */
	private static function render( string $name, string $position, array $parsed_block, int $post_id, string $post_type ): string {
		$block = array(
			'blockName'    => $name,
			'attrs'        => array(),
			'innerBlocks'  => array(),
			'innerHTML'    => '',
			'innerContent' => array(),
		);
		// The post object only for a filter that would read it: building it costs each item.
		if ( has_filter( 'hooked_block' ) || has_filter( "hooked_block_{$name}" ) ) {
			$post = get_post( $post_id );
			/** This filter is documented in wp-includes/blocks.php */
			$block = apply_filters( 'hooked_block', $block, $name, $position, $parsed_block, $post );
			/** This filter is documented in wp-includes/blocks.php */
			$block = apply_filters( "hooked_block_{$name}", $block, $name, $position, $parsed_block, $post );
			if ( ! is_array( $block ) ) {
				return '';
			}
		}
		/** This filter is documented in wp-includes/blocks.php */
		$pre_render = apply_filters( 'pre_render_block', null, $block, null );
		if ( null !== $pre_render ) {
			return (string) $pre_render;
		}
		/** This filter is documented in wp-includes/blocks.php */
		$block = apply_filters( 'render_block_data', $block, $block, null );
		$context = array(
			'postId'   => $post_id,
			'postType' => $post_type,
		);
		/** This filter is documented in wp-includes/blocks.php */
		$context = apply_filters( 'render_block_context', $context, $block, null );
		return ( new WP_Block( $block, $context ) )->render();
	}
}
