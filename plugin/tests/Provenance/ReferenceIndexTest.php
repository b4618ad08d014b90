<?php
/**
 * Tests of the list of reference items that labels titles without a query.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Provenance;

use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Provenance\ReferenceIndex;
use Ttdt\Provenance\ReferenceLabel;
use Ttdt\Settings\Settings;
use Ttdt\Settings\SettingsSchema;
use Ttdt\Tests\Support\TestCase;

/**
 * Public pages print titles of items whose meta WordPress never loaded (previous/next links):
 * labelling them must cost no query, and the label must still follow the stored flag.
 */
final class ReferenceIndexTest extends TestCase {

	private function item( bool $reference ): int {
		$id = wp_insert_post(
			array(
				'post_title'  => 'Tin thử nghiệm',
				'post_status' => 'draft',
				'post_type'   => 'post',
			)
		);
		if ( $reference ) {
			update_post_meta( $id, ProvenanceMeta::IS_REFERENCE, true );
		}
		return $id;
	}

	public function test_the_label_of_an_item_whose_meta_is_not_loaded_costs_no_query(): void {
		global $wpdb;
		$reference = $this->item( true );
		$official  = $this->item( false );
		ReferenceIndex::ids();
		get_post( $reference );
		get_post( $official );
		wp_cache_delete( $reference, 'post_meta' );
		wp_cache_delete( $official, 'post_meta' );

		$before = $wpdb->num_queries;
		$this->assertTrue( ReferenceLabel::is_labelled( $reference ) );
		$this->assertFalse( ReferenceLabel::is_labelled( $official ) );
		$this->assertSame( $before, $wpdb->num_queries, 'No query for the flag of a title.' );
	}

	public function test_the_flag_of_a_title_whose_meta_is_loaded_skips_the_default_filter(): void {
		$official = $this->item( false );
		update_meta_cache( 'post', array( $official ) );
		$defaults = 0;
		add_filter(
			'default_post_metadata',
			static function ( $value ) use ( &$defaults ) {
				++$defaults;
				return $value;
			}
		);

		$this->assertFalse( ReferenceLabel::is_labelled( $official ) );
		$this->assertSame( 0, $defaults, 'Each printed title would resolve the registered default through a filter.' );
	}

	public function test_the_request_copy_of_the_list_follows_writes_of_the_option(): void {
		$id = $this->item( false );
		get_post( $id );
		wp_cache_delete( $id, 'post_meta' );
		$this->assertFalse( ReferenceIndex::contains( $id ) );

		update_option( ReferenceIndex::OPTION, array( $id ), true );
		$this->assertTrue( ReferenceIndex::contains( $id ), 'Updated option.' );
		delete_option( ReferenceIndex::OPTION );
		add_option( ReferenceIndex::OPTION, array(), '', true );
		$this->assertFalse( ReferenceIndex::contains( $id ), 'Deleted and added option.' );
	}

	public function test_the_list_follows_the_flag_through_the_meta_api(): void {
		$id = $this->item( true );
		$this->assertContains( $id, ReferenceIndex::ids() );

		update_post_meta( $id, ProvenanceMeta::IS_REFERENCE, false );
		wp_cache_delete( $id, 'post_meta' );
		$this->assertNotContains( $id, ReferenceIndex::ids() );
		$this->assertFalse( ReferenceLabel::is_labelled( $id ) );

		update_post_meta( $id, ProvenanceMeta::IS_REFERENCE, true );
		delete_post_meta( $id, ProvenanceMeta::IS_REFERENCE );
		$this->assertNotContains( $id, ReferenceIndex::ids() );
	}

	public function test_a_missing_list_is_rebuilt_from_the_meta_and_stored_autoloaded(): void {
		global $wpdb;
		$id = $this->item( true );
		delete_option( ReferenceIndex::OPTION );

		$this->assertContains( $id, ReferenceIndex::ids() );
		$autoload = $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", ReferenceIndex::OPTION ) );
		$this->assertContains( $autoload, wp_autoload_values_to_autoload() );
	}

	public function test_the_settings_option_is_stored_autoloaded_so_reading_it_costs_no_query(): void {
		global $wpdb;
		delete_option( Settings::OPTION );
		Settings::store_defaults();
		$autoload = $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", Settings::OPTION ) );
		$this->assertContains( $autoload, wp_autoload_values_to_autoload() );
		$this->assertSame( SettingsSchema::defaults(), ( new Settings() )->all() );
	}
}
