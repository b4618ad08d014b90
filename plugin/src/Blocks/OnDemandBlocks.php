<?php
/**
 * On public page views, registers the plugin's blocks the page needs, not all thirteen.
 *
 * @package Ttdt
 */

namespace Ttdt\Blocks;

defined( 'ABSPATH' ) || exit;

use WP_Block_Parser;
use WP_Block_Type_Registry;
use WP_Query;

/**
 * Registering a block costs ~50 µs of every request, and a page shows few of the plugin's
 * blocks (issue 10). On a page view they are registered once the main query has run, before
 * the template is chosen: the blocks its items name, the hooked blocks that show something for
 * them, and those earlier pages needed for their template (see below). The theme's global styles
 * (`theme.json`) are built while the template is chosen, from the blocks registered then.
 *
 * Any block still missing is registered when markup about to be parsed names it
 * ({@see OnDemandBlockParser}: templates, parts, patterns, posts and widgets all go through
 * `parse_blocks()`), or when the plugin renders it itself ({@see self::ensure()}). The page is
 * right, but WordPress builds its global styles again (~2 ms); so the block is remembered
 * (option {@see self::OPTION}) and registered early on the next pages. That is how a block
 * the theme's templates or a query loop show is learnt, on the first page that shows it.
 * A block is remembered for a week ({@see self::REMEMBER_FOR}), then learnt again by the first
 * page that still shows it: one no page shows any more (a template edited, a pattern removed)
 * stops costing every page its share of the global styles.
 *
 * @since 0.1.0
 */
final class OnDemandBlocks {

	/**
	 * Option: the blocks a page needed after the main query (registered early from then on).
	 */
	public const OPTION = 'ttdt_page_blocks';

	/**
	 * How long a remembered block is registered early, in seconds, since a page last needed it late.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const REMEMBER_FOR = WEEK_IN_SECONDS;

	/**
	 * The blocks not registered yet: name => [ folder under the collection, `block.json` ].
	 *
	 * @var array<string, array{0: string, 1: array<string, mixed>}>
	 */
	private static array $waiting = array();

	/**
	 * The hooked blocks: rendered beside an item's content.
	 *
	 * @var string[]
	 */
	private static array $hooked = array();

	/**
	 * The collection's folder.
	 *
	 * @var string
	 */
	private static string $dir = '';

	/**
	 * Whether the page's blocks were registered: a block registered afterwards is remembered.
	 *
	 * @var bool
	 */
	private static bool $late = false;

	/**
	 * Takes the collection in, registering nothing yet.
	 *
	 * @since 0.1.0
	 *
	 * @param string                              $dir      The collection's folder.
	 * @param string                              $manifest Its manifest file.
	 * @param array<string, array<string, mixed>> $blocks   The manifest: folder => `block.json`.
	 */
	public static function start( string $dir, string $manifest, array $blocks ): void {
		wp_register_block_metadata_collection( $dir, $manifest );
		self::$dir     = $dir;
		self::$waiting = array();
		self::$hooked  = array();
		self::$late    = false;
		foreach ( $blocks as $folder => $metadata ) {
			$name                   = (string) ( $metadata['name'] ?? '' );
			self::$waiting[ $name ] = array( (string) $folder, $metadata );
			if ( ! empty( $metadata['blockHooks'] ) ) {
				self::$hooked[] = $name;
				// Rendered beside their anchor: the hooks are known before the block is.
				HookedBlockRender::take_hooks( $metadata );
			}
		}
		add_action( 'wp', array( self::class, 'register_for_page' ), 0 );
		add_filter( 'block_parser_class', array( self::class, 'parser_class' ), PHP_INT_MAX );
	}

	/**
	 * On `wp`, once the main query has run: registers the blocks the page will likely show.
	 *
	 * @since 0.1.0
	 */
	public static function register_for_page(): void {
		$names = self::remembered();
		$query = $GLOBALS['wp_query'] ?? null;
		if ( $query instanceof WP_Query && $query->posts ) {
			$hooked = self::$hooked;
			foreach ( $query->posts as $post ) {
				self::ensure_named_in( (string) ( $post->post_content ?? '' ) );
				$shown  = self::shown_for( $hooked, (int) ( $post->ID ?? 0 ), isset( $post->post_type ) ? (string) $post->post_type : null );
				$names  = array_merge( $names, $shown );
				$hooked = array_diff( $hooked, $shown );
			}
		}
		array_map( array( self::class, 'ensure' ), $names );
		self::$late = true;
	}

