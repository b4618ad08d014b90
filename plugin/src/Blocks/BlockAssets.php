<?php
/**
 * Registers the front-end files of the plugin's blocks for a page view, as core would.
 *
 * @package Ttdt
 */

namespace Ttdt\Blocks;

defined( 'ABSPATH' ) || exit;

/**
 * For each `file:` style and view script module of a block, core resolves the file's real path
 * and its URL (`realpath()`, `plugins_url()`, the theme's folders, ~40 µs a file): about
 * 0.5 ms of every visitor's request for the plugin's blocks, although the folder is the same
 * for all of them. Here the folder's URL is looked up once and each handle is registered with
 * the URL, version and data core gives it; core then finds the handle registered and skips
 * its own lookup (styles), or is given the module's ID instead of the file (modules).
 *
 * @since 0.1.0
 */
final class BlockAssets {

	/**
	 * The view script module ID of each block that has one: block name => ID.
	 *
	 * @var array<string, string>
	 */
	private static array $modules = array();

	/**
	 * The blocks' build folder's URL, looked up once.
	 *
	 * @var string|null
	 */
	private static ?string $base_url = null;

	/**
	 * Registers the files of blocks of the manifest, before the blocks themselves.
	 *
	 * @since 0.1.0
	 *
	 * @param string                              $dir    The blocks' build folder.
	 * @param array<string, array<string, mixed>> $blocks Part of the manifest: folder => `block.json`.
	 */
	public static function register( string $dir, array $blocks ): void {
		self::$base_url ??= plugins_url( 'build/blocks/', TTDT_FILE );
		$base_url         = self::$base_url;
		foreach ( $blocks as $folder => $metadata ) {
			$name = (string) ( $metadata['name'] ?? '' );
			foreach ( array_values( (array) ( $metadata['style'] ?? array() ) ) as $index => $style ) {
				$file = self::file( (string) $style );
				if ( null !== $file ) {
					self::register_style( generate_block_asset_handle( $name, 'style', $index ), "{$dir}/{$folder}/{$file}", "{$base_url}{$folder}/{$file}", $metadata['version'] ?? false );
				}
			}
			$module = self::file( (string) ( $metadata['viewScriptModule'] ?? '' ) );
			if ( null !== $module ) {
				self::$modules[ $name ] = generate_block_asset_handle( $name, 'viewScriptModule' );
				self::register_module( self::$modules[ $name ], "{$dir}/{$folder}/{$module}", "{$base_url}{$folder}/{$module}", $metadata['version'] ?? false );
			}
		}
	}

	/**
	 * On `block_type_metadata`: a block's view script module becomes the ID registered above.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $metadata The block's `block.json`.
	 * @return array<string, mixed>
	 */
	public static function registered_modules( $metadata ) {
		if ( is_array( $metadata ) && isset( self::$modules[ $metadata['name'] ?? '' ] ) ) {
			$metadata['viewScriptModule'] = self::$modules[ $metadata['name'] ];
		}
		return $metadata;
	}

	/**
	 * The file a `file:` reference names, relative to the block's folder; null for a handle.
	 *
	 * @param string $reference The value in `block.json`.
	 * @return string|null
	 */
	private static function file( string $reference ): ?string {
		return str_starts_with( $reference, 'file:' ) ? remove_block_asset_path_prefix( $reference ) : null;
	}

	/**
	 * Registers a style as `register_block_style_handle()` does for a plugin's block.
	 *
	 * @param string       $handle  Handle.
	 * @param string       $path    File.
	 * @param string       $url     Its URL.
	 * @param string|false $version The block's version.
	 */
	private static function register_style( string $handle, string $path, string $url, $version ): void {
		$path = wp_normalize_path( $path );
		if ( ! wp_register_style( $handle, $url, array(), self::version( $path, $version ) ) ) {
			return;
		}
		// Lets core print a small stylesheet inline (`wp_maybe_inline_styles()`).
		wp_style_add_data( $handle, 'path', $path );
		$rtl = str_replace( '.css', '-rtl.css', $path );
		if ( is_rtl() && file_exists( $rtl ) ) {
			wp_style_add_data( $handle, 'rtl', 'replace' );
			wp_style_add_data( $handle, 'suffix', SCRIPT_DEBUG ? '' : '.min' );
			wp_style_add_data( $handle, 'path', $rtl );
		}
	}

	/**
	 * Registers a script module as `register_block_script_module_id()` does.
	 *
	 * @param string       $id      Module ID.
	 * @param string       $path    File.
	 * @param string       $url     Its URL.
	 * @param string|false $version The block's version.
	 */
	private static function register_module( string $id, string $path, string $url, $version ): void {
		$asset_file = substr_replace( $path, '.asset.php', - strlen( '.js' ) );
		$asset      = is_readable( $asset_file ) ? require $asset_file : array();
		wp_register_script_module( $id, $url, $asset['dependencies'] ?? array(), $asset['version'] ?? $version );
	}

	/**
	 * The version core gives a block's file: the file's time while debugging scripts.
	 *
	 * @param string       $path    File.
	 * @param string|false $version The block's version.
	 * @return string|false|int
	 */
	private static function version( string $path, $version ) {
		return defined( 'SCRIPT_DEBUG' ) && SCRIPT_DEBUG && is_readable( $path ) ? filemtime( $path ) : $version;
	}
}
