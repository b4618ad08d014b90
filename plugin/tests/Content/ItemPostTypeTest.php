<?php
/**
 * Tests the registration the item post types share.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Content;

use Ttdt\Business\BusinessPostType;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Documents\ProcedurePostType;
use Ttdt\Drafts\DraftPostType;
use Ttdt\Tests\Support\TestCase;

/**
 * Against the types the booted plugin registered on `init`.
 */
final class ItemPostTypeTest extends TestCase {

	/**
	 * Each item type: its own REST base, address and supports on the shared base (public, in
	 * REST, the capabilities of news, no archive, no front base).
	 */
	public function test_item_types_share_registration(): void {
		$own = array(
			DocumentPostType::class  => array( 'ttdt-documents', 'van-ban', 6, array() ),
			ProcedurePostType::class => array( 'ttdt-procedures', 'thu-tuc', 7, array() ),
			DraftPostType::class     => array( 'ttdt-drafts', 'du-thao', 7, array() ),
			BusinessPostType::class  => array( 'ttdt-businesses', 'doanh-nghiep', 8, array( 'excerpt', 'thumbnail' ) ),
		);
		foreach ( $own as $class => list( $rest_base, $slug, $position, $more ) ) {
			$name = $class::NAME;
			$type = get_post_type_object( $name );
			$this->assertNotNull( $type, $name );
			$this->assertTrue( $type->public, $name );
			$this->assertTrue( $type->show_in_rest, $name );
			$this->assertSame( $rest_base, $type->rest_base, $name );
			$this->assertSame( $position, $type->menu_position, $name );
			$this->assertSame( 'post', $type->capability_type, $name );
			$this->assertTrue( $type->map_meta_cap, $name );
			$this->assertSame( 'edit_posts', $type->cap->edit_posts, $name );
			$this->assertFalse( $type->has_archive, $name );
			$this->assertSame( $slug, $type->rewrite['slug'], $name );
			$this->assertFalse( $type->rewrite['with_front'], $name );
			$this->assertNotSame( '', $type->description, $name );
			foreach ( array_merge( array( 'title', 'editor', 'author', 'revisions', 'custom-fields' ), $more ) as $feature ) {
				$this->assertTrue( post_type_supports( $name, $feature ), "{$name} {$feature}" );
			}
			$this->assertSame( empty( $more ), ! post_type_supports( $name, 'thumbnail' ), $name );
			$this->assertSame( 99, has_action( 'init', array( $class, 'maybe_flush_rewrites' ) ), $name );
		}
	}

	/**
	 * The rewrite rules are flushed once per type: the option remembers the type.
	 */
	public function test_rewrites_flushed_once(): void {
		delete_option( ProcedurePostType::REWRITE_OPTION );
		ProcedurePostType::maybe_flush_rewrites();
		$this->assertSame( ProcedurePostType::NAME, get_option( ProcedurePostType::REWRITE_OPTION ) );
	}
}
