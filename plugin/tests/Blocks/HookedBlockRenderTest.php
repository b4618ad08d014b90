<?php
/**
 * Tests of the hooked blocks a page view renders beside their anchor.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Blocks;

use Ttdt\Blocks\HookedBlockRender;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Tests\Support\TestCase;
use WP_Block_Type_Registry;
use WP_Post;

/**
 * One behaviour, two paths: what core's Block Hooks insert into a template (the editors'
 * requests) and what a page view renders beside the anchor must read the same.
 */
final class HookedBlockRenderTest extends TestCase {

	private const TEMPLATE = '<!-- wp:group --><div class="wp-block-group"><!-- wp:post-title /--><!-- wp:post-content /--></div><!-- /wp:group -->';

	public function test_a_page_view_shows_what_core_would_insert(): void {
		$news = $this->item( 'post' );
		update_post_meta( $news->ID, ProvenanceMeta::SOURCE, 'Báo Nghệ An' );
		update_post_meta( $news->ID, ProvenanceMeta::WRITER, 'Trần Thị Bình' );
		$document = $this->item( DocumentPostType::NAME );

		foreach ( array( $news, $document ) as $item ) {
			$by_core = $this->by_core( self::TEMPLATE, $item );
			$beside  = $this->beside( self::TEMPLATE, $item );
			$this->assertSame( $this->normalise( $by_core ), $this->normalise( $beside ), "The same for a {$item->post_type}." );
		}
		$this->assertStringContainsString( 'Trần Thị Bình', $this->beside( self::TEMPLATE, $news ) );
		$this->assertMatchesRegularExpression( '#wp-block-post-content.*wp-block-ttdt-post-source#s', $this->beside( self::TEMPLATE, $news ), 'The source follows the content.' );
		$this->assertMatchesRegularExpression( '#wp-block-ttdt-item-details.*wp-block-post-content#s', $this->beside( self::TEMPLATE, $document ), 'The details precede it.' );
	}

	public function test_a_reference_item_shows_its_notice_once_on_both_paths(): void {
		foreach ( array( 'by_core', 'beside' ) as $path ) {
			// An item for each path: a notice printed is not printed again in the request.
			$item = $this->item( 'post' );
			update_post_meta( $item->ID, ProvenanceMeta::IS_REFERENCE, true );
			$html = $this->$path( self::TEMPLATE, $item );
			$this->assertSame( 1, substr_count( $html, 'ttdt-reference-notice__label' ), "Once on the {$path} path." );
			$this->assertMatchesRegularExpression( '#wp-block-ttdt-reference-label.*wp-block-post-content#s', $html, "Before the content on the {$path} path." );
		}
	}

	public function test_a_block_the_site_editor_moved_or_removed_is_not_rendered_beside_the_anchor(): void {
		$news = $this->item( 'post' );
		update_post_meta( $news->ID, ProvenanceMeta::SOURCE, 'Báo Nghệ An' );
		$template = '<!-- wp:post-content {"metadata":{"ignoredHookedBlocks":["ttdt/post-source"]}} /-->';
		$this->assertStringNotContainsString( 'ttdt-post-source', $this->beside( $template, $news ) );
		$this->assertStringNotContainsString( 'ttdt-post-source', $this->by_core( $template, $news ) );
	}

	public function test_a_hooked_block_filter_shapes_the_block_on_both_paths(): void {
		$news = $this->item( 'post' );
		update_post_meta( $news->ID, ProvenanceMeta::SOURCE, 'Báo Nghệ An' );
		$seen  = array();
		$style = static function ( $block, $name, $position, $anchor, $post ) use ( &$seen ) {
			$seen[]                      = $post instanceof WP_Post ? $post->ID : 0;
			$block['attrs']['className'] = 'nguon-noi-bat';
			return $block;
		};
		add_filter( 'hooked_block_ttdt/post-source', $style, 10, 5 );
		try {
			$by_core = $this->by_core( self::TEMPLATE, $news );
			$beside  = $this->beside( self::TEMPLATE, $news );
		} finally {
			remove_filter( 'hooked_block_ttdt/post-source', $style, 10 );
		}
		$this->assertStringContainsString( 'nguon-noi-bat', $beside, 'The filter shaped the rendered block.' );
		$this->assertSame( $this->normalise( $by_core ), $this->normalise( $beside ) );
		$this->assertContains( $news->ID, $seen, 'It was given the item.' );
	}

