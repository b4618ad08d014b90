<?php
/**
 * Reads the content core's Block Hooks pass is about to run over.
 *
 * @package Ttdt
 */

namespace Ttdt\Blocks;

defined( 'ABSPATH' ) || exit;

use ReflectionMethod;
use ReflectionProperty;
use WP_Block_Patterns_Registry;

/**
 * Core builds a pattern or a theme's template file and runs its Block Hooks pass over it in
 * one call, with no filter in between; {@see HookedBlocks} needs the content first, to
 * leave out of that pass the hooks that cannot insert anything in it. These read it the way
 * core is about to, or answer null (unknown: every hook is kept).
 *
 * @since 0.1.0
 */
final class BlockSources {

	/**
	 * Template folders by theme and type, see `template_folders()`.
	 *
	 * @var array<string, string[]>
	 */
	private static array $folders = array();

	/**
	 * A registered pattern's content as core's pass will see it. Core has no reader that does
	 * not run the pass (`get_registered()` runs it), so the registry's own list is read. A
	 * pattern from a file is printed by the registry's own loader, which keeps the content for
	 * the render that follows (reading the file as well cost each pattern of a page ~10 µs);
	 * the file is read when that loader is not there.
	 *
	 * @since 0.1.0
	 *
	 * @param string $slug Pattern name.
	 * @return string|null
	 */
	public static function pattern( string $slug ): ?string {
		$registry = WP_Block_Patterns_Registry::get_instance();
		if ( '' === $slug || ! $registry->is_registered( $slug ) || ! property_exists( $registry, 'registered_patterns' ) ) {
			return null;
		}
		$patterns = ( new ReflectionProperty( $registry, 'registered_patterns' ) )->getValue( $registry );
		$pattern  = is_array( $patterns ) ? ( $patterns[ $slug ] ?? null ) : null;
		if ( ! isset( $pattern['content'] ) && isset( $pattern['filePath'] ) && method_exists( $registry, 'get_content' ) ) {
			$content = ( new ReflectionMethod( $registry, 'get_content' ) )->invoke( $registry, $slug );
			return is_string( $content ) ? $content : null;
		}
		if ( isset( $pattern['content'] ) && is_string( $pattern['content'] ) ) {
			return $pattern['content'];
		}
		// The file prints the content: its PHP code cannot add a block comment it does not hold.
		return isset( $pattern['filePath'] ) && is_string( $pattern['filePath'] ) ? self::read( $pattern['filePath'] ) : null;
	}

	/**
	 * The theme file `get_block_file_template()` builds a template or template part from.
	 *
	 * @since 0.1.0
	 *
	 * @param string $id   Template ID, `theme//slug`.
	 * @param string $type `wp_template` or `wp_template_part`.
	 * @return string|null
	 */
	public static function template_file( string $id, string $type ): ?string {
		$parts = explode( '//', $id, 2 );
		if ( 2 !== count( $parts ) || get_stylesheet() !== $parts[0] || 0 !== validate_file( $parts[1] ) ) {
			return null;
		}
		foreach ( self::template_folders( $type ) as $folder ) {
			$path = "{$folder}/{$parts[1]}.html";
			if ( is_file( $path ) ) {
				return self::read( $path );
			}
		}
		return null;
	}

	/**
	 * Where core's `_get_block_template_file()` looks for a type's files: the child theme's
	 * folder, then its parent's (not that function itself, which also reads theme.json for a
	 * part's area). Found once per request and theme.
	 *
	 * @param string $type `wp_template` or `wp_template_part`.
	 * @return string[]
	 */
	private static function template_folders( string $type ): array {
		$key = get_stylesheet() . '|' . $type;
		if ( ! isset( self::$folders[ $key ] ) ) {
			self::$folders[ $key ] = array();
			foreach ( array_unique( array( get_stylesheet(), get_template() ) ) as $theme ) {
				$folders = get_block_theme_folders( $theme );
				if ( isset( $folders[ $type ] ) ) {
					self::$folders[ $key ][] = get_theme_root( $theme ) . "/{$theme}/{$folders[ $type ]}";
				}
			}
		}
		return self::$folders[ $key ];
	}

	/**
	 * A local file's text, or null.
	 *
	 * @param string $path Path.
	 * @return string|null
	 */
	private static function read( string $path ): ?string {
		$text = is_readable( $path ) ? file_get_contents( $path ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local theme file.
		return is_string( $text ) ? $text : null;
	}
}
