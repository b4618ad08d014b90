<?php
/**
 * Tests of the restore's refusals (the round trip itself is e2e/specs/archive-restore.spec.ts,
 * which needs a second, empty site).
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Archive;

use Ttdt\Archive\ArchiveExporter;
use Ttdt\Archive\ArchiveRestorer;
use Ttdt\Archive\ArchiveStore;
use Ttdt\Archive\ItemRestore;
use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;
use ZipArchive;

/**
 * A damaged package is never restored, and a site with content of its own is never
 * overwritten or merged into.
 */
final class ArchiveRestoreTest extends TestCase {

	/**
	 * The store.
	 *
	 * @var ArchiveStore
	 */
	private ArchiveStore $store;

	/**
	 * The package written by the test.
	 *
	 * @var string
	 */
	private string $id = '';

	protected function setUp(): void {
		parent::setUp();
		$this->store = new ArchiveStore();
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		self::create_post( array( 'post_title' => 'Tin có sẵn trên trang' ) );
		$package = ( new ArchiveExporter( $this->store, new Settings() ) )->export();
		$this->assertIsArray( $package );
		$this->id = $package['id'];
	}

	protected function tearDown(): void {
		$this->store->delete( $this->id );
		parent::tearDown();
	}

	public function test_a_site_with_content_is_not_restored_into(): void {
		$this->assertFalse( ArchiveRestorer::site_is_empty() );
		$result = ( new ArchiveRestorer( $this->store, new Settings() ) )->restore( $this->id );
		$this->assertWPError( $result, 'ttdt_archive_site_not_empty', 409 );
	}

	public function test_a_damaged_package_is_refused_naming_the_file(): void {
		$zip = new ZipArchive();
		$this->assertTrue( $zip->open( (string) $this->store->path( $this->id ) ) );
		$name = $this->id . '/data/records/users.jsonl';
		$this->assertTrue( $zip->addFromString( $name, (string) $zip->getFromName( $name ) . ' ' ) );
		$this->assertTrue( $zip->close() );

		$result = ( new ArchiveRestorer( $this->store, new Settings() ) )->restore( $this->id );
		$this->assertWPError( $result, 'ttdt_archive_invalid', 422 );
		$this->assertStringContainsString( 'data/records/users.jsonl', $result->get_error_message() );
	}

	public function test_unknown_packages_are_not_found(): void {
		$this->assertWPError( ( new ArchiveRestorer( $this->store, new Settings() ) )->restore( 'ttdt-20000101-000000-000000' ), 'ttdt_archive_not_found', 404 );
		$this->assertWPError( ( new ArchiveRestorer( $this->store, new Settings() ) )->restore( '../../wp-config' ), 'ttdt_archive_not_found', 404 );
	}

	/**
	 * A package's files go back into uploads only as media library files: never a script,
	 * a dotfile such as the private folder's `.htaccess`, or a path out of uploads.
	 */
	public function test_only_media_files_are_written_back(): void {
		foreach ( array( '2026/11/hoi-nghi.jpg', '2026/11/hoi-nghi-300x200.jpg', 'ttdt-private/confidential/2026/11/bien-ban.pdf', 'ttdt-private/business/0a1b/xac-nhan.docx' ) as $file ) {
			$this->assertTrue( ItemRestore::is_restorable_file( $file ), $file );
		}
		foreach ( array( 'shell.php', '2026/11/anh.PHP', '2026/11/anh.php.jpg', '2026/11/x.phtml', '2026/11/x.phar', 'ttdt-private/.htaccess', '.user.ini', '2026/.htaccess', '../wp-config.php', '2026/11/../../x.jpg', '/etc/passwd', '2026/11/khong-duoi', '2026/11/' ) as $file ) {
			$this->assertFalse( ItemRestore::is_restorable_file( $file ), $file );
		}
	}

	/**
	 * Asserts an error with its code and HTTP status.
	 *
	 * @param mixed  $result Result.
	 * @param string $code   Expected code.
	 * @param int    $status Expected status.
	 */
	private function assertWPError( $result, string $code, int $status ): void {
		$this->assertInstanceOf( \WP_Error::class, $result );
		$this->assertSame( $code, $result->get_error_code() );
		$this->assertSame( $status, $result->get_error_data()['status'] );
	}
}
