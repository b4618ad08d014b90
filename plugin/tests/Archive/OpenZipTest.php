<?php
/**
 * Tests of the zip kept open between job steps.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Archive;

use Ttdt\Archive\OpenZip;
use Ttdt\Tests\Support\TestCase;
use ZipArchive;

/**
 * The same package is opened once for many steps; a package rewritten in between (damaged,
 * repaired) is read again, never from the stale central directory.
 */
final class OpenZipTest extends TestCase {

	/**
	 * The zip the test writes.
	 *
	 * @var string
	 */
	private string $file = '';

	protected function setUp(): void {
		parent::setUp();
		$this->file = get_temp_dir() . 'ttdt-open-zip-' . wp_generate_password( 8, false ) . '.zip';
		$zip        = new ZipArchive();
		$this->assertTrue( $zip->open( $this->file, ZipArchive::CREATE | ZipArchive::OVERWRITE ) );
		$zip->addFromString( 'bag/data/a.json', '{"a":1}' );
		$this->assertTrue( $zip->close() );
	}

	protected function tearDown(): void {
		OpenZip::close();
		wp_delete_file( $this->file );
		parent::tearDown();
	}

	public function test_a_package_is_opened_once_and_again_after_it_is_rewritten(): void {
		$first = OpenZip::get( $this->file );
		$this->assertInstanceOf( ZipArchive::class, $first );
		$this->assertSame( $first, OpenZip::get( $this->file ) );

		// A byte changed the way the tests (and a repair) change it: ZipArchive writes a new file.
		$zip = new ZipArchive();
		$this->assertTrue( $zip->open( $this->file ) );
		$zip->addFromString( 'bag/data/a.json', '{"a":2}' );
		$this->assertTrue( $zip->close() );

		$again = OpenZip::get( $this->file );
		$this->assertNotSame( $first, $again );
		$this->assertSame( '{"a":2}', $again->getFromName( 'bag/data/a.json' ) );
	}

	public function test_a_missing_package_is_null(): void {
		$this->assertNull( OpenZip::get( $this->file . '.missing' ) );
	}
}
