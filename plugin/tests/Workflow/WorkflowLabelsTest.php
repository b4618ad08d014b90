<?php
/**
 * Tests of the names of the workflow's values sent in its schema.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Workflow;

use Ttdt\Tests\Support\TestCase;
use Ttdt\Workflow\WorkflowSchema;

/**
 * Every state, channel and history step of the item schema carries its name, so the admin
 * screens and editor panels keep no copy of them.
 */
final class WorkflowLabelsTest extends TestCase {

	public function test_every_enum_value_of_the_schema_is_named(): void {
		$schema  = WorkflowSchema::item();
		$named   = array(
			'state'        => $schema['properties']['state'],
			'received_via' => $schema['properties']['received_via'],
			'history'      => $schema['properties']['history']['items']['properties']['action'],
		);
		foreach ( $named as $property => $node ) {
			$this->assertArrayHasKey( 'x-labels', $node, "{$property} is named." );
			$this->assertSame( $node['enum'], array_keys( $node['x-labels'] ), "{$property}: one name per value, in order." );
			foreach ( $node['x-labels'] as $value => $label ) {
				$this->assertNotSame( (string) $value, $label, "{$property}.{$value} has a name of its own." );
			}
		}
		$this->assertSame( __( 'Approved, waiting to be published', 'ttdt-portal' ), $named['state']['x-labels']['approved'] );
	}
}
