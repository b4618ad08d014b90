<?php
/**
 * Tests of the registration of the genre and grade fields.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Royalty;

use Ttdt\Royalty\ItemPricing;
use Ttdt\Royalty\RoyaltyRules;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * The year's genres and grades are only REST's business (the schema's enum and names, for
 * the editor panel): a public page view registers the fields without reading the rules,
 * which cost a query on every request while no year's rules were saved (issue 10).
 */
final class ItemPricingMetaTest extends TestCase {

	public function test_a_page_view_registers_the_fields_without_reading_the_rules(): void {
		global $wpdb, $wp_meta_keys;
		$saved = $wp_meta_keys;
		delete_option( RoyaltyRules::OPTION );
		// So that reading the missing option would ask the database.
		wp_cache_delete( 'notoptions', 'options' );
		$before = $wpdb->num_queries;
		try {
			( new ItemPricing() )->register_meta();

			$this->assertSame( $before, $wpdb->num_queries, 'No query on a page view.' );
			$field = get_registered_meta_keys( 'post', 'post' )[ ItemPricing::GENRE ];
			$this->assertSame( '', $field['default'] );
			$this->assertSame( 'sanitize_key', $field['sanitize_callback'] );
			$this->assertArrayNotHasKey( 'enum', $field['show_in_rest']['schema'] );
		} finally {
			$wp_meta_keys = $saved;
		}
	}

	public function test_rest_describes_the_year_s_genres_and_grades(): void {
		$response = rest_do_request( new WP_REST_Request( 'OPTIONS', '/wp/v2/posts' ) );
		$meta     = $response->get_data()['schema']['properties']['meta']['properties'];

		$this->assertSame( array( '', 'tin', 'anh', 'bai', 'phong_su', 'chuyen_de' ), $meta[ ItemPricing::GENRE ]['enum'] );
		$this->assertArrayHasKey( 'bai', $meta[ ItemPricing::GENRE ]['x-labels'] );
		$this->assertSame( array( '', 'a', 'b', 'c' ), $meta[ ItemPricing::GRADE ]['enum'] );
		$this->assertNotSame( '', $meta[ ItemPricing::GRADE ]['description'] );
	}
}
