<?php
/**
 * Tests of the byline a theme prints on an item.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Provenance;

use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Tests\Support\TestCase;
use WP_Block;
use WP_Post;

/**
 * A theme's "Written by" names the item's writer, never the account that posted it.
 */
final class BylineTest extends TestCase {

	/**
	 * The account that posts the items.
	 *
	 * @var \WP_User
	 */
	private \WP_User $account;

	protected function setUp(): void {
		parent::setUp();
		$this->account = self::create_user( 'editor', array( 'display_name' => 'Tài Khoản Đăng Bài' ) );
	}

	/**
	 * Block themes: the author-name block shows the writer, unlinked; the author block shows
	 * the writer's name without the account's picture or biography.
	 */
	public function test_the_author_blocks_name_the_writer_not_the_account(): void {
		$item = $this->item( array( ProvenanceMeta::WRITER => 'Lê Văn Cập' ) );

		$name = self::render( '<!-- wp:post-author-name {"isLink":true} /-->', $item );
		$this->assertStringContainsString( 'Lê Văn Cập', $name );
		$this->assertStringNotContainsString( 'Tài Khoản Đăng Bài', $name );
		$this->assertStringNotContainsString( 'href', $name, 'No link to the account\'s archive (its login slug).' );
		$this->assertStringStartsWith( '<div class="wp-block-post-author-name', $name, 'In the block\'s own wrapper.' );

		$card = self::render( '<!-- wp:post-author {"showAvatar":true,"showBio":true} /-->', $item );
		$this->assertStringContainsString( '<p class="wp-block-post-author__name">Lê Văn Cập</p>', $card );
		$this->assertStringNotContainsString( '<img', $card );
		$this->assertStringNotContainsString( 'Tài Khoản Đăng Bài', $card );
	}

	/**
	 * Without a writer the source is named; an item without provenance (a page) keeps the
	 * theme's byline.
	 */
	public function test_the_source_stands_in_for_a_missing_writer_and_pages_are_left_alone(): void {
		$sourced = $this->item( array( ProvenanceMeta::SOURCE => 'Văn phòng UBND xã' ) );
		$this->assertStringContainsString( 'Văn phòng UBND xã', self::render( '<!-- wp:post-author-name /-->', $sourced ) );

		$page = self::create_post(
			array(
				'post_type'   => 'page',
				'post_author' => $this->account->ID,
			)
		);
		$byline = self::render( '<!-- wp:post-author-name {"isLink":true} /-->', $page );
		$this->assertStringContainsString( 'Tài Khoản Đăng Bài', $byline );
		$this->assertStringContainsString( get_author_posts_url( $this->account->ID ), $byline );
	}

	/**
	 * Classic themes: the loop's author is the writer on the site's pages; the admin's lists
	 * still name the account.
	 */
	public function test_classic_themes_name_the_writer_in_the_loop_and_the_admin_the_account(): void {
		$item = $this->item( array( ProvenanceMeta::WRITER => 'Lê Văn Cập' ) );
		$GLOBALS['wp_query'] = new \WP_Query(
			array(
				'post__in'    => array( $item->ID ),
				'post_status' => 'any',
			)
		);
		$GLOBALS['wp_query']->the_post();

		$this->assertSame( 'Lê Văn Cập', get_the_author() );
		$link = get_the_author_posts_link();
		$this->assertSame( 'Lê Văn Cập', $link, 'Plain text, no link to the account.' );

		require_once ABSPATH . 'wp-admin/includes/class-wp-screen.php';
		$GLOBALS['current_screen'] = \WP_Screen::get( 'edit-post' );
		try {
			$this->assertTrue( is_admin() );
			$this->assertSame( 'Tài Khoản Đăng Bài', get_the_author(), 'The admin names the account.' );
		} finally {
			unset( $GLOBALS['current_screen'] );
			wp_reset_postdata();
		}
	}

	/**
	 * An item of the account with provenance fields.
	 *
	 * @param array<string, string> $meta Provenance fields.
	 * @return WP_Post
	 */
	private function item( array $meta ): WP_Post {
		return self::create_post(
			array(
				'post_author' => $this->account->ID,
				'meta_input'  => $meta,
			)
		);
	}

	/**
	 * Renders block markup for an item, as a template does.
	 *
	 * @param string  $markup Block markup.
	 * @param WP_Post $post   The item.
	 * @return string
	 */
	private static function render( string $markup, WP_Post $post ): string {
		$block = new WP_Block(
			parse_blocks( $markup )[0],
			array(
				'postId'   => $post->ID,
				'postType' => $post->post_type,
			)
		);
		return trim( $block->render() );
	}
}
