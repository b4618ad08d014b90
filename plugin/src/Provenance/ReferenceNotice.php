<?php
/**
 * Makes sure the "Tin tham khảo" notice is shown once with every reference item's content.
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

use Ttdt\Blocks\OnDemandBlocks;
use Ttdt\Support\Hookable;
use WP_Block;

/**
 * The `ttdt/reference-label` block is hooked before `core/post-content` in block themes, but
 * a template edited in the Site Editor can drop it (Block Hooks then records it as ignored)
 * and a theme may print the content without it. So the content block itself carries the
 * notice whenever the block did not render for that item first; the block, placed anywhere
 * (before, after, twice), renders the notice once per item and request. Whether it shows
 * depends only on the item's stored flag, never on the content.
 *
 * @since 0.1.0
 */
final class ReferenceNotice implements Hookable {

	/**
	 * Name of the notice block.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const BLOCK = 'ttdt/reference-label';

	/**
	 * Items whose notice was printed in this request.
	 *
	 * @var array<int, true>
	 */
	private static array $shown = array();

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'render_block_core/post-content', array( $this, 'before_content' ), 10, 3 );
	}

	/**
	 * Puts the notice before a reference item's content when no notice block came first.
	 *
	 * @since 0.1.0
	 *
	 * @param string        $content  Rendered content block.
	 * @param array         $block    Parsed block.
	 * @param WP_Block|null $instance Block instance, with the item in its context.
	 * @return string
	 */
	public function before_content( $content, $block = array(), $instance = null ) {
		$post_id = $instance instanceof WP_Block && isset( $instance->context['postId'] ) ? (int) $instance->context['postId'] : (int) get_the_ID();
		if ( ! is_string( $content ) || ! self::due( $post_id ) ) {
			return $content;
		}
		if ( ! OnDemandBlocks::ensure( self::BLOCK ) ) {
			return $content;
		}
		$notice = new WP_Block(
			array(
				'blockName'    => self::BLOCK,
				'attrs'        => array(),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			),
			array(
				'postId'   => $post_id,
				'postType' => (string) get_post_type( $post_id ),
			)
		);
		return $notice->render() . $content;
	}

	/**
	 * Whether an item's notice is still to be printed in this request: a reference item whose
	 * notice no block has claimed yet.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return bool
	 */
	public static function due( int $post_id ): bool {
		return $post_id > 0 && ! isset( self::$shown[ $post_id ] ) && ReferenceLabel::is_labelled( $post_id );
	}

	/**
	 * Claims the notice of an item: true the first time in a request, false afterwards, so the
	 * block prints it once however many times a template places it.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return bool
	 */
	public static function claim( int $post_id ): bool {
		if ( isset( self::$shown[ $post_id ] ) ) {
			return false;
		}
		self::$shown[ $post_id ] = true;
		return true;
	}
}
