<?php
/**
 * Tests of receiving feedback: validation, abuse checks, limits, files, all-or-nothing storage.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Feedback;

use Ttdt\Feedback\FeedbackFiles;
use Ttdt\Feedback\FeedbackIntake;
use Ttdt\Feedback\FeedbackRepository;
use Ttdt\Feedback\FeedbackTables;
use Ttdt\Feedback\FormToken;
use Ttdt\Feedback\ReceiptMail;
use Ttdt\Tests\Support\TestCase;

/**
 * The intake as the REST route and the form without JavaScript use it, on the real database
 * and the real uploads folder.
 */
final class FeedbackIntakeTest extends TestCase {

	/**
	 * The intake under test (files copied instead of moved: the test made them itself).
	 *
	 * @var FeedbackIntake
	 */
	private FeedbackIntake $intake;

	/**
	 * Temporary files to remove.
	 *
	 * @var string[]
	 */
	private array $temp = array();

	protected function setUp(): void {
		parent::setUp();
		$this->intake = new FeedbackIntake( new FeedbackRepository(), new FeedbackFiles( 'copy' ), new ReceiptMail() );
		// Each test comes from its own address, so limits from other tests do not count.
		$_SERVER['REMOTE_ADDR'] = '10.' . wp_rand( 0, 255 ) . '.' . wp_rand( 0, 255 ) . '.' . wp_rand( 1, 254 );
	}

