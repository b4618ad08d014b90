<?php
/**
 * Tests of the registers' post types (units, officials, collaborators).
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Content;

use Ttdt\Access\Capabilities;
use Ttdt\Collaborators\CollaboratorPostType;
use Ttdt\Organisation\OfficialPostType;
use Ttdt\Tests\Support\TestCase;
use Ttdt\Units\UnitPostType;

/**
 * Each register is a private type served under `ttdt/v1`, every capability of it is the one
 * right of those who manage the register, and its fields are REST meta hidden from the
 * generic "Custom fields" box.
 */
final class RecordPostTypeTest extends TestCase {

	/**
	 * Class, capability of the managers, REST base.
	 *
	 * @return array<string, array{0: class-string, 1: string, 2: string}>
	 */
	public function registers(): array {
		return array(
			'units'         => array( UnitPostType::class, Capabilities::MANAGE_UNITS, 'units' ),
			'officials'     => array( OfficialPostType::class, Capabilities::MANAGE_UNITS, 'officials' ),
			'collaborators' => array( CollaboratorPostType::class, CollaboratorPostType::MANAGE_CAPABILITY, 'collaborators' ),
		);
	}

	/**
	 * @dataProvider registers
	 *
	 * @param string $class     Post type class.
	 * @param string $manage    Capability of the managers.
	 * @param string $rest_base REST base.
	 */
	public function test_a_register_is_a_private_type_managed_by_one_right( string $class, string $manage, string $rest_base ): void {
		$type = get_post_type_object( $class::NAME );
		$this->assertNotNull( $type );
		$this->assertFalse( $type->public );
		$this->assertFalse( $type->publicly_queryable );
		$this->assertFalse( $type->show_ui );
		$this->assertTrue( $type->exclude_from_search );
		$this->assertFalse( $type->rewrite );
		$this->assertSame( 'ttdt/v1', $type->rest_namespace );
		$this->assertSame( $rest_base, $type->rest_base );
		$this->assertTrue( post_type_supports( $class::NAME, 'custom-fields' ) );
		foreach ( array( 'read', 'create_posts', 'edit_posts', 'edit_others_posts', 'edit_published_posts', 'edit_private_posts', 'publish_posts', 'read_private_posts', 'delete_posts', 'delete_others_posts', 'delete_published_posts', 'delete_private_posts' ) as $capability ) {
			$this->assertSame( $manage, $type->cap->$capability, $capability );
		}
	}

	/**
	 * @dataProvider registers
	 *
	 * @param string $class Post type class.
	 */
	public function test_the_fields_are_rest_meta_hidden_from_the_custom_fields_box( string $class ): void {
		$registered = get_registered_meta_keys( 'post', $class::NAME );
		$this->assertNotEmpty( $class::meta_definitions() );
		foreach ( array_keys( $class::meta_definitions() ) as $key ) {
			$this->assertArrayHasKey( $key, $registered );
			$this->assertNotEmpty( $registered[ $key ]['show_in_rest'], $key );
			$this->assertTrue( is_protected_meta( $key, 'post' ), "{$key} protected" );
		}
		$this->assertFalse( is_protected_meta( array_key_first( $class::meta_definitions() ), 'user' ), 'only post meta' );
	}

	public function test_only_those_who_may_edit_the_record_change_its_fields(): void {
		$unit = self::create_post(
			array(
				'post_type'   => UnitPostType::NAME,
				'post_status' => 'publish',
			)
		);
		wp_set_current_user( self::create_user( 'editor' )->ID );
		$this->assertFalse( current_user_can( 'edit_post_meta', $unit->ID, UnitPostType::META_EMAIL ) );
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$this->assertTrue( current_user_can( 'edit_post_meta', $unit->ID, UnitPostType::META_EMAIL ) );
	}
}
