<?php
/**
 * Tests of the names of enum values sent in REST schemas.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

use Ttdt\Board\BoardPosition;
use Ttdt\Board\StaffRole;
use Ttdt\Support\EnumLabels;
use WP_REST_Request;

/**
 * The admin screens build their choices from `x-labels`: every enum value named, in the
 * enum's order, by PHP.
 */
final class EnumLabelsTest extends TestCase {

	public function test_names_follow_the_enum_and_fall_back_to_the_value(): void {
		$schema = array(
			'properties' => array(
				'size'  => array( 'enum' => array( 'small', 'large', 'huge' ) ),
				'other' => array( 'type' => 'string' ),
			),
		);

		$named = EnumLabels::add(
			$schema,
			array(
				'size'  => array(
					'large' => 'Lớn',
					'small' => 'Nhỏ',
				),
				'other' => array( 'x' => 'X' ),
			)
		);

		$this->assertSame(
			array(
				'small' => 'Nhỏ',
				'large' => 'Lớn',
				'huge'  => 'huge',
			),
			$named['properties']['size'][ EnumLabels::KEYWORD ]
		);
		// A property without an enum gets no names.
		$this->assertArrayNotHasKey( EnumLabels::KEYWORD, $named['properties']['other'] );
	}

	public function test_the_roster_schema_names_every_role_and_position(): void {
		wp_set_current_user( self::create_user( 'administrator' )->ID );

		$response = rest_do_request( new WP_REST_Request( 'OPTIONS', '/ttdt/v1/board' ) );
		$schema   = $response->get_data()['schema'];
		$roles    = $schema['properties']['role'];
		$position = $schema['properties']['position'];

		$this->assertSame( $roles['enum'], array_map( 'strval', array_keys( $roles[ EnumLabels::KEYWORD ] ) ) );
		foreach ( StaffRole::labels() as $slug => $label ) {
			$this->assertSame( $label, $roles[ EnumLabels::KEYWORD ][ $slug ] );
		}
		$this->assertSame( $position['enum'], array_map( 'strval', array_keys( $position[ EnumLabels::KEYWORD ] ) ) );
		foreach ( BoardPosition::labels() as $key => $label ) {
			$this->assertSame( $label, $position[ EnumLabels::KEYWORD ][ $key ] );
		}
		$this->assertNotSame( '', $position[ EnumLabels::KEYWORD ][''] );
	}
}
