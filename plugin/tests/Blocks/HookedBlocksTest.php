<?php
/**
 * Tests of the plugin's Block Hooks during core's pass over a post's content.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Blocks;

use Ttdt\Blocks\HookedBlocks;
use Ttdt\Tests\Support\TestCase;
use WP_Post;

/**
 * Core runs the Block Hooks algorithm over every post's content (`the_content` at 8): the
 * plugin's blocks, hooked before/after `core/post-content`, can only be inserted there when
 * the content holds that anchor, so they are left out of the pass otherwise (issue 10: a list
 * of posts paid four `hooked_block_types` filters per block) — with the same output.
 */
final class HookedBlocksTest extends TestCase {

	/**
	 * The plugin's hooked blocks core's pass sees, per anchor and position.
	 *
	 * @var array<string, array<string, string[]>>|null
	 */
	private ?array $seen = null;

	/**
	 * The plugin's booted instance, once found.
	 *
	 * @var HookedBlocks|null
	 */
	private ?HookedBlocks $booted_instance = null;

	private function post( string $content ): WP_Post {
		$id = wp_insert_post(
			array(
				'post_title'   => 'Tin thử nghiệm',
				'post_status'  => 'publish',
				'post_content' => $content,
			)
		);
		return get_post( $id );
	}

	/**
	 * Runs `the_content` for a post, noting what core's pass sees (a probe at 7 runs after the
	 * plugin's own callback there, which was added when the plugin booted).
	 *
	 * @param WP_Post $post The post.
	 * @return string The filtered content.
	 */
	private function the_content( WP_Post $post ): string {
		$GLOBALS['post'] = $post;
		setup_postdata( $post );
		$probe = function ( $content ) {
			$this->seen = array_map(
				static fn( array $positions ): array => array_map(
					static fn( array $names ): array => array_values( array_filter( $names, static fn( string $name ): bool => str_starts_with( $name, 'ttdt/' ) ) ),
					$positions
				),
				get_hooked_blocks()
			);
			return $content;
		};
		add_filter( 'the_content', $probe, 7 );
		// Core's pass alone (not the blocks' rendering): what it inserts, as markup.
		remove_filter( 'the_content', 'do_blocks', 9 );
		$out = (string) apply_filters( 'the_content', $post->post_content );
		remove_filter( 'the_content', $probe, 7 );
		add_filter( 'the_content', 'do_blocks', 9 );
		return $out;
	}

	/**
	 * Removes the booted plugin's callbacks of this feature (the content as before the fix).
	 */
	private function without_suspension(): void {
		foreach ( $GLOBALS['wp_filter']['the_content']->callbacks as $priority => $callbacks ) {
			foreach ( $callbacks as $callback ) {
				if ( is_array( $callback['function'] ) && $callback['function'][0] instanceof HookedBlocks ) {
					remove_filter( 'the_content', $callback['function'], $priority );
				}
			}
		}
	}

	public function test_content_without_the_anchor_is_passed_without_the_plugins_hooked_blocks(): void {
		$post = $this->post( "<!-- wp:paragraph -->\n<p>Nội dung tin.</p>\n<!-- /wp:paragraph -->" );
		$with = $this->the_content( $post );
		$this->assertSame( array(), $this->seen['core/post-content']['after'] ?? array(), 'Core\'s pass ran with the plugin\'s hooked blocks.' );
		$this->assertSame( array(), $this->seen['core/post-content']['before'] ?? array() );

		$this->assertContains( 'ttdt/post-source', get_hooked_blocks()['core/post-content']['after'], 'The hooks are back after the pass.' );

		$this->without_suspension();
		$this->assertSame( $this->the_content( $post ), $with, 'The output is the same as with the hooks.' );
		$this->assertContains( 'ttdt/post-source', $this->seen['core/post-content']['after'] );
	}

	public function test_content_holding_the_anchor_keeps_the_hooked_blocks(): void {
		$post = $this->post( "<!-- wp:group -->\n<div class=\"wp-block-group\"><!-- wp:post-content /--></div>\n<!-- /wp:group -->" );
		$with = $this->the_content( $post );
		$this->assertContains( 'ttdt/post-source', $this->seen['core/post-content']['after'], 'An anchor in the content: core decides, as without the plugin\'s check.' );
		$this->without_suspension();
		$this->assertSame( $this->the_content( $post ), $with );
	}

