<?php
/**
 * Loads the plugin's translations for PHP and for its scripts.
 *
 * @package Ttdt
 */

namespace Ttdt\I18n;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Support\PageView;

/**
 * The plugin ships its own `languages/` (it is not distributed through WordPress.org), so both
 * gettext catalogues and script JSON files are looked up there when the global language
 * folder has none.
 *
 * @since 0.1.0
 */
final class Translations implements Hookable {

	/**
	 * Text domain.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DOMAIN = 'ttdt-portal';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( $this, 'load_textdomain' ), 0 );
		add_filter( 'load_script_translation_file', array( $this, 'script_translation_file' ), 10, 3 );
	}

	/**
	 * Loads the PHP catalogue.
	 *
	 * @since 0.1.0
	 */
	public function load_textdomain(): void {
		// Records the folder, for the just-in-time loading after a locale switch (mails).
		load_plugin_textdomain( self::DOMAIN, false, dirname( plugin_basename( TTDT_FILE ) ) . '/languages' );
		// Since WordPress 6.7 that loads nothing: the first string would find the catalogue by
		// globbing each language folder, on every request. Load it now, from the same places
		// in the same order (the global folder first), as core did before 6.7.
		$locale = determine_locale();
		foreach ( array( WP_LANG_DIR . '/plugins/', TTDT_DIR . 'languages/' ) as $folder ) {
			$mofile = $folder . self::DOMAIN . '-' . $locale . '.mo';
			if ( is_readable( $mofile ) || is_readable( substr( $mofile, 0, -3 ) . '.l10n.php' ) ) {
				if ( TTDT_DIR . 'languages/' === $folder && PageView::is_current() ) {
					self::load_page_view_strings( $locale );
				}
				load_textdomain( self::DOMAIN, $mofile, $locale );
				return;
			}
		}
	}

	/**
	 * On a page view, loads the plugin's small catalogue of the strings a visitor's page shows,
	 * ahead of the whole one (`npm run build` compiles both). The admin and REST, whose strings
	 * are mostly in the whole one, load that alone. WordPress reads a catalogue on its first lookup
	 * and copies each of its ~2,000 entries then, ~0.1 ms of every page (issue 10); a string
	 * found in the first catalogue never opens the second. Both hold the same translation of
	 * a string, so the answer does not depend on which one gives it.
	 *
	 * @param string $locale Locale.
	 */
	private static function load_page_view_strings( string $locale ): void {
		$file = TTDT_DIR . 'languages/' . self::DOMAIN . '-' . $locale . '-page-views.l10n.php';
		if ( is_readable( $file ) ) {
			// Named as a .mo, as `load_textdomain()` expects: it reads the .l10n.php beside it
			// (unless a site prefers .mo files, when there is none and this loads nothing).
			load_textdomain( self::DOMAIN, substr( $file, 0, -strlen( '.l10n.php' ) ) . '.mo', $locale );
		}
	}

	/**
	 * Loads the translations of the @wordpress/* packages bundled into one of the plugin's
	 * scripts (DataViews, DataForm). Their strings run in the `default` domain, for which
	 * WordPress has no translations of a bundled copy; the plugin's build compiles them to
	 * `languages/ttdt-portal-<locale>-default-<md5 of the script path>.json`.
	 *
	 * @since 0.1.0
	 *
	 * @param string $handle Script handle.
	 * @param string $script Script path relative to the plugin folder, e.g. `build/admin-ui/screens/audit.js`.
	 */
	public static function add_bundled_strings( string $handle, string $script ): void {
		$file = sprintf( '%slanguages/%s-%s-default-%s.json', TTDT_DIR, self::DOMAIN, determine_locale(), md5( $script ) );
		if ( ! is_readable( $file ) ) {
			return;
		}
		$data = json_decode( (string) file_get_contents( $file ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		if ( ! is_array( $data ) || ! isset( $data['locale_data']['messages'] ) ) {
			return;
		}
		wp_add_inline_script(
			$handle,
			sprintf( 'wp.i18n.setLocaleData( %s, "default" );', wp_json_encode( $data['locale_data']['messages'] ) ),
			'before'
		);
	}

	/**
	 * Points script translations of this text domain at the plugin's own folder.
	 *
	 * @since 0.1.0
	 *
	 * @param string|false $file   Path WordPress would load.
	 * @param string       $handle Script handle.
	 * @param string       $domain Text domain.
	 * @return string|false
	 */
	public function script_translation_file( $file, $handle, $domain ) {
		if ( self::DOMAIN !== $domain || ! is_string( $file ) || is_readable( $file ) ) {
			return $file;
		}
		$own = TTDT_DIR . 'languages/' . basename( $file );
		return is_readable( $own ) ? $own : $file;
	}
}
