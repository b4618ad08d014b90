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
		add_filter( 'block_editor_rest_api_preload_paths', array( $this, 'preload' ) );
	}

	/**
	 * Preloads the workflow item schema, which names the states, channels and history steps
	 * the panels show, so they have the names at once instead of after a request.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, string|array{0: string, 1: string}> $paths Paths the editor preloads.
	 * @return array<int, string|array{0: string, 1: string}>
	 */
	public function preload( $paths ): array {
		$paths   = (array) $paths;
		$paths[] = array( '/ttdt/v1/workflow', 'OPTIONS' );
		return $paths;
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