	public function test_classic_content_without_blocks_is_unchanged(): void {
		$post = $this->post( '<p>Tin soạn bằng trình soạn thảo cổ điển.</p>' );
		$with = $this->the_content( $post );
		$this->without_suspension();
		$this->assertSame( $this->the_content( $post ), $with );
		$this->assertStringContainsString( 'Tin soạn bằng trình soạn thảo cổ điển.', $with );
	}

	public function test_hooked_blocks_a_news_item_cannot_show_cost_no_render(): void {
		$post            = $this->post( '<!-- wp:paragraph --><p>Tin.</p><!-- /wp:paragraph -->' );
		$GLOBALS['post'] = $post;
		wp_dequeue_style( 'ttdt-item-details-style' );
		$this->assertSame( '', render_block( parse_blocks( '<!-- wp:ttdt/item-details /-->' )[0] ) );
		$this->assertFalse( wp_style_is( 'ttdt-item-details-style', 'enqueued' ), 'The block was rendered (its style enqueued) for nothing.' );

		// In a list: the item comes from the context the parent gives its children.
		wp_dequeue_style( 'ttdt-draft-comments-style' );
		unset( $GLOBALS['post'] );
		$group = new \WP_Block(
			parse_blocks( '<!-- wp:group --><div class="wp-block-group"><!-- wp:ttdt/draft-comments /--><!-- wp:ttdt/reference-label /--></div><!-- /wp:group -->' )[0],
			array(
				'postId'   => $post->ID,
				'postType' => 'post',
			)
		);
		$this->assertStringNotContainsString( 'ttdt-', $group->render() );
		$this->assertFalse( wp_style_is( 'ttdt-draft-comments-style', 'enqueued' ) );
	}

	public function test_a_source_block_with_nothing_to_show_costs_no_render_and_keeps_its_style(): void {
		$empty   = $this->post( '<!-- wp:paragraph --><p>Tin chưa có nguồn.</p><!-- /wp:paragraph -->' );
		$sourced = $this->post( '<!-- wp:paragraph --><p>Tin có nguồn.</p><!-- /wp:paragraph -->' );
		update_post_meta( $sourced->ID, \Ttdt\Provenance\ProvenanceMeta::SOURCE, 'Báo Nhân Dân' );
		$renders = 0;
		$count   = static function ( $content ) use ( &$renders ) {
			++$renders;
			return $content;
		};
		add_filter( 'render_block_ttdt/post-source', $count );
		try {
			wp_dequeue_style( 'ttdt-post-source-style' );
			$GLOBALS['post'] = $empty;
			$this->assertSame( '', render_block( parse_blocks( '<!-- wp:ttdt/post-source /-->' )[0] ) );
			$this->assertSame( 0, $renders, 'The block was rendered for an item with nothing to show.' );
			$this->assertTrue( wp_style_is( 'ttdt-post-source-style', 'enqueued' ), 'Its style is enqueued as its empty render did.' );

			// In a list, each item from the context its parent gives.
			$markup = '';
			foreach ( array( $empty, $sourced ) as $item ) {
				$group   = new \WP_Block(
					parse_blocks( '<!-- wp:group --><div class="wp-block-group"><!-- wp:ttdt/post-source /--></div><!-- /wp:group -->' )[0],
					array(
						'postId'   => $item->ID,
						'postType' => 'post',
					)
				);
				$markup .= $group->render();
			}
			$this->assertSame( 1, $renders, 'Only the item with a source is rendered.' );
			$this->assertSame( 1, substr_count( $markup, 'Báo Nhân Dân' ) );
		} finally {
			remove_filter( 'render_block_ttdt/post-source', $count );
		}
	}

