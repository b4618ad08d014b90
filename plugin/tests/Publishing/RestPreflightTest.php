<?php
/**
 * Tests of the REST preflight with the meta the block editor sends.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Publishing;

use Ttdt\Royalty\ItemPricing;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;
use WP_REST_Response;

/**
 * The block editor sends every registered meta key whenever one changes: a key the user may
 * not edit, sent unchanged, must not stop the save; changed, it must.
 */
final class RestPreflightTest extends TestCase {

	public function test_an_unchanged_key_the_user_may_not_edit_does_not_stop_the_save(): void {
		$writer = self::create_user( 'ttdt_updater' );
		$post   = self::create_post( array( 'post_author' => $writer->ID ) );

		$saved = $this->update(
			$writer->ID,
			$post->ID,
			array(
				'title' => 'Tiêu đề mới',
				'meta'  => array(
					ItemPricing::SHARES => array(),
					ItemPricing::GENRE  => '',
					'ttdt_source'       => 'Văn phòng UBND',
				),
			)
		);

		$this->assertSame( 200, $saved->get_status(), wp_json_encode( $saved->get_data() ) );
		$this->assertSame( 'Tiêu đề mới', get_post( $post->ID )->post_title );
		$this->assertSame( 'Văn phòng UBND', get_post_meta( $post->ID, 'ttdt_source', true ) );
		$this->assertFalse( metadata_exists( 'post', $post->ID, ItemPricing::SHARES ), 'Nothing stored for the unchanged key.' );
	}

	public function test_a_changed_key_the_user_may_not_edit_stops_the_whole_save(): void {
		$writer = self::create_user( 'ttdt_updater' );
		$post   = self::create_post( array( 'post_author' => $writer->ID ) );

		$refused = $this->update(
			$writer->ID,
			$post->ID,
			array(
				'title' => 'Không được lưu',
				'meta'  => array( ItemPricing::GENRE => 'bai' ),
			)
		);

		$this->assertSame( 403, $refused->get_status() );
		$this->assertNotSame( 'Không được lưu', get_post( $post->ID )->post_title );
		$this->assertSame( '', get_post_meta( $post->ID, ItemPricing::GENRE, true ) );
	}

	/**
	 * A REST update of an item as a user.
	 *
	 * @param int                  $user_id User.
	 * @param int                  $post_id Item.
	 * @param array<string, mixed> $params  Body.
	 */
	private function update( int $user_id, int $post_id, array $params ): WP_REST_Response {
		wp_set_current_user( $user_id );
		$request = new WP_REST_Request( 'POST', '/wp/v2/posts/' . $post_id );
		$request->set_body_params( $params );
		return rest_do_request( $request );
	}
}
