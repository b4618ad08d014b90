<?php
/**
 * Tests of the wrapper attributes worked out once per block type.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Blocks;

use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Tests\Support\TestCase;
use WP_Block;

/**
 * The remembered answer must be core's, for every block it stands for.
 */
final class WrapperAttributesTest extends TestCase {

	public function test_a_block_without_attributes_gets_core_s_wrapper_every_time(): void {
		$first  = $this->source_block( array(), 'Báo Nghệ An' );
		$second = $this->source_block( array(), 'Đài Truyền thanh' );

		$this->assertStringStartsWith( '<div class="wp-block-ttdt-post-source">', $first );
		$this->assertStringStartsWith( '<div class="wp-block-ttdt-post-source">', $second );
		$this->assertStringContainsString( 'Đài Truyền thanh', $second, 'Only the wrapper is remembered, not the block.' );
	}

	public function test_a_block_with_attributes_gets_its_own_wrapper(): void {
		$this->source_block( array(), 'Báo Nghệ An' );
		$styled = $this->source_block(
			array(
				'className' => 'noi-bat',
				'textColor' => 'contrast',
			),
			'Báo Nghệ An'
		);

		$this->assertMatchesRegularExpression( '#^<div class="[^"]*\bnoi-bat\b[^"]*\bhas-contrast-color\b#', $styled );
		$this->assertStringStartsWith( '<div class="wp-block-ttdt-post-source">', $this->source_block( array(), 'Báo Nghệ An' ), 'The styled block did not change the plain one.' );
	}

	public function test_extra_attributes_are_applied(): void {
		$news = $this->news( 'Báo Nghệ An' );
		update_post_meta( $news->ID, ProvenanceMeta::IS_REFERENCE, true );
		$notice = ( new WP_Block(
			array(
				'blockName' => 'ttdt/reference-label',
				'attrs'     => array(),
			),
			array( 'postId' => $news->ID )
		) )->render();

		$this->assertMatchesRegularExpression( '#^<div class="wp-block-ttdt-reference-label" role="note">#', trim( $notice ) );
	}

	/**
	 * A source block rendered for a new item.
	 *
	 * @param array<string, mixed> $attrs  The block's attributes.
	 * @param string               $source The item's source.
	 * @return string
	 */
	private function source_block( array $attrs, string $source ): string {
		$block = new WP_Block(
			array(
				'blockName' => 'ttdt/post-source',
				'attrs'     => $attrs,
			),
			array( 'postId' => $this->news( $source )->ID )
		);
		return trim( $block->render() );
	}

	/**
	 * A published news item with a source.
	 *
	 * @param string $source Its source.
	 * @return \WP_Post
	 */
	private function news( string $source ): \WP_Post {
		$news = self::create_post(
			array(
				'post_title'  => 'Tin thử nghiệm',
				'post_status' => 'publish',
			)
		);
		update_post_meta( $news->ID, ProvenanceMeta::SOURCE, $source );
		return $news;
	}
}