	public function test_the_hooks_are_taken_from_core_once(): void {
		$metadata = HookedBlockRender::take_hooks(
			array(
				'name'       => 'ttdt/post-source',
				'blockHooks' => array(
					'core/post-content' => 'after',
					'core/post-title'   => 'firstChild',
				),
			)
		);
		HookedBlockRender::take_hooks( array( 'name' => 'ttdt/post-source', 'blockHooks' => array( 'core/post-content' => 'after' ) ) );
		$this->assertSame( array( 'core/post-title' => 'firstChild' ), $metadata['blockHooks'], 'A first or last child stays with core.' );
		$this->assertSame( array( 'name' => 'core/paragraph' ), HookedBlockRender::take_hooks( array( 'name' => 'core/paragraph' ) ), 'Other blocks are left alone.' );
		remove_filter( 'render_block_core/post-content', array( HookedBlockRender::class, 'render_beside' ), PHP_INT_MAX );

		$news = $this->item( 'post' );
		update_post_meta( $news->ID, ProvenanceMeta::SOURCE, 'Báo Nghệ An' );
		$this->assertSame( 1, substr_count( $this->beside( self::TEMPLATE, $news ), 'Báo Nghệ An' ), 'Rendered once, however often the hooks were taken.' );
	}

	private function item( string $post_type ): WP_Post {
		return self::create_post(
			array(
				'post_type'    => $post_type,
				'post_title'   => 'Mục thử nghiệm',
				'post_status'  => 'publish',
				'post_content' => '<!-- wp:paragraph --><p>Nội dung.</p><!-- /wp:paragraph -->',
			)
		);
	}

	/**
	 * The template as the editors' requests render it: core inserts the hooked blocks.
	 *
	 * @param string  $template Block markup.
	 * @param WP_Post $item     The item shown.
	 * @return string
	 */
	private function by_core( string $template, WP_Post $item ): string {
		$GLOBALS['post'] = $item;
		return do_blocks( apply_block_hooks_to_content( $template, array(), 'insert_hooked_blocks' ) );
	}

	/**
	 * The template as a page view renders it: the plugin's blocks without core's hooks.
	 *
	 * @param string  $template Block markup.
	 * @param WP_Post $item     The item shown.
	 * @return string
	 */
	private function beside( string $template, WP_Post $item ): string {
		$types = array();
		foreach ( WP_Block_Type_Registry::get_instance()->get_all_registered() as $name => $type ) {
			if ( str_starts_with( $name, 'ttdt/' ) && $type->block_hooks ) {
				$types[ $name ] = $type->block_hooks;
				HookedBlockRender::take_hooks(
					array(
						'name'       => $name,
						'blockHooks' => $type->block_hooks,
					)
				);
				$type->block_hooks = array();
			}
		}
		$GLOBALS['post'] = $item;
		try {
			return do_blocks( $template );
		} finally {
			remove_filter( 'render_block_core/post-content', array( HookedBlockRender::class, 'render_beside' ), PHP_INT_MAX );
			foreach ( $types as $name => $hooks ) {
				WP_Block_Type_Registry::get_instance()->get_registered( $name )->block_hooks = $hooks;
			}
		}
	}

	/**
	 * Markup without the white space between tags (core's inserted blocks carry new lines).
	 *
	 * @param string $html Markup.
	 * @return string
	 */
	private function normalise( string $html ): string {
		return trim( (string) preg_replace( '/>\s+</', '><', $html ) );
	}
}
