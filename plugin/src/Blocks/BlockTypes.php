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
		$page_view = self::is_page_view();
		if ( $page_view ) {
			add_filter( 'block_type_metadata', array( self::class, 'without_editor_assets' ) );
		}
		wp_register_block_types_from_metadata_collection( $dir, $manifest );
		if ( $page_view ) {
			remove_filter( 'block_type_metadata', array( self::class, 'without_editor_assets' ) );
		}
	}

	/**
	 * Leaves out a block's editor script and style: a page view never prints them, and
	 * registering them (asset files, URLs, translations) costs every visitor's request.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $metadata The block's `block.json`.
	 * @return array<string, mixed>
	 */
	public static function without_editor_assets( $metadata ) {
		if ( is_array( $metadata ) && str_starts_with( (string) ( $metadata['name'] ?? '' ), 'ttdt/' ) ) {
			unset( $metadata['editorScript'], $metadata['editorStyle'] );
		}
		return $metadata;
	}

	/**
	 * Whether the request shows a public page: not the admin (the editors load their scripts
	 * there), cron, WP-CLI or REST (whose block-types route lists the editor handles). REST
	 * is only flagged on `parse_request`, after `init`: its address is known now, so the
	 * test is core's own (`rest_api_loaded()`): a `rest_route` query variable or the prefix.
	 *
	 * @return bool
	 */
	private static function is_page_view(): bool {
		if ( is_admin() || wp_doing_cron() || ( defined( 'WP_CLI' ) && WP_CLI ) || wp_is_serving_rest_request() ) {
			return false;
		}
		if ( isset( $_GET['rest_route'] ) ) {
			return false;
		}
		$path = isset( $_SERVER['REQUEST_URI'] ) ? (string) wp_parse_url( sanitize_url( wp_unslash( $_SERVER['REQUEST_URI'] ) ), PHP_URL_PATH ) : '';
		return '' !== $path && ! str_contains( trailingslashit( $path ), '/' . rest_get_url_prefix() . '/' );
	}
}
