<?php
/**
 * Tests of the archive folder per site.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Network;

use Ttdt\Archive\ArchiveStore;

/**
 * A commune's archive packages hold its citizens' data: no other commune may list them.
 */
final class SiteArchiveDirTest extends NetworkTestCase {

	public function test_each_site_lists_only_its_own_packages(): void {
		$a    = self::create_site( 'xa-luu-a' );
		$b    = self::create_site( 'xa-luu-b' );
		$main = ( new ArchiveStore() )->dir();
		$this->assertIsString( $main );

		switch_to_blog( $a );
		$store = new ArchiveStore();
		$dir_a = $store->dir();
		$this->assertSame( $main . '/site-' . $a, $dir_a );
		$id = ArchiveStore::new_id();
		file_put_contents( $dir_a . '/' . $id . '.zip', 'PK' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a fixture file.
		$this->assertSame( array( $id ), array_column( $store->all(), 'id' ) );
		restore_current_blog();

		switch_to_blog( $b );
		$this->assertSame( $main . '/site-' . $b, ( new ArchiveStore() )->dir() );
		$this->assertSame( array(), ( new ArchiveStore() )->all(), 'site B does not see A\'s package' );
		$this->assertNull( ( new ArchiveStore() )->get( $id ) );
		restore_current_blog();

		$this->assertNotContains( $id, array_column( ( new ArchiveStore() )->all(), 'id' ), 'nor does the main site' );
		unlink( $dir_a . '/' . $id . '.zip' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the fixture.
	}
}
