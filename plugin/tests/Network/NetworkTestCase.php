<?php
/**
 * Base class of the tests that run on a Multisite network.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Network;

use Ttdt\Tests\Support\TestCase;

/**
 * The `network` suite runs on a subdirectory network (scripts/test-php.sh starts one); on a
 * single site these tests cannot prove anything, so they fail with the way to run them.
 */
abstract class NetworkTestCase extends TestCase {

	/**
	 * Refuses to run outside a network.
	 */
	protected function setUp(): void {
		if ( ! is_multisite() ) {
			$this->fail( 'The network suite needs a Multisite network: run `bash scripts/test-php.sh`, which starts one (native-site.mjs start network).' );
		}
		parent::setUp();
	}

	/**
	 * Puts the main site back after a test that switched.
	 */
	protected function tearDown(): void {
		while ( ms_is_switched() ) {
			restore_current_blog();
		}
		parent::tearDown();
	}

	/**
	 * Creates a site of the network (its tables become temporary tables, see TestCase).
	 *
	 * @param string $slug Path segment.
	 * @return int Site ID.
	 */
	protected static function create_site( string $slug ): int {
		$network = get_network();
		$id      = wpmu_create_blog( $network->domain, '/' . $slug . '/', 'Xã thử ' . $slug, get_current_user_id() ? get_current_user_id() : 1 );
		self::assertIsInt( $id, is_wp_error( $id ) ? $id->get_error_message() : 'wpmu_create_blog failed' );
		return $id;
	}
}
