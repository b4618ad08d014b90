<?php
/**
 * Tests of the plugin's fields hidden from the generic "Custom fields" box.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

use Ttdt\Collaborators\CollaboratorPostType;
use Ttdt\Organisation\OfficialPostType;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Support\ProtectedMeta;
use Ttdt\Units\UnitPostType;
use Ttdt\Workflow\WorkflowMeta;

/**
 * Every feature's fields answer through the one callback: provenance, the workflow's marks and
 * the registers' fields are protected post meta; other keys, and other kinds of meta, are not.
 */
final class ProtectedMetaTest extends TestCase {

	public function test_every_features_fields_are_protected_through_one_callback(): void {
		$keys = array_merge(
			array( ProvenanceMeta::SOURCE, ProvenanceMeta::WRITER, ProvenanceMeta::IS_REFERENCE, ProvenanceMeta::IS_READER_CONTRIBUTION, ProvenanceMeta::COLLABORATOR_ID ),
			WorkflowMeta::internal_keys(),
			array_keys( UnitPostType::meta_definitions() ),
			array_keys( OfficialPostType::meta_definitions() ),
			array_keys( CollaboratorPostType::meta_definitions() )
		);
		foreach ( $keys as $key ) {
			$this->assertTrue( is_protected_meta( $key, 'post' ), "{$key} is protected" );
			$this->assertTrue( is_protected_meta( $key ), "{$key} is protected when the caller names no type" );
			$this->assertFalse( is_protected_meta( $key, 'user' ), "{$key} as user meta is not the plugin's field" );
		}

		global $wp_filter;
		$plugin_callbacks = 0;
		foreach ( $wp_filter['is_protected_meta']->callbacks as $callbacks ) {
			foreach ( $callbacks as $callback ) {
				$function          = $callback['function'];
				$plugin_callbacks += is_array( $function ) && str_starts_with( is_object( $function[0] ) ? get_class( $function[0] ) : (string) $function[0], 'Ttdt\\' ) ? 1 : 0;
			}
		}
		$this->assertSame( 1, $plugin_callbacks, 'One callback answers for every feature.' );
	}

	public function test_other_keys_are_left_as_they_were(): void {
		$this->assertFalse( is_protected_meta( 'ttdt_not_a_field', 'post' ) );
		$this->assertFalse( is_protected_meta( 'footnotes', 'post' ) );
		$this->assertTrue( is_protected_meta( '_edit_lock', 'post' ), "Core's own rule (a leading underscore) still holds." );
		$this->assertTrue( ProtectedMeta::protect( true, 'anything', 'post' ), 'A key another rule protects stays protected.' );
	}
}