	protected function tearDown(): void {
		foreach ( $this->temp as $file ) {
			if ( is_file( $file ) ) {
				unlink( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions
			}
		}
		$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
		parent::tearDown();
	}

	/**
	 * A valid submission.
	 *
	 * @param array<string, mixed> $over Fields to change.
	 * @return array<string, mixed>
	 */
	private static function input( array $over = array() ): array {
		return $over + array(
			'name'    => 'Nguyễn Văn An',
			'email'   => 'an' . wp_rand() . '@example.org',
			'phone'   => '',
			'address' => 'Thôn Đông',
			'type'    => 'phan_anh',
			'subject' => 'Đèn đường hỏng ở thôn Đông',
			'content' => 'Ba cột đèn trước nhà văn hoá thôn Đông không sáng từ tuần trước.',
			'consent' => '1',
			'website' => '',
			'started' => FormToken::issue( time() - 30 ),
		);
	}

	/**
	 * An upload made of the given bytes.
	 *
	 * @param string $name  File name.
	 * @param string $bytes Content.
	 * @return array{name: string, tmp_name: string, size: int, error: int}
	 */
	private function upload( string $name, string $bytes ): array {
		$path         = (string) tempnam( sys_get_temp_dir(), 'ttdt' );
		$this->temp[] = $path;
		file_put_contents( $path, $bytes ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		return array(
			'name'     => $name,
			'tmp_name' => $path,
			'size'     => strlen( $bytes ),
			'error'    => UPLOAD_ERR_OK,
		);
	}

	/**
	 * A tiny real PNG.
	 *
	 * @return string
	 */
	private static function png(): string {
		return (string) base64_decode( 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions
	}

	/**
	 * Rows in the items table.
	 *
	 * @return int
	 */
	private static function items(): int {
		global $wpdb;
		return (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . FeedbackTables::table( FeedbackTables::ITEMS ) ); // phpcs:ignore WordPress.DB
	}

	/**
	 * The field messages of an error.
	 *
	 * @param mixed $error Result.
	 * @return array<string, string>
	 */
	private function fields( $error ): array {
		$this->assertInstanceOf( \WP_Error::class, $error );
		return (array) ( $error->get_error_data()['errors'] ?? array() );
	}

	public function test_a_valid_submission_is_stored_with_its_files_consent_and_receipt(): void {
		$input = self::input();
		$saved = $this->intake->submit( $input, array( $this->upload( 'anh chup.png', self::png() ), $this->upload( 'don.pdf', "%PDF-1.4\n%%EOF\n" ) ) );

		$this->assertIsArray( $saved );
		$repository = new FeedbackRepository();
		$item       = $repository->find( $saved['id'] );
		$this->assertSame( 'online', $item['channel'] );
		$this->assertStringContainsString( 'xử lý', $item['consent_text'], 'The agreed text is stored, in Vietnamese.' );
		$this->assertNotEmpty( $item['consent_at'] );
		$this->assertSame( 64, strlen( $item['ip_hash'] ) );
		$this->assertStringNotContainsString( $_SERVER['REMOTE_ADDR'], (string) wp_json_encode( $item ), 'The address itself is not stored.' );

		$files = $repository->files( $saved['id'] );
		$this->assertSame( array( 'image/png', 'application/pdf' ), array_column( $files, 'mime' ) );
		$this->assertSame( 'anh-chup.png', $files[0]['name'] );
		foreach ( $files as $file ) {
			$path = FeedbackFiles::absolute( $file['path'] );
			$this->assertFileExists( $path );
			$this->assertStringContainsString( '/ttdt-private/feedback/', $path );
			unlink( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		}
		$this->assertFileExists( FeedbackFiles::base_dir() . '/.htaccess' );
		$this->assertFileExists( FeedbackFiles::base_dir() . '/index.php' );

		$this->assertCount( 1, $this->mail );
		$this->assertSame( $input['email'], $this->mail[0]['to'] );
		$this->assertStringContainsString( substr( $saved['code'], 0, 4 ) . '-', $this->mail[0]['subject'] );
	}

	public function test_bad_fields_are_refused_with_a_vietnamese_message_each_and_nothing_stored(): void {
		$before = self::items();
		$result = $this->intake->submit(
			self::input(
				array(
					'name'    => '<script>alert(1)</script>',
					'email'   => 'not-an-address',
					'phone'   => '12',
					'address' => "Th\xC3\x94n \xFF",
					'type'    => 'spam',
					'subject' => str_repeat( 'x', 201 ),
					'content' => array( 'wrong type' ),
					'consent' => '',
				)
			),
			array()
		);
		$fields = $this->fields( $result );
		$this->assertSame( 400, $result->get_error_data()['status'] );
		$this->assertEqualsCanonicalizing( array( 'name', 'email', 'phone', 'address', 'type', 'subject', 'content', 'consent' ), array_keys( $fields ) );
		$this->assertStringContainsString( 'HTML', $fields['name'] );
		$this->assertStringContainsString( '200', $fields['subject'] );
		$this->assertStringContainsString( 'Unicode', $fields['address'] );
		$this->assertStringContainsString( 'Vui lòng', $fields['consent'] );
		$this->assertSame( $before, self::items() );
	}

	public function test_a_contact_is_required_and_either_one_is_enough(): void {
		$this->assertArrayHasKey( 'email', $this->fields( $this->intake->submit( self::input( array( 'email' => '' ) ), array() ) ) );
		$this->assertIsArray( $this->intake->submit( self::input( array( 'email' => '', 'phone' => '+84 912 000 111' ) ), array() ) );
	}

	public function test_honeypot_and_form_time_stop_scripts(): void {
		$this->assertSame( 'ttdt_feedback_refused', $this->intake->submit( self::input( array( 'website' => 'http://spam.example' ) ), array() )->get_error_code() );
		$this->assertSame( 'ttdt_feedback_too_fast', $this->intake->submit( self::input( array( 'started' => FormToken::issue() ) ), array() )->get_error_code() );
		$this->assertSame( 'ttdt_feedback_stale', $this->intake->submit( self::input( array( 'started' => ( time() - 30 ) . '.' . str_repeat( 'a', 64 ) ) ), array() )->get_error_code() );
		$this->assertSame( 'ttdt_feedback_stale', $this->intake->submit( self::input( array( 'started' => '' ) ), array() )->get_error_code() );
		$this->assertSame( 'ttdt_feedback_stale', $this->intake->submit( self::input( array( 'started' => FormToken::issue( time() - 3 * DAY_IN_SECONDS ) ) ), array() )->get_error_code() );
	}

	public function test_files_are_checked_by_content_count_and_size(): void {
		$fake = $this->upload( 'anh.png', '<?php echo "not an image"; ?>' );
		$this->assertStringContainsString( 'anh.png', $this->fields( $this->intake->submit( self::input(), array( $fake ) ) )['files'] );

		$four = array();
		for ( $i = 0; $i < 4; $i++ ) {
			$four[] = $this->upload( "a{$i}.png", self::png() );
		}
		$this->assertStringContainsString( '3', $this->fields( $this->intake->submit( self::input(), $four ) )['files'] );

		$big = $this->upload( 'lon.pdf', "%PDF-1.4\n" . str_repeat( 'x', FeedbackFiles::MAX_BYTES ) );
		$this->assertStringContainsString( '5 MB', $this->fields( $this->intake->submit( self::input(), array( $big ) ) )['files'] );

		$partial          = $this->upload( 'nua.pdf', "%PDF-1.4\n" );
		$partial['error'] = UPLOAD_ERR_PARTIAL;
		$this->assertArrayHasKey( 'files', $this->fields( $this->intake->submit( self::input(), array( $partial ) ) ) );
	}

	public function test_rate_limits_per_address_and_per_contact_answer_429(): void {
		for ( $i = 0; $i < 3; $i++ ) {
			$this->assertIsArray( $this->intake->submit( self::input( array( 'email' => 'cung@example.org' ) ), array() ) );
		}
		$refused = $this->intake->submit( self::input( array( 'email' => 'cung@example.org' ) ), array() );
		$this->assertSame( 429, $refused->get_error_data()['status'] );
		$this->assertStringContainsString( 'một giờ', $refused->get_error_message() );

		// Two more from this address with other contacts reach its limit of five.
		$this->assertIsArray( $this->intake->submit( self::input(), array() ) );
		$refused = $this->intake->submit( self::input(), array() );
		$this->assertSame( 'ttdt_feedback_rate_limited', $refused->get_error_code() );
		$this->assertSame( 429, $refused->get_error_data()['status'] );

		// Refused input counts against no limit: a citizen fixing a typo is not locked out.
		$_SERVER['REMOTE_ADDR'] = '10.250.250.250';
		for ( $i = 0; $i < 6; $i++ ) {
			$this->intake->submit( self::input( array( 'subject' => 'x' ) ), array() );
		}
		$this->assertIsArray( $this->intake->submit( self::input(), array() ) );
	}

	public function test_when_the_row_cannot_be_written_the_stored_files_are_removed(): void {
		global $wpdb;
		$dir    = FeedbackFiles::base_dir() . '/feedback';
		$before = glob( $dir . '/*' ) ?: array();
		$events = FeedbackTables::table( FeedbackTables::EVENTS );
		// The history table refuses the write, after the item and its files rows went in.
		add_filter( 'query', static fn( string $sql ): string => str_replace( "INSERT INTO `{$events}`", "INSERT INTO `{$events}_missing`", $sql ) );
		$wpdb->suppress_errors( true );
		$items = self::items();

		$result = $this->intake->submit( self::input(), array( $this->upload( 'anh.png', self::png() ) ) );

		$wpdb->suppress_errors( false );
		$this->assertInstanceOf( \WP_Error::class, $result );
		$this->assertSame( 503, $result->get_error_data()['status'] );
		$this->assertStringContainsString( 'Không có dữ liệu nào', $result->get_error_message() );
		$this->assertSame( $items, self::items(), 'No item without its history.' );
		$this->assertSame( $before, glob( $dir . '/*' ) ?: array(), 'No file without its item.' );
		$this->assertCount( 0, $this->mail, 'No receipt for what was not stored.' );
	}
}