	public function test_a_hooked_block_its_item_shows_is_rendered(): void {
		$post = $this->post( '<!-- wp:paragraph --><p>Tin tham khảo.</p><!-- /wp:paragraph -->' );
		update_post_meta( $post->ID, \Ttdt\Provenance\ProvenanceMeta::IS_REFERENCE, true );
		\Ttdt\Provenance\ReferenceIndex::ids();
		$GLOBALS['post'] = $post;
		$group = new \WP_Block(
			parse_blocks( '<!-- wp:group --><div class="wp-block-group"><!-- wp:ttdt/reference-label /--></div><!-- /wp:group -->' )[0],
			array(
				'postId'   => $post->ID,
				'postType' => 'post',
			)
		);
		$this->assertStringContainsString( 'ttdt-reference-notice__label', $group->render() );
	}

	/**
	 * Runs `$run`, noting which of the plugin's hooked blocks core's passes saw (a probe on
	 * `hooked_block_types`, which a pass applies per block).
	 *
	 * @param callable $run What runs the passes.
	 * @return array{0: mixed, 1: string[]} What `$run` returned and the names seen.
	 */
	private function probe( callable $run ): array {
		$seen  = array();
		$probe = static function ( $types ) use ( &$seen ) {
			foreach ( get_hooked_blocks() as $positions ) {
				foreach ( $positions as $names ) {
					$seen = array_merge( $seen, array_filter( $names, static fn( string $name ): bool => str_starts_with( $name, 'ttdt/' ) ) );
				}
			}
			return $types;
		};
		add_filter( 'hooked_block_types', $probe );
		try {
			$out = $run();
		} finally {
			remove_filter( 'hooked_block_types', $probe );
		}
		return array( $out, array_values( array_unique( $seen ) ) );
	}

	/**
	 * Renders a pattern block, noting what core's pass over the pattern's content saw.
	 *
	 * @param string $slug    Pattern name.
	 * @param string $content The pattern's content.
	 * @return array{0: string, 1: string[]} The markup and the names seen.
	 */
	private function render_pattern( string $slug, string $content ): array {
		register_block_pattern(
			$slug,
			array(
				'title'   => 'Mẫu thử',
				'content' => $content,
			)
		);
		try {
			return $this->probe( static fn() => render_block( parse_blocks( '<!-- wp:pattern {"slug":"' . $slug . '"} /-->' )[0] ) );
		} finally {
			unregister_block_pattern( $slug );
		}
	}

	public function test_a_pattern_without_the_anchor_is_passed_without_the_plugins_hooked_blocks(): void {
		$content = "<!-- wp:group -->\n<div class=\"wp-block-group\"><!-- wp:paragraph -->\n<p>Chân trang của xã.</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:group -->";
		list( $with, $seen ) = $this->render_pattern( 'ttdt-test/footer', $content );
		$this->assertSame( array(), $seen, 'Core\'s pass over the pattern ran with the plugin\'s hooked blocks.' );
		$this->assertContains( 'ttdt/post-source', get_hooked_blocks()['core/post-content']['after'], 'The hooks are back after the pattern.' );

		remove_filter( 'pre_render_block', array( $this->booted(), 'pre_render' ), PHP_INT_MAX );
		add_filter( 'pre_render_block', array( $this->booted_instance, 'skip_empty' ), PHP_INT_MAX, 3 );
		try {
			list( $without, $seen ) = $this->render_pattern( 'ttdt-test/footer', $content );
		} finally {
			remove_filter( 'pre_render_block', array( $this->booted_instance, 'skip_empty' ), PHP_INT_MAX );
			add_filter( 'pre_render_block', array( $this->booted_instance, 'pre_render' ), PHP_INT_MAX, 3 );
		}
		$this->assertContains( 'ttdt/post-source', $seen, 'Without the check the pass sees them.' );
		$this->assertSame( $without, $with, 'The output is the same as with the hooks.' );
		$this->assertStringContainsString( 'Chân trang của xã.', $with );
	}

	public function test_a_pattern_holding_the_anchor_gets_the_hooked_blocks(): void {
		$post = $this->post( '<!-- wp:paragraph --><p>Nội dung tin.</p><!-- /wp:paragraph -->' );
		update_post_meta( $post->ID, \Ttdt\Provenance\ProvenanceMeta::SOURCE, 'Văn phòng UBND xã' );
		update_post_meta( $post->ID, \Ttdt\Provenance\ProvenanceMeta::WRITER, 'Nguyễn Văn An' );
		$GLOBALS['post'] = $post;
		setup_postdata( $post );
		list( $out, $seen ) = $this->render_pattern( 'ttdt-test/single', "<!-- wp:group -->\n<div class=\"wp-block-group\"><!-- wp:post-content /--></div>\n<!-- /wp:group -->" );
		$this->assertContains( 'ttdt/post-source', $seen );
		$this->assertStringContainsString( 'Văn phòng UBND xã', $out, 'The source block hooked after the content is shown.' );
	}