	/**
	 * Of some hooked blocks, those that show something for an item (each is asked until an item
	 * shows it). Each registered block costs every page ~60 µs more where `theme.json` is built
	 * (core checks the styles of each registered block against it, for the theme and each of
	 * its style variations): a list of news registers neither the documents' details nor a
	 * draft's comment form.
	 *
	 * @param string[]    $names     Hooked blocks.
	 * @param int         $post_id   The item.
	 * @param string|null $post_type Its post type.
	 * @return string[]
	 */
	private static function shown_for( array $names, int $post_id, ?string $post_type ): array {
		return array_values( array_filter( $names, static fn( string $name ): bool => HookedBlocks::shows( $name, $post_id, $post_type ) ) );
	}

	/**
	 * On `block_parser_class`: core's parser, made to register the blocks the markup names
	 * first. Another plugin's parser is left in place, and every block registered at once.
	 *
	 * @since 0.1.0
	 *
	 * @param string $parser_class The parser's class.
	 * @return string
	 */
	public static function parser_class( $parser_class ) {
		if ( WP_Block_Parser::class === $parser_class ) {
			return OnDemandBlockParser::class;
		}
		if ( OnDemandBlockParser::class !== $parser_class ) {
			array_map( array( self::class, 'ensure' ), array_keys( self::$waiting ) );
		}
		return $parser_class;
	}

	/**
	 * Registers the plugin's blocks that a piece of markup names.
	 *
	 * @since 0.1.0
	 *
	 * @param string $markup Block markup.
	 */
	public static function ensure_named_in( string $markup ): void {
		// Every name after `wp:ttdt/`, as core's parser reads it (`[a-z][a-z0-9_-]*`), found with
		// `strpos()`: a page parses long posts, and a regular expression over each cost more.
		// A name written in plain text registers its block too, which is harmless.
		$at = 0;
		while ( self::$waiting && false !== ( $at = strpos( $markup, 'wp:ttdt/', $at ) ) ) {
			$at    += 8;
			$length = strspn( $markup, 'abcdefghijklmnopqrstuvwxyz0123456789_-', $at );
			self::ensure( 'ttdt/' . substr( $markup, $at, $length ) );
			$at += $length;
		}
	}

	/**
	 * Whether a block is registered, registering it first if it is one of the plugin's.
	 *
	 * @since 0.1.0
	 *
	 * @param string $name Block name.
	 * @return bool
	 */
	public static function ensure( string $name ): bool {
		$registry = WP_Block_Type_Registry::get_instance();
		if ( isset( self::$waiting[ $name ] ) ) {
			list( $folder, $metadata ) = self::$waiting[ $name ];
			unset( self::$waiting[ $name ] );
			if ( ! $registry->is_registered( $name ) ) {
				// Its files first, as the block's own (a page registers few of the blocks).
				BlockAssets::register( self::$dir, array( $folder => $metadata ) );
				register_block_type_from_metadata( self::$dir . '/' . $folder );
				if ( self::$late ) {
					self::remember( $name );
				}
			}
		}
		return $registry->is_registered( $name );
	}

	/**
	 * On `switch_theme`: forgets the blocks the old theme's templates showed.
	 *
	 * @since 0.1.0
	 */
	public static function forget(): void {
		delete_option( self::OPTION );
	}

	/**
	 * The blocks remembered less than {@see self::REMEMBER_FOR} ago. Read from the options every
	 * request loads: until a block is remembered, the option does not exist, and asking for it
	 * would cost a query per page.
	 *
	 * @return string[]
	 */
	private static function remembered(): array {
		return array_keys( self::learnt( time() ) );
	}

	/**
	 * The blocks remembered less than {@see self::REMEMBER_FOR} before `$now`: name => when.
	 * (A list of names, as stored before, reads as nothing remembered: relearnt once.)
	 *
	 * @param int $now Unix time.
	 * @return array<string, int>
	 */
	private static function learnt( int $now ): array {
		$options = wp_load_alloptions();
		$stored  = isset( $options[ self::OPTION ] ) ? maybe_unserialize( $options[ self::OPTION ] ) : array();
		$learnt  = array();
		foreach ( is_array( $stored ) ? $stored : array() as $name => $when ) {
			if ( is_string( $name ) && is_int( $when ) && $when > $now - self::REMEMBER_FOR ) {
				$learnt[ $name ] = $when;
			}
		}
		return $learnt;
	}

	/**
	 * Remembers a block registered after the page's blocks, for the next pages (and leaves out
	 * those remembered too long ago).
	 *
	 * @param string $name Block name.
	 */
	private static function remember( string $name ): void {
		$now             = time();
		$learnt          = self::learnt( $now );
		$learnt[ $name ] = $now;
		update_option( self::OPTION, $learnt, true );
	}
}
