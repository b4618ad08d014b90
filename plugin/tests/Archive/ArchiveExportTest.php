<?php
/**
 * Tests of the archive package: its BagIt layout, its content and its verification.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Archive;

use Ttdt\Archive\ArchiveExporter;
use Ttdt\Archive\ArchiveStore;
use Ttdt\Archive\ArchiveVerifier;
use Ttdt\Audit\AuditLog;
use Ttdt\Feedback\FeedbackChannel;
use Ttdt\Feedback\FeedbackRepository;
use Ttdt\Feedback\FeedbackType;
use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;
use ZipArchive;

/**
 * A package is a valid bag holding the items with their revisions and metadata, the audit
 * log and feedback (without personal data unless asked), and any changed byte is caught.
 */
final class ArchiveExportTest extends TestCase {

	/**
	 * Packages written by the test, deleted afterwards.
	 *
	 * @var string[]
	 */
	private array $packages = array();

	/**
	 * The store.
	 *
	 * @var ArchiveStore
	 */
	private ArchiveStore $store;

	protected function setUp(): void {
		parent::setUp();
		$this->store = new ArchiveStore();
		wp_set_current_user( self::create_user( 'administrator' )->ID );
	}

	protected function tearDown(): void {
		foreach ( $this->packages as $id ) {
			$this->store->delete( $id );
		}
		parent::tearDown();
	}

	/**
	 * Seeds an item with a revision, an audit entry and a feedback item, and exports.
	 *
	 * @param bool $personal Whether to keep personal data.
	 * @return array{0: array<string, mixed>, 1: int} The package record and the item ID.
	 */
	private function export( bool $personal ): array {
		( new Settings() )->update( array( 'agency_name' => 'UBND thị trấn Thanh Chương' ) );
		$post = self::create_post( array( 'post_title' => 'Lễ hội làng Chùa' ) );
		update_post_meta( $post->ID, 'ttdt_source', 'Văn phòng UBND' );
		update_post_meta( $post->ID, 'ttdt_writer', 'Trần Thị Bình' );
		wp_update_post(
			array(
				'ID'           => $post->ID,
				'post_content' => 'Bản sửa lần hai.',
			)
		);
		AuditLog::record( 'post.edit', 'post', $post->ID, 'Lễ hội làng Chùa' );
		$stored = ( new FeedbackRepository() )->insert(
			array(
				'type'         => FeedbackType::REPORT,
				'channel'      => FeedbackChannel::ONLINE,
				'subject'      => 'Đèn đường hỏng',
				'content'      => 'Ba cột đèn không sáng.',
				'name'         => 'Nguyễn Văn An',
				'email'        => 'an@example.org',
				'phone'        => '0912345678',
				'consent_text' => 'Tôi đồng ý.',
				'consent_at'   => '2026-01-05 08:00:00',
				'ip_hash'      => str_repeat( 'a', 64 ),
			)
		);
		$this->assertIsArray( $stored );
		$package = ( new ArchiveExporter( $this->store, new Settings() ) )->export( $personal );
		$this->assertIsArray( $package, is_wp_error( $package ) ? $package->get_error_message() : '' );
		$this->packages[] = $package['id'];
		return array( $package, $post->ID );
	}

	/**
	 * An entry of the package's zip.
	 *
	 * @param string $id   Package ID.
	 * @param string $name Path inside the bag.
	 * @return string|false
	 */
	private function entry( string $id, string $name ) {
		$zip = new ZipArchive();
		$this->assertTrue( $zip->open( (string) $this->store->path( $id ) ) );
		$content = $zip->getFromName( $id . '/' . $name );
		$zip->close();
		return $content;
	}

