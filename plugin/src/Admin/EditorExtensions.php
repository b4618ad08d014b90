<?php
/**
 * Loads the block editor extensions built from `admin-ui/editor/`.
 *
 * @package Ttdt
 */

namespace Ttdt\Admin;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * Every `admin-ui/editor/<name>/` is a plugin of the editor (panels, pre-publish checks); each
 * decides for itself which post types it applies to.
 *
 * @since 0.1.0
 */
final class EditorExtensions implements Hookable {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'enqueue_block_editor_assets', array( $this, 'enqueue' ) );
	}

	/**
	 * Enqueues every built editor extension.
	 *
	 * @since 0.1.0
	 */
	public function enqueue(): void {
		foreach ( glob( TTDT_DIR . 'build/admin-ui/editor/*.asset.php' ) ?: array() as $asset_file ) {
			BuiltScript::enqueue( 'editor/' . basename( $asset_file, '.asset.php' ) );
		}
	}
}
