<?php
/**
 * The plugin's translations load from the compiled PHP file.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\I18n;

use Ttdt\I18n\Translations;
use Ttdt\Support\PageView;
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

	/**
	 * A visitor's page reads its strings from the small catalogue: the whole one (~2,000
	 * entries, copied into memory on its first lookup) is read only for a string the small one
	 * lacks, which is then translated all the same. Other requests load the whole one alone.
	 */
	public function test_a_visitors_strings_come_from_the_small_catalogue(): void {
		$this->assertFileExists( TTDT_DIR . 'languages/ttdt-portal-vi-page-views.l10n.php', 'Run npm run build: it compiles the translations.' );
		switch_to_locale( 'vi' );
		// Not reloadable: core would keep the catalogues this process has read already.
		unload_textdomain( Translations::DOMAIN );
		add_filter( PageView::FILTER, '__return_true' );
		( new Translations() )->load_textdomain();
		remove_filter( PageView::FILTER, '__return_true' );

		$this->assertSame( 'Văn bản chỉ đạo điều hành', __( 'Directive documents', 'ttdt-portal' ), 'A post type label.' );
		$this->assertSame( 'Tìm thấy 2 văn bản.', sprintf( _n( '%s document found.', '%s documents found.', 2, 'ttdt-portal' ), 2 ), 'A plural, found on its first lookup.' );
		$this->assertSame( 'Người viết:', __( 'Written by:', 'ttdt-portal' ), 'The source line, printed for every item of a list.' );
		$this->assertSame( array( 'ttdt-portal-vi-page-views.l10n.php' => true, 'ttdt-portal-vi.l10n.php' => false ), self::catalogues_read() );

		$this->assertSame( 'Trang thông tin điện tử', __( 'E-information page', 'ttdt-portal' ), 'An admin screen\'s title.' );
		$this->assertSame( array( 'ttdt-portal-vi-page-views.l10n.php' => true, 'ttdt-portal-vi.l10n.php' => true ), self::catalogues_read() );

		unload_textdomain( Translations::DOMAIN );
		( new Translations() )->load_textdomain();
		$this->assertSame( array( 'ttdt-portal-vi.l10n.php' => false ), self::catalogues_read(), 'The admin and REST load the whole catalogue alone.' );
	}

	/**
	 * The agency notice sits in a portal's footer, on every page: its labels and the settings'
	 * defaults it reads need no string of the whole catalogue (the settings' titles and
	 * descriptions, which only the settings screen shows, are not translated for it).
	 */
	public function test_the_agency_notice_reads_only_the_small_catalogue(): void {
		update_option(
			\Ttdt\Settings\Settings::OPTION,
			array(
				'agency_name' => 'Ủy ban nhân dân xã Thử',
				'board_head'  => 'Ông Nguyễn Văn Trưởng',
				'phone'       => '0238 3 821 000',
			)
		);
		switch_to_locale( 'vi' );
		unload_textdomain( Translations::DOMAIN );
		add_filter( PageView::FILTER, '__return_true' );
		( new Translations() )->load_textdomain();
		remove_filter( PageView::FILTER, '__return_true' );

		$html = render_block(
			array(
				'blockName'    => 'ttdt/agency-notice',
				'attrs'        => array(),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);

		$this->assertStringContainsString( 'Trưởng Ban biên tập:</dt>', $html );
		$this->assertStringContainsString( 'Điện thoại:</dt>', $html );
		$this->assertSame( array( 'ttdt-portal-vi-page-views.l10n.php' => true, 'ttdt-portal-vi.l10n.php' => false ), self::catalogues_read() );
	}

	/**
	 * The plugin's loaded catalogues, and whether each has been read yet (core keeps both
	 * facts to itself).
	 *
	 * @return array<string, bool> File name => read.
	 */
	private static function catalogues_read(): array {
		$controller = \WP_Translation_Controller::get_instance();
		$files      = \Closure::bind( fn() => $this->loaded_translations['vi'][ Translations::DOMAIN ] ?? array(), $controller, \WP_Translation_Controller::class )();
		$read       = array();
		foreach ( $files as $file ) {
			$read[ basename( $file->get_file() ) ] = \Closure::bind( fn() => $this->parsed, $file, \WP_Translation_File::class )();
		}
		return $read;
	}
}
