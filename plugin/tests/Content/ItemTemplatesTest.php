<?php
/**
 * Tests of the page templates of the portal's public items.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Content;

use Ttdt\Content\ItemTemplates;
use Ttdt\Documents\DocumentMeta;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Feedback\QaPostType;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Tests\Support\TestCase;
use WP_Block_Templates_Registry;

/**
 * A block theme shows the portal's items through the plugin's template, not its blog's.
 */
final class ItemTemplatesTest extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		self::unregister();
	}

	protected function tearDown(): void {
		self::unregister();
		parent::tearDown();
	}

	/**
	 * Starts from no template: REST tests of the same run register them all.
	 */
	private static function unregister(): void {
		foreach ( ItemTemplates::post_types() as $post_type ) {
			if ( WP_Block_Templates_Registry::get_instance()->is_registered( ItemTemplates::name( $post_type ) ) ) {
				unregister_block_template( ItemTemplates::name( $post_type ) );
			}
		}
	}

	/**
	 * The Site Editor lists a template per type, and WordPress picks it for an item's page
	 * ahead of the theme's blog template, which names the account that typed the item.
	 */
	public function test_an_item_page_takes_the_plugin_template_over_the_blog_one(): void {
		$this->assertSame( 10, has_action( 'rest_api_init', array( ItemTemplates::class, 'register_all' ) ) );
		ItemTemplates::register_all();

		$listed = wp_list_pluck( get_block_templates( array( 'slug__in' => array( 'single-' . DocumentPostType::NAME, 'single-' . QaPostType::NAME ) ) ), 'title', 'slug' );
		$this->assertEqualsCanonicalizing( array( 'single-' . DocumentPostType::NAME, 'single-' . QaPostType::NAME ), array_keys( $listed ) );
		$this->assertSame( 'Trang chi tiết: Văn bản chỉ đạo điều hành', $listed[ 'single-' . DocumentPostType::NAME ], 'Named in Vietnamese after the type.' );

		$chosen = resolve_block_template( 'single', array( 'single-' . DocumentPostType::NAME, 'single', 'singular', 'index' ), '' );
		$this->assertSame( 'single-' . DocumentPostType::NAME, $chosen->slug );
		$this->assertSame( 'plugin', $chosen->source );
		$this->assertStringContainsString( '<!-- wp:post-content', $chosen->content, 'The content, beside which its details and source line render.' );
		$this->assertStringNotContainsString( 'post-author', $chosen->content, 'No blog author line.' );
		$this->assertStringNotContainsString( 'wp:query', $chosen->content, 'No "More posts" of news.' );
	}

	/**
	 * A page view registers the shown item's template only (each costs core's list of
	 * template types), and none for a news item or a page.
	 */
	public function test_a_page_view_registers_the_shown_items_template_only(): void {
		$registry = WP_Block_Templates_Registry::get_instance();
		$document = self::published( DocumentPostType::NAME );
		$news     = self::published( 'post' );

		$GLOBALS['wp_query'] = new \WP_Query( array( 'p' => $news->ID ) );
		$this->assertTrue( is_singular( 'post' ) );
		ItemTemplates::register_for_page();
		$this->assertSame( array(), array_filter( array_map( array( ItemTemplates::class, 'name' ), ItemTemplates::post_types() ), array( $registry, 'is_registered' ) ) );

		$GLOBALS['wp_query'] = new \WP_Query(
			array(
				'p'         => $document->ID,
				'post_type' => DocumentPostType::NAME,
			)
		);
		$this->assertTrue( is_singular( DocumentPostType::NAME ) );
		ItemTemplates::register_for_page();
		ItemTemplates::register_for_page();
		$this->assertSame( array( ItemTemplates::name( DocumentPostType::NAME ) ), array_values( array_filter( array_map( array( ItemTemplates::class, 'name' ), ItemTemplates::post_types() ), array( $registry, 'is_registered' ) ) ) );
	}

	/**
	 * A published item of a type, with its source and writer (and a document's number and date).
	 *
	 * @param string $post_type Post type.
	 * @return \WP_Post
	 */
	private static function published( string $post_type ): \WP_Post {
		return self::create_post(
			array(
				'post_type'   => $post_type,
				'post_status' => 'publish',
				'meta_input'  => array(
					DocumentMeta::NUMBER   => '15/QĐ-UBND',
					DocumentMeta::ISSUED   => '2025-01-02',
					ProvenanceMeta::SOURCE => 'Văn phòng UBND xã',
					ProvenanceMeta::WRITER => 'Nguyễn Văn Viết',
				),
			)
		);
	}
}
