<?php
/**
 * The plugin's translations load from the compiled PHP file.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\I18n;

use Ttdt\I18n\Translations;
use Ttdt\Tests\Support\TestCase;

/**
 * WordPress 6.5+ reads `<domain>-<locale>.l10n.php` instead of the .mo when both exist: an
 * array OPcache keeps compiled, the cheapest way to load 600 strings on every request.
 */
final class TranslationsTest extends TestCase {

	/**
	 * Puts the site language back.
	 */
	protected function tearDown(): void {
		restore_previous_locale();
		parent::tearDown();
	}

	/**
	 * The Vietnamese catalogue comes from the .l10n.php file, contexts and all.
	 */
	public function test_vietnamese_strings_load_from_the_php_translation_file(): void {
		$this->assertFileExists( TTDT_DIR . 'languages/ttdt-portal-vi.l10n.php', 'Run npm run build: it compiles the translations.' );
		$loaded = array();
		add_filter(
			'load_translation_file',
			static function ( $file, $domain ) use ( &$loaded ) {
				if ( Translations::DOMAIN === $domain ) {
					$loaded[] = $file;
				}
				return $file;
			},
			10,
			2
		);

		switch_to_locale( 'vi' );
		// Reloadable: since WordPress 6.7 the catalogue loads just in time, on the first string.
		unload_textdomain( Translations::DOMAIN, true );
		( new Translations() )->load_textdomain();

		$this->assertSame( 'Trang thông tin điện tử', __( 'E-information page', 'ttdt-portal' ) );
		$this->assertSame( 'Cộng tác viên', _x( 'Collaborator', 'role', 'ttdt-portal' ) );
		$this->assertNotEmpty( $loaded );
		$this->assertStringEndsWith( 'ttdt-portal-vi.l10n.php', (string) end( $loaded ) );
	}

	/**
	 * Since WordPress 6.7 `load_plugin_textdomain()` only records the folder, and the first
	 * string then globs the language folders to find the catalogue, on every request.
	 */
	public function test_the_catalogue_is_loaded_on_init_not_looked_up_by_the_first_string(): void {
		switch_to_locale( 'vi' );
		unload_textdomain( Translations::DOMAIN, true );
		( new Translations() )->load_textdomain();

		$this->assertTrue( is_textdomain_loaded( Translations::DOMAIN ) );
		$this->assertSame( 'Trang thông tin điện tử', __( 'E-information page', 'ttdt-portal' ) );
	}
}
