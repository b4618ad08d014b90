<?php
/**
 * Tests of the commune portal's block patterns.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Blocks;

use Ttdt\Blocks\Patterns;
use Ttdt\Content\Sections;
use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;
use WP_Block_Patterns_Registry;

/**
 * The patterns exist for the editor, list the right sections, and render as a portal.
 */
final class PatternsTest extends TestCase {

	public function test_patterns_are_registered_for_the_editor_only(): void {
		$registry = WP_Block_Patterns_Registry::get_instance();
		$this->assertSame( 10, has_action( 'rest_api_init', array( $this->booted(), 'register' ) ) );
		$this->assertFalse( has_action( 'init', array( $this->booted(), 'register' ) ) );

		$this->booted()->register();

		$this->assertTrue( $registry->is_registered( 'ttdt-portal/home' ) );
		$this->assertTrue( $registry->is_registered( 'ttdt-portal/contact' ) );
		$this->assertContains( 'core/template-part/footer', $registry->get_registered( 'ttdt-portal/footer' )['blockTypes'], 'Offered where a footer is replaced.' );
		foreach ( array_keys( Sections::definitions() ) as $section ) {
			$this->assertTrue( $registry->is_registered( 'ttdt-portal/section-' . $section ), $section );
		}
	}

	public function test_the_home_page_shows_each_section_latest_items_and_the_agency(): void {
		$news      = self::create_post(
			array(
				'post_title'    => 'Tin mẫu của mục tin tức',
				'post_category' => array( Sections::term_id( 'news' ) ),
				'post_date'     => '2026-11-02 08:00:00',
			)
		);
		$directive = self::create_post(
			array(
				'post_title'    => 'Kế hoạch mẫu của mục văn bản',
				'post_category' => array( Sections::term_id( 'directives' ) ),
			)
		);
		// Public items as stored; how they got approved is the workflow's tests' business.
		self::make_public( $news, $directive );

		update_option( Settings::OPTION, array( 'agency_name' => 'Ủy ban nhân dân xã Thử' ) );

		$content = Patterns::definition( 'home' )['content'];
		$blocks  = parse_blocks( $content );
		$html    = do_blocks( $content );

		$this->assertSame( 'core/group', $blocks[0]['blockName'] );
		$this->assertStringContainsString( '"taxQuery":{"category":[' . Sections::term_id( 'news' ) . ']}', $content );
		$this->assertStringContainsString( $news->post_title, $html );
		$this->assertStringContainsString( $directive->post_title, $html );
		$this->assertStringContainsString( '02/11/2026', $html, 'dates read dd/mm/yyyy' );
		$this->assertStringContainsString( 'Ủy ban nhân dân xã Thử', $html );
		$this->assertStringContainsString( esc_url( home_url( '/gop-y-phan-anh/' ) ), $html );
		// Each item is in its own section's list only.
		$this->assertSame( 1, substr_count( $html, $news->post_title ) );
	}

	public function test_the_footer_shows_the_portal_and_the_agency_on_every_page(): void {
		update_option( Settings::OPTION, array( 'agency_name' => 'Ủy ban nhân dân xã Thử' ) );
		update_option( 'blogname', 'Trang thông tin điện tử xã Thử' );

		$html = do_blocks( Patterns::definition( 'footer' )['content'] );

		$this->assertStringContainsString( 'Trang thông tin điện tử xã Thử', $html );
		$this->assertStringContainsString( 'Ủy ban nhân dân xã Thử', $html );
		$this->assertStringNotContainsString( '<footer', $html, 'The template part is the footer landmark; a second one inside it would repeat it.' );
		$this->assertStringNotContainsString( '<script', $html );
	}

	public function test_markup_in_a_renamed_section_is_escaped(): void {
		wp_update_term( Sections::term_id( 'reform' ), 'category', array( 'name' => 'Cải cách <script>x</script>' ) );
		$registry = WP_Block_Patterns_Registry::get_instance();
		$registry->unregister( 'ttdt-portal/home' );

		$this->booted()->register();

		$pattern = $registry->get_registered( 'ttdt-portal/section-reform' );
		$this->assertStringNotContainsString( '<script>', $pattern['content'] );
		$this->assertStringContainsString( 'Cải cách', $pattern['title'] );
	}

	/**
	 * Marks items published in the database, as a published item is stored.
	 *
	 * @param \WP_Post ...$posts Items.
	 */
	private static function make_public( \WP_Post ...$posts ): void {
		global $wpdb;
		foreach ( $posts as $post ) {
			$wpdb->update( $wpdb->posts, array( 'post_status' => 'publish' ), array( 'ID' => $post->ID ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
			clean_post_cache( $post->ID );
		}
	}

	/**
	 * The instance the plugin booted.
	 */
	private function booted(): Patterns {
		global $wp_filter;
		foreach ( $wp_filter['rest_api_init']->callbacks as $callbacks ) {
			foreach ( $callbacks as $callback ) {
				if ( is_array( $callback['function'] ) && $callback['function'][0] instanceof Patterns ) {
					return $callback['function'][0];
				}
			}
		}
		$this->fail( 'Patterns is not booted.' );
	}
}
