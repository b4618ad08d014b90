<?php
/**
 * Enqueues a script built from `admin-ui/` with its styles and translations.
 *
 * @package Ttdt
 */

namespace Ttdt\Admin;

defined( 'ABSPATH' ) || exit;

use Ttdt\I18n\Translations;

/**
 * Reads the dependencies and version from the `.asset.php` file webpack writes beside it.
 *
 * @since 0.1.0
 */
final class BuiltScript {

	/**
	 * Enqueues `plugin/build/admin-ui/<entry>.js` (and `.css` when there is one).
	 *
	 * @since 0.1.0
	 *
	 * @param string   $entry      Entry name, e.g. `screens/settings` or `editor/workflow`.
	 * @param string[] $style_deps Style handles the stylesheet depends on.
	 * @return string|null The script handle, or null when the build is missing.
	 */
	public static function enqueue( string $entry, array $style_deps = array() ): ?string {
		$base       = 'build/admin-ui/' . $entry;
		$asset_file = TTDT_DIR . $base . '.asset.php';
		if ( ! is_readable( $asset_file ) ) {
			return null;
		}
		$asset  = require $asset_file;
		$handle = 'ttdt-' . str_replace( '/', '-', $entry );

		wp_enqueue_script( $handle, plugins_url( $base . '.js', TTDT_FILE ), $asset['dependencies'], $asset['version'], true );
		wp_set_script_translations( $handle, Translations::DOMAIN, TTDT_DIR . 'languages' );
		Translations::add_bundled_strings( $handle, $base . '.js' );
		foreach ( $style_deps as $dep ) {
			wp_enqueue_style( $dep );
		}
		if ( is_readable( TTDT_DIR . $base . '.css' ) ) {
			wp_enqueue_style( $handle, plugins_url( $base . '.css', TTDT_FILE ), $style_deps, $asset['version'] );
		}
		// webpack puts the `style.scss` files an entry imports in a `style-<entry>.css` beside it.
		$split = dirname( $base ) . '/style-' . basename( $base ) . '.css';
		if ( is_readable( TTDT_DIR . $split ) ) {
			wp_enqueue_style( $handle . '-style', plugins_url( $split, TTDT_FILE ), $style_deps, $asset['version'] );
		}
		return $handle;
	}
}