	public function test_a_template_part_is_passed_with_every_hooked_block_inside_a_pattern_without_the_anchor(): void {
		$hooks = new HookedBlocks();
		$missing = parse_blocks( '<!-- wp:pattern {"slug":"ttdt-test/missing"} /-->' )[0];
		$hooks->enter_block( null, $missing );
		$this->assertContains( 'ttdt/post-source', get_hooked_blocks()['core/post-content']['after'], 'A pattern whose content is unknown keeps the hooks.' );
		$hooks->leave_block( '', $missing );
		register_block_pattern( 'ttdt-test/plain', array( 'title' => 'Mẫu thử', 'content' => '<!-- wp:paragraph --><p>Chữ.</p><!-- /wp:paragraph -->' ) );
		$plain = parse_blocks( '<!-- wp:pattern {"slug":"ttdt-test/plain"} /-->' )[0];
		$part  = parse_blocks( '<!-- wp:template-part {"slug":"footer"} /-->' )[0];
		try {
			$hooks->enter_block( null, $plain );
			$this->assertArrayNotHasKey( 'core/post-content', get_hooked_blocks() );
			$hooks->enter_block( null, $part );
			$this->assertContains( 'ttdt/post-source', get_hooked_blocks()['core/post-content']['after'] );
			$hooks->leave_block( '', $part );
			$this->assertArrayNotHasKey( 'core/post-content', get_hooked_blocks() );
			$hooks->leave_block( '', $plain );
		} finally {
			unregister_block_pattern( 'ttdt-test/plain' );
		}
		$this->assertContains( 'ttdt/post-source', get_hooked_blocks()['core/post-content']['after'] );
	}

	public function test_a_theme_file_is_built_with_only_the_hooks_it_can_use(): void {
		$this->assertSame( 'twentytwentyfive', get_stylesheet(), 'The test site runs Twenty Twenty-Five.' );
		list( $header, $seen ) = $this->probe( static fn() => get_block_file_template( 'twentytwentyfive//header', 'wp_template_part' ) );
		$this->assertSame( array(), $seen, 'The header part holds no core/post-content.' );
		$this->assertContains( 'ttdt/post-source', get_hooked_blocks()['core/post-content']['after'], 'The hooks are back after it.' );

		list( $single, $seen ) = $this->probe( static fn() => get_block_file_template( 'twentytwentyfive//single', 'wp_template' ) );
		$this->assertContains( 'ttdt/post-source', $seen );
		$this->assertMatchesRegularExpression( '#<!-- wp:post-content[^>]*ignoredHookedBlocks[^>]*ttdt/post-source#', $single->content, 'Core inserted the hooked blocks by the anchor and noted them.' );
		$this->assertStringContainsString( '<!-- wp:ttdt/post-source /-->', $single->content );

		$booted = $this->booted();
		remove_filter( 'pre_get_block_file_template', array( $booted, 'enter_file' ), PHP_INT_MAX );
		try {
			$this->assertEquals( $header, get_block_file_template( 'twentytwentyfive//header', 'wp_template_part' ), 'The same part as with every hook.' );
		} finally {
			add_filter( 'pre_get_block_file_template', array( $booted, 'enter_file' ), PHP_INT_MAX, 3 );
		}
	}

	/**
	 * The plugin's booted instance.
	 */
	private function booted(): HookedBlocks {
		$this->booted_instance = null;
		foreach ( $GLOBALS['wp_filter']['pre_render_block']->callbacks[ PHP_INT_MAX ] ?? array() as $callback ) {
			if ( is_array( $callback['function'] ) && $callback['function'][0] instanceof HookedBlocks ) {
				$this->booted_instance = $callback['function'][0];
				return $this->booted_instance;
			}
		}
		$this->fail( 'HookedBlocks is not booted.' );
	}
}
