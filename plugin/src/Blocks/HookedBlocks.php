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
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Provenance\ReferenceNotice;
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
 * The same holds for core's pass over each pattern a template renders (`core/pattern`: the
 * header, the footer, a 404 text — ~0.7 ms for Twenty Twenty-Five's footer alone): a pattern
 * whose content holds no anchor is passed without the plugin's hooks. Template parts and
 * synced patterns, whose content only their render looks up, get every hook, as before.
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
	 * The hooks each of the plugin's hooked block types has in `block.json`: name => hooks.
	 *
	 * @var array<string, array<string, string>>
	 */
	private array $hooks = array();

	/**
	 * The hooks as they were before each pass still running: [ key, name => hooks ].
	 *
	 * @var array<int, array{0: string, 1: array<string, array<string, string>>}>
	 */
	private array $stack = array();

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
	 * Blocks whose render runs core's pass over content they bring in.
	 *
	 * @var string[]
	 */
	private const CONTENT_BLOCKS = array( 'core/pattern', 'core/template-part', 'core/block' );

	/**
	 * The blocks {@see pre_render()} acts on: those of `POST_TYPES`, the reference label and
	 * `CONTENT_BLOCKS`, as keys for one `isset()`.
	 *
	 * @var array<string, true>
	 */
	private const WATCHED = array(
		'ttdt/item-details'    => true,
		'ttdt/draft-comments'  => true,
		'ttdt/reference-label' => true,
		'ttdt/post-source'     => true,
		'core/pattern'         => true,
		'core/template-part'   => true,
		'core/block'           => true,
	);

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
		// One callback on `pre_render_block` and the per-name filter after the render: they
		// run for every block of a page (hundreds on a list), each call costs.
		add_filter( 'pre_render_block', array( $this, 'pre_render' ), PHP_INT_MAX, 3 );
		foreach ( self::CONTENT_BLOCKS as $name ) {
			add_filter( "render_block_{$name}", array( $this, 'leave_block' ), PHP_INT_MAX, 2 );
		}
		add_filter( 'pre_get_block_file_template', array( $this, 'enter_file' ), PHP_INT_MAX, 3 );
		add_filter( 'get_block_file_template', array( $this, 'leave_file' ), PHP_INT_MAX, 2 );
	}

	/**
	 * Last on `pre_render_block`: {@see skip_empty()}, then {@see enter_block()}.
	 *
	 * @since 0.1.0
	 *
	 * @param string|null   $pre_render   Markup decided so far (null: render the block).
	 * @param array         $parsed_block The block.
	 * @param WP_Block|null $parent_block Its parent.
	 * @return string|null
	 */
	public function pre_render( $pre_render, $parsed_block, $parent_block = null ) {
		// The common case (a block that is neither one of those nor a content block, markup
		// already decided) returns before any call: this runs for every block of a page.
		if ( null !== $pre_render || ! isset( self::WATCHED[ $parsed_block['blockName'] ?? '' ] ) ) {
			return $pre_render;
		}
		return $this->enter_block( $this->skip_empty( $pre_render, $parsed_block, $parent_block ), $parsed_block );
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
		if ( null !== $pre_render || ( ! isset( self::POST_TYPES[ $name ] ) && 'ttdt/reference-label' !== $name && 'ttdt/post-source' !== $name ) ) {
			return $pre_render;
		}
		$post_id = self::item_of( $name, $parent_block );
		$shown   = self::shows( $name, $post_id );
		if ( ! $shown && 'ttdt/post-source' === $name ) {
			// Its style stays enqueued as its empty render leaves it: the page's CSS is unchanged.
			array_map( 'wp_enqueue_style', WP_Block_Type_Registry::get_instance()->get_registered( $name )->style_handles ?? array() );
		}
		return $shown ? null : '';
	}

	/**
	 * Whether a hooked block of the plugin shows anything for an item, as its `render.php`
	 * decides (a reference notice already printed is not printed again); true for any other.
	 *
	 * @since 0.1.0
	 *
	 * @param string      $name      Block name.
	 * @param int         $post_id   The item.
	 * @param string|null $post_type Its post type, when the caller knows it.
	 * @return bool
	 */
	public static function shows( string $name, int $post_id, ?string $post_type = null ): bool {
		if ( 'ttdt/post-source' === $name ) {
			return ProvenanceMeta::shows_source( $post_id, $post_type );
		}
		if ( isset( self::POST_TYPES[ $name ] ) ) {
			return $post_id && in_array( $post_type ?? (string) get_post_type( $post_id ), self::POST_TYPES[ $name ], true );
		}
		if ( 'ttdt/reference-label' === $name ) {
			return ReferenceNotice::due( $post_id );
		}
		return true;
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
		$this->enter( 'the_content', is_string( $content ) ? $content : null );
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
		$this->leave( 'the_content' );
		return $content;
	}

	/**
	 * Before a block that brings in content of its own runs core's pass over it: a pattern
	 * (the source is known) is passed with only the hooks it can use; a template part or a
	 * synced pattern (their source is only looked up by their render) with all of them, as
	 * without this class. Runs last on `pre_render_block`: only for a block that renders.
	 *
	 * @since 0.1.0
	 *
	 * @param string|null $pre_render   Markup decided so far (null: render the block).
	 * @param array       $parsed_block The block.
	 * @return string|null Unchanged.
	 */
	public function enter_block( $pre_render, $parsed_block ) {
		$name = is_array( $parsed_block ) ? (string) ( $parsed_block['blockName'] ?? '' ) : '';
		if ( null === $pre_render && in_array( $name, self::CONTENT_BLOCKS, true ) ) {
			$source = 'core/pattern' === $name ? BlockSources::pattern( (string) ( $parsed_block['attrs']['slug'] ?? '' ) ) : null;
			$this->enter( self::key( $parsed_block ), $source );
		}
		return $pre_render;
	}

	/**
	 * After such a block rendered, puts back the hooks as they were before it.
	 *
	 * @since 0.1.0
	 *
	 * @param string $content      The block's markup.
	 * @param array  $parsed_block The block.
	 * @return string Unchanged.
	 */
	public function leave_block( $content, $parsed_block ) {
		if ( is_array( $parsed_block ) && in_array( (string) ( $parsed_block['blockName'] ?? '' ), self::CONTENT_BLOCKS, true ) ) {
			$this->leave( self::key( $parsed_block ) );
		}
		return $content;
	}

	/**
	 * Before core builds a template or template part from the theme's file (a template part
	 * block rendering a part not edited in the Site Editor): its pass gets only the hooks the
	 * file can use. Runs last: only when core goes on to build it.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $pre  A template given by a filter (null: core builds it).
	 * @param string $id   Template ID.
	 * @param string $type Template type.
	 * @return mixed Unchanged.
	 */
	public function enter_file( $pre, $id = '', $type = '' ) {
		if ( null === $pre ) {
			$this->enter( 'file:' . $id, BlockSources::template_file( (string) $id, (string) $type ) );
		}
		return $pre;
	}

	/**
	 * After core built it, puts back the hooks as they were.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $template The template.
	 * @param string $id       Template ID.
	 * @return mixed Unchanged.
	 */
	public function leave_file( $template, $id = '' ) {
		$this->leave( 'file:' . $id );
		return $template;
	}

	/**
	 * Sets the hooks for a pass over `$source`: those it can use, or all when it is unknown.
	 * What was set before is kept, for `leave()`.
	 *
	 * @param string      $key    Who asks, for `leave()`.
	 * @param string|null $source The content core's pass will run over, if known.
	 */
	private function enter( string $key, ?string $source ): void {
		$before = array();
		foreach ( $this->hooked_types() as $type ) {
			$before[ $type->name ] = $type->block_hooks;
			$hooks                 = $this->hooks[ $type->name ];
			$type->block_hooks     = null === $source || self::can_insert_in( $hooks, $source ) ? $hooks : array();
		}
		$this->stack[] = array( $key, $before );
	}

	/**
	 * Puts back the hooks `enter()` found, if the last `enter()` was `$key`'s (a block can be
	 * rendered without `pre_render_block`, and then has nothing to put back).
	 *
	 * @param string $key Who asks.
	 */
	private function leave( string $key ): void {
		$last = end( $this->stack );
		if ( ! $last || $last[0] !== $key ) {
			return;
		}
		array_pop( $this->stack );
		foreach ( $this->hooked_types() as $type ) {
			$type->block_hooks = $last[1][ $type->name ] ?? $this->hooks[ $type->name ];
		}
	}

	/**
	 * Identifies a block for `enter()` / `leave()` by what names its content (a `render_block_data`
	 * filter may have added other attributes in between).
	 *
	 * @param array $parsed_block The block.
	 * @return string
	 */
	private static function key( array $parsed_block ): string {
		$attrs = $parsed_block['attrs'] ?? array();
		return $parsed_block['blockName'] . '|' . (string) ( $attrs['slug'] ?? $attrs['ref'] ?? '' );
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
	 * The plugin's registered block types that carry hooks; their hooks kept in `$hooks`.
	 *
	 * @return WP_Block_Type[]
	 */
	private function hooked_types(): array {
		$all = WP_Block_Type_Registry::get_instance()->get_all_registered();
		if ( count( $all ) !== $this->registered ) {
			$this->registered = count( $all );
			$this->types      = array();
			foreach ( $all as $name => $type ) {
				if ( str_starts_with( $name, 'ttdt/' ) && ( $type->block_hooks || isset( $this->hooks[ $name ] ) ) ) {
					$this->hooks[ $name ] = $this->hooks[ $name ] ?? $type->block_hooks;
					$this->types[]        = $type;
				}
			}
		}
		return $this->types;
	}
}
