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
	 * Whether the bundle declared the plugin's classes.
	 *
	 * @var bool
	 */
	private static bool $bundled = false;

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
			},
			true,
			// First: core's Requests autoloader, ahead of it otherwise, would be asked for every
			// class of the plugin before this one.
			true
		);
	}

	/**
	 * Declares every class of the plugin at once from the bundle `npm run build` writes
	 * (`build/classes.php`), when OPcache keeps it compiled in shared memory: one cached file is
	 * bound in about 0.2 ms, where including the ~150 classes a page view uses one by one takes
	 * 0.7 ms (issue 10). Without OPcache (the command line) the bundle would be compiled on
	 * every request, and with a cache kept only in files (Playground) read back whole on every
	 * request: there each class is still loaded only when first used.
	 *
	 * @since 0.1.0
	 *
	 * @param string $bundle The bundle's path.
	 */
	public static function load_bundle( string $bundle ): void {
		$opcache = filter_var( ini_get( 'cli' === PHP_SAPI ? 'opcache.enable_cli' : 'opcache.enable' ), FILTER_VALIDATE_BOOLEAN )
			&& ! filter_var( ini_get( 'opcache.file_cache_only' ), FILTER_VALIDATE_BOOLEAN );
		if ( $opcache && is_readable( $bundle ) ) {
			require_once $bundle;
			self::$bundled = true;
		}
	}

	/**
	 * Whether the plugin's classes come from the bundle: then what the build wrote beside it
	 * describes them ({@see Support\WriteSideServices::bundled_hooks()}).
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	public static function bundled(): bool {
		return self::$bundled;
	}
}
