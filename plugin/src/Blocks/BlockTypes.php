<?php
/**
 * Registers every block built from `blocks/`.
 *
 * @package Ttdt
 */

namespace Ttdt\Blocks;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

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
	}

	/**
	 * Registers the blocks listed in the build manifest.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		$dir      = TTDT_DIR . 'build/blocks';
		$manifest = TTDT_DIR . 'build/blocks-manifest.php';
		if ( ! is_readable( $manifest ) ) {
			return;
		}
		wp_register_block_types_from_metadata_collection( $dir, $manifest );
	}
}
