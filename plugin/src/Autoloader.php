<?php
/**
 * PSR-4 autoloader for the plugin's own classes (Composer is not part of the toolchain).
 *
 * @package Ttdt
 */

namespace Ttdt;

defined( 'ABSPATH' ) || exit;

/**
 * Maps `Ttdt\Foo\Bar` to `src/Foo/Bar.php`.
 *
 * @since 0.1.0
 */
final class Autoloader {

	/**
	 * Registers the autoloader for one namespace prefix.
	 *
	 * @since 0.1.0
	 *
	 * @param string $prefix    Namespace prefix with trailing separator, e.g. `Ttdt\`.
	 * @param string $base_dir  Directory holding the prefix's classes, with trailing slash.
	 */
	public static function register( string $prefix, string $base_dir ): void {
		spl_autoload_register(
			static function ( string $class_name ) use ( $prefix, $base_dir ): void {
				if ( 0 !== strncmp( $class_name, $prefix, strlen( $prefix ) ) ) {
					return;
				}
				$relative = substr( $class_name, strlen( $prefix ) );
				$file     = $base_dir . str_replace( '\\', '/', $relative ) . '.php';
				if ( is_readable( $file ) ) {
					require_once $file;
				}
			}
		);
	}
}
