<?php
/**
 * Keeps the plugin's Block Hooks out of the one pass where they can never insert anything.
 *
 * @package Ttdt
 */

namespace Ttdt\Blocks;

defined( 'ABSPATH' ) || exit;

use Ttdt\Documents\DocumentPostType;
use Ttdt\Documents\ProcedurePostType;
use Ttdt\Drafts\DraftPostType;
use Ttdt\Provenance\ReferenceLabel;
use Ttdt\Support\Hookable;
use WP_Block;
use WP_Block_Type;
use WP_Block_Type_Registry;

/**
 * The plugin's blocks are hooked (`blockHooks` in `block.json`) before or after
 * `core/post-content`, in templates and patterns. Since WordPress 6.8 core also runs the Block
 * Hooks algorithm over every post's content (`the_content` at priority 8): it parses and
 * re-serialises the content either way, but with any hooked block registered it also asks
 * the `hooked_block_types` filter four times for each block, for every post of a list.
 *
 * A post's content is wrapped in a temporary `core/post-content` block whose before/after
 * positions core suppresses, so a block hooked before/after an anchor is only ever inserted
 * where the content itself holds that anchor. While core's pass runs over content without
 * any of the anchors, the plugin's hooked blocks are taken out of the list it reads
 * (`get_hooked_blocks()` reads the registered types) and put back right after: the output
 * is the same, the work is that of a site without hooked blocks.
 *
 * Hooked after the content of every item of a list, most of them show nothing there (the
 * details of a document on a news item); each still costs a block render (filters, block
 * supports, its style enqueued). Those whose item cannot show them are rendered as the
 * empty string they would be, before any of that.
 *
 * @since 0.1.0
 */
final class HookedBlocks implements Hookable {

	/**
	 * Hooks of the plugin's block types taken out for the current pass: name => hooks.
	 *
	 * @var array<string, array<string, string>>
	 */
	private array $suspended = array();

	/**
	 * The plugin's hooked block types, found once per request (re-found if the registry grows).
	 *
	 * @var WP_Block_Type[]
	 */
	private array $types = array();

	/**
	 * How many block types were registered when `$types` was found.
	 *
	 * @var int
	 */
	private int $registered = -1;

	/**
	 * Hooked blocks that show something only on items of these post types.
	 *
	 * @var array<string, string[]>
	 */
	private const POST_TYPES = array(
		'ttdt/item-details'   => array( DocumentPostType::NAME, ProcedurePostType::NAME ),
		'ttdt/draft-comments' => array( DraftPostType::NAME ),
	);

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// Around core's `apply_block_hooks_to_content_from_post_object` (priority 8, added by
		// core before any plugin loads, so the second callback below runs after it and before
		// `do_blocks` at 9).
		add_filter( 'the_content', array( $this, 'suspend' ), 7 );
		add_filter( 'the_content', array( $this, 'resume' ), 8 );
		add_filter( 'pre_render_block', array( $this, 'skip_empty' ), 10, 3 );
	}

	/**
	 * Renders as '' a hooked block its item cannot show, as its `render.php` would return.
	 *
	 * @since 0.1.0
	 *
	 * @param string|null   $pre_render   Markup decided so far (null: render the block).
	 * @param array         $parsed_block The block.
	 * @param WP_Block|null $parent_block Its parent, whose children carry the item's context.
	 * @return string|null
	 */
	public function skip_empty( $pre_render, $parsed_block, $parent_block = null ) {
		$name = is_array( $parsed_block ) ? (string) ( $parsed_block['blockName'] ?? '' ) : '';
		if ( null !== $pre_render || ( ! isset( self::POST_TYPES[ $name ] ) && 'ttdt/reference-label' !== $name ) ) {
			return $pre_render;
		}
		$post_id = self::item_of( $name, $parent_block );
		if ( isset( self::POST_TYPES[ $name ] ) ) {
			$shown = $post_id && in_array( (string) get_post_type( $post_id ), self::POST_TYPES[ $name ], true );
		} else {
			$shown = $post_id && ReferenceLabel::is_labelled( $post_id );
		}
		return $shown ? null : '';
	}

	/**
	 * The item a block would render for, as its `render.php` finds it: the `postId` of its
	 * context (given by the parent to all its children; top-level blocks get the current
	 * post's), else the current post.
	 *
	 * @param string        $name   Block name.
	 * @param WP_Block|null $parent The parent block.
	 * @return int
	 */
	private static function item_of( string $name, $parent ): int {
		if ( $parent instanceof WP_Block ) {
			foreach ( $parent->inner_blocks as $sibling ) {
				if ( $sibling->name === $name && isset( $sibling->context['postId'] ) ) {
					return (int) $sibling->context['postId'];
				}
			}
		}
		return (int) get_the_ID();
	}

	/**
	 * Takes out the hooks of the plugin's blocks whose anchors the content does not hold.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $content The post's content.
	 * @return mixed The content, unchanged.
	 */
	public function suspend( $content ) {
		if ( ! is_string( $content ) || $this->suspended ) {
			return $content;
		}
		foreach ( $this->hooked_types() as $type ) {
			if ( ! self::can_insert_in( $type->block_hooks, $content ) ) {
				$this->suspended[ $type->name ] = $type->block_hooks;
				$type->block_hooks              = array();
			}
		}
		return $content;
	}

	/**
	 * Puts the hooks back.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $content The post's content.
	 * @return mixed The content, unchanged.
	 */
	public function resume( $content ) {
		$registry = WP_Block_Type_Registry::get_instance();
		foreach ( $this->suspended as $name => $hooks ) {
			$type = $registry->get_registered( $name );
			if ( $type instanceof WP_Block_Type ) {
				$type->block_hooks = $hooks;
			}
		}
		$this->suspended = array();
		return $content;
	}

	/**
	 * Whether core's pass over `$content` could insert a block with these hooks: an anchor
	 * is in the content, or a hook is a first or last child (of the temporary wrapper too).
	 *
	 * @param array<string, string> $hooks   Anchor block name => relative position.
	 * @param string                $content The post's content.
	 * @return bool
	 */
	private static function can_insert_in( array $hooks, string $content ): bool {
		foreach ( $hooks as $anchor => $position ) {
			if ( ! in_array( $position, array( 'before', 'after' ), true ) ) {
				return true;
			}
			// Serialised core blocks drop their namespace: `<!-- wp:post-content`.
			$name = str_starts_with( $anchor, 'core/' ) ? substr( $anchor, 5 ) : $anchor;
			if ( str_contains( $content, '<!-- wp:' . $name ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The plugin's registered block types that carry hooks.
	 *
	 * @return WP_Block_Type[]
	 */
	private function hooked_types(): array {
		$all = WP_Block_Type_Registry::get_instance()->get_all_registered();
		if ( count( $all ) !== $this->registered ) {
			$this->registered = count( $all );
			$this->types      = array();
			foreach ( $all as $name => $type ) {
				if ( str_starts_with( $name, 'ttdt/' ) && $type->block_hooks ) {
					$this->types[] = $type;
				}
			}
		}
		return $this->types;
	}
}
