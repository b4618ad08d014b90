<?php
/**
 * Registers every block built from `blocks/`.
 *
 * @package Ttdt
 */

namespace Ttdt\Blocks;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Support\PageView;

/**
 * One metadata collection for all blocks: `block.json` is the source of truth.
 *
 * @since 0.1.0
 */
final class BlockTypes implements Hookable {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( $this, 'register' ) );
		add_action( 'switch_theme', array( OnDemandBlocks::class, 'forget' ) );
	}

	/**
	 * Registers the blocks listed in the build manifest: all of them at once for the editors
	 * (REST, the admin), each when first needed on a page view ({@see OnDemandBlocks}).
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		$dir      = TTDT_DIR . 'build/blocks';
		$manifest = TTDT_DIR . 'build/blocks-manifest.php';
		if ( ! is_readable( $manifest ) ) {
			return;
		}
		if ( PageView::is_current() ) {
			// A visitor's page registers the blocks it needs later in the request, so these
			// filters stay (each one changes only the plugin's blocks).
			$blocks = require $manifest;
			foreach ( array( 'without_own_editor_script', 'without_editor_assets' ) as $filter ) {
				add_filter( 'block_type_metadata', array( self::class, $filter ) );
			}
			add_filter( 'block_type_metadata', array( BlockAssets::class, 'registered_modules' ) );
			add_filter( 'block_type_metadata', array( HookedBlockRender::class, 'take_hooks' ) );
			OnDemandBlocks::start( $dir, $manifest, $blocks );
			return;
		}
		add_filter( 'block_type_metadata', array( self::class, 'without_own_editor_script' ) );
		wp_register_block_types_from_metadata_collection( $dir, $manifest );
		remove_filter( 'block_type_metadata', array( self::class, 'without_own_editor_script' ) );
	}

	/**
	 * Leaves out a block's own editor script: the editor code of every block is one script,
	 * loaded with the editor's other extensions (`admin-ui/editor/blocks`, issue 10), and a
	 * block's `index.js` only builds its stylesheet.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $metadata The block's `block.json`.
	 * @return array<string, mixed>
	 */
	public static function without_own_editor_script( $metadata ) {
		if ( is_array( $metadata ) && str_starts_with( (string) ( $metadata['name'] ?? '' ), 'ttdt/' ) ) {
			unset( $metadata['editorScript'] );
		}
		return $metadata;
	}

	/**
	 * Leaves out what only the editor uses: a block's editor style (a page view never prints
	 * it, and registering it — asset file, URL — costs every visitor's request; the editor
	 * script is left out on every request, {@see self::without_own_editor_script()}) and its
	 * text domain, whose only use is translating the title,
	 * description and keywords the inserter shows (~30 µs a block on every request).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $metadata The block's `block.json`.
	 * @return array<string, mixed>
	 */
	public static function without_editor_assets( $metadata ) {
		if ( is_array( $metadata ) && str_starts_with( (string) ( $metadata['name'] ?? '' ), 'ttdt/' ) ) {
			unset( $metadata['editorStyle'], $metadata['textdomain'] );
		}
		return $metadata;
	}
}