	public function test_package_is_a_bag_with_items_revisions_meta_and_records(): void {
		list( $package, $post_id ) = $this->export( false );
		$id                        = $package['id'];

		$this->assertStringContainsString( 'BagIt-Version: 1.0', (string) $this->entry( $id, 'bagit.txt' ) );
		$info = (string) $this->entry( $id, 'bag-info.txt' );
		$this->assertStringContainsString( 'Source-Organization: UBND thị trấn Thanh Chương', $info );
		$this->assertMatchesRegularExpression( '/^Bagging-Date: \d{4}-\d{2}-\d{2}$/m', $info );
		$this->assertMatchesRegularExpression( '/^Payload-Oxum: \d+\.\d+$/m', $info );
		$this->assertMatchesRegularExpression( '/^TTDT-Count-Items: [1-9]\d*$/m', $info );

		$item = json_decode( (string) $this->entry( $id, "data/items/post/{$post_id}.json" ), true );
		$this->assertSame( 'Lễ hội làng Chùa', $item['title'] );
		$this->assertSame( 'Bản sửa lần hai.', $item['content'] );
		$this->assertSame( array( 'Văn phòng UBND' ), $item['meta']['ttdt_source'] );
		$this->assertSame( array( 'Trần Thị Bình' ), $item['meta']['ttdt_writer'] );
		$this->assertContains( 'Bản sửa lần hai.', array_column( $item['revisions'], 'content' ) );

		$manifest = (string) $this->entry( $id, 'manifest-sha256.txt' );
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{64}  data\/items\/post\/' . $post_id . '\.json$/m', $manifest );
		$this->assertStringContainsString( 'data/index.html', $manifest );

		$index = (string) $this->entry( $id, 'data/index.html' );
		$this->assertStringContainsString( 'lang="vi"', $index );
		$this->assertStringContainsString( 'href="items/post/' . $post_id . '.json"', $index );

		$audit = (string) $this->entry( $id, 'data/records/audit-log.jsonl' );
		$this->assertStringContainsString( '"object_id":"' . $post_id . '"', $audit );

		$feedback = (string) $this->entry( $id, 'data/records/feedback.jsonl' );
		$this->assertStringContainsString( 'Ba cột đèn không sáng.', $feedback );
		$this->assertStringNotContainsString( 'Nguyễn Văn An', $feedback );
		$this->assertStringNotContainsString( 'an@example.org', $feedback );

		$this->assertSame( 'valid', ( new ArchiveVerifier( $this->store ) )->verify( $id )['status'] );
		$this->assertSame( 'valid', $this->store->get( $id )['verification']['status'] );
	}

	public function test_personal_data_only_when_asked(): void {
		list( $package ) = $this->export( true );
		$feedback        = (string) $this->entry( $package['id'], 'data/records/feedback.jsonl' );
		$this->assertStringContainsString( 'Nguyễn Văn An', $feedback );
		$this->assertStringContainsString( 'an@example.org', $feedback );
	}

	public function test_one_changed_byte_fails_verification_naming_the_file(): void {
		list( $package, $post_id ) = $this->export( false );
		$id                        = $package['id'];
		$name                      = "data/items/post/{$post_id}.json";
		$content                   = (string) $this->entry( $id, $name );
		$offset                    = strpos( $content, 'Lễ' );
		$this->assertIsInt( $offset );
		$content[ $offset ] = 'l';
		$zip                = new ZipArchive();
		$this->assertTrue( $zip->open( (string) $this->store->path( $id ) ) );
		$this->assertTrue( $zip->addFromString( $id . '/' . $name, $content ) );
		$this->assertTrue( $zip->close() );

		$result = ( new ArchiveVerifier( $this->store ) )->verify( $id );
		$this->assertSame( 'invalid', $result['status'] );
		$this->assertSame( array( $name ), array_column( $result['problems'], 'file' ) );
		$this->assertSame( 'invalid', $this->store->get( $id )['verification']['status'] );
	}

	public function test_packages_are_stored_outside_the_web_root_or_under_an_unguessable_name(): void {
		$dir = $this->store->dir();
		$this->assertIsString( $dir );
		$this->assertFileExists( $dir . '/index.php' );
		$this->assertFileExists( $dir . '/.htaccess' );
		$real = (string) realpath( $dir );
		if ( ! str_starts_with( $real, (string) realpath( ABSPATH ) ) ) {
			// Outside the WordPress folder: beside it, as preferred.
			$this->assertSame( realpath( dirname( ABSPATH ) ), dirname( $real ) );
			return;
		}
		// The fallback, when the server may not write beside WordPress: a random name in uploads.
		$this->assertMatchesRegularExpression( '#/uploads/ttdt-archives-[0-9a-f]{24}$#', $real );
	}
}
