<?php
/**
 * Tests of the business confirmations' private storage and their one route.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Business;

use Ttdt\Business\BusinessMeta;
use Ttdt\Business\BusinessPostType;
use Ttdt\Business\ConfirmationFiles;
use Ttdt\Confidentiality\ConfidentialFlag;
use Ttdt\Support\PrivateFileResponse;
use Ttdt\Support\PrivateFiles;
use Ttdt\Support\RestController;
use Ttdt\Tests\Support\TestCase;

/**
 * Real files in the test site's uploads, real attachments; `business.spec.ts` proves on the
 * native stack that the web server refuses the private folder.
 */
final class ConfirmationFilesTest extends TestCase {

	/**
	 * Files the test wrote, removed afterwards (the rollback does not reach the disk).
	 *
	 * @var string[]
	 */
	private array $files = array();

	/**
	 * Removes the test's files.
	 */
	protected function tearDown(): void {
		foreach ( $this->files as $file ) {
			if ( is_file( $file ) ) {
				wp_delete_file( $file );
			}
			// A confirmation's folder is its own; a confidential file's (by month) is shared.
			if ( PrivateFiles::contains( $file ) && is_dir( dirname( $file ) ) && ! ( new \FilesystemIterator( dirname( $file ) ) )->valid() ) {
				rmdir( dirname( $file ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the test's own empty folder.
			}
		}
		parent::tearDown();
	}

	/**
	 * Naming a file an entry's confirmation moves it out of the public uploads, with its
	 * public copies deleted; the attachment is private.
	 */
	public function test_a_confirmation_moves_into_the_private_folder(): void {
		list( $attachment, $public, $preview ) = $this->upload( 'xac-nhan-htx.pdf' );
		$entry                                = $this->entry();

		update_post_meta( $entry, BusinessMeta::CONFIRMATION, $attachment );

		$private = (string) get_attached_file( $attachment, true );
		$this->files[] = $private;
		$this->assertFileDoesNotExist( $public, 'The public copy is gone.' );
		$this->assertFileDoesNotExist( $preview, 'The public preview of the PDF is gone.' );
		$this->assertTrue( PrivateFiles::contains( $private ) );
		$this->assertStringContainsString( '/ttdt-private/business/', $private );
		$this->assertSame( '%PDF-1.4 xac nhan', file_get_contents( $private ) );
		$this->assertStringContainsString( '/uploads/ttdt-private/business/', (string) wp_get_attachment_url( $attachment ) );
		$this->assertSame( 'private', get_post_status( $attachment ) );
		$this->assertArrayNotHasKey( 'sizes', (array) wp_get_attachment_metadata( $attachment ) );
		$this->assertFileExists( PrivateFiles::base_dir() . '/.htaccess' );
		$this->assertStringContainsString( 'Require all denied', (string) file_get_contents( PrivateFiles::base_dir() . '/.htaccess' ) );
	}

	/**
	 * Confirmations attached before the files were private (or by a path that skipped the
	 * hooks) are moved by the one-time migration; a second run moves nothing.
	 */
	public function test_existing_confirmations_are_moved(): void {
		global $wpdb;
		list( $attachment, $public ) = $this->upload( 'xac-nhan-cu.pdf' );
		$entry                       = $this->entry();
		$wpdb->insert(
			$wpdb->postmeta,
			array(
				'post_id'    => $entry,
				'meta_key'   => BusinessMeta::CONFIRMATION, // phpcs:ignore WordPress.DB.SlowDBQuery -- a fixture written past the hooks.
				'meta_value' => (string) $attachment, // phpcs:ignore WordPress.DB.SlowDBQuery -- a fixture written past the hooks.
			)
		);
		$this->assertFileExists( $public );

		$this->assertGreaterThanOrEqual( 1, ConfirmationFiles::protect_all() );
		$this->files[] = (string) get_attached_file( $attachment, true );
		$this->assertFileDoesNotExist( $public );
		$this->assertTrue( PrivateFiles::contains( (string) get_attached_file( $attachment, true ) ) );
		$this->assertFalse( ConfirmationFiles::protect( $attachment ), 'A private file stays where it is.' );
	}

	/**
	 * The route: 401 to a visitor, 403 to staff who may not edit the entry, the file to a
	 * moderator, 404 for an entry without a confirmation.
	 */
	public function test_only_who_may_edit_the_entry_downloads_it(): void {
		list( $attachment ) = $this->upload( 'xac-nhan-tai.pdf' );
		$entry              = $this->entry();
		update_post_meta( $entry, BusinessMeta::CONFIRMATION, $attachment );
		$this->files[] = (string) get_attached_file( $attachment, true );
		$get           = static fn( int $id ) => rest_do_request( new \WP_REST_Request( 'GET', "/ttdt/v1/businesses/{$id}/confirmation" ) );

		$response = $get( $entry );
		$this->assertSame( 401, $response->get_status() );
		$this->assertSame( RestController::FORBIDDEN, $response->as_error()->get_error_code() );

		wp_set_current_user( self::create_user( 'subscriber' )->ID );
		$this->assertSame( 403, $get( $entry )->get_status() );

		wp_set_current_user( self::create_user( 'ttdt_moderator' )->ID );
		$response = $get( $entry );
		$this->assertInstanceOf( PrivateFileResponse::class, $response );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( '%PDF-1.4 xac nhan', file_get_contents( $response->path ) );
		$this->assertSame( 'application/pdf', $response->mime );
		$this->assertStringNotContainsString( 'ttdt-private', (string) wp_json_encode( $response->get_data() ), 'The answer never names the server path.' );

		$this->assertSame( 404, $get( $this->entry() )->get_status() );
		$this->assertSame( 403, $get( self::create_post()->ID )->get_status(), 'Not a business entry.' );
	}

	/**
	 * A writer names only a file of their own for their entry: not a confidential file,
	 * another entry's confirmation or an article's image, on REST (a clear 400) or on the
	 * custom fields path; the route does not serve such an ID stored before the check.
	 */
	public function test_a_writer_names_only_a_file_of_their_own(): void {
		$writer = self::create_user( 'ttdt_collaborator' );
		$editor = self::create_user( 'editor' );
		$entry  = $this->entry( $writer->ID );

		list( $secret ) = $this->upload( 'bien-ban-mat.pdf', array( 'post_author' => $editor->ID ) );
		update_post_meta( $secret, ConfidentialFlag::KEY, true );
		list( $theirs ) = $this->upload( 'xac-nhan-khac.pdf', array( 'post_author' => $writer->ID ) );
		update_post_meta( $this->entry(), BusinessMeta::CONFIRMATION, $theirs );
		$article           = self::create_post( array( 'post_author' => $editor->ID ) )->ID;
		list( $image, $on_article ) = $this->upload( 'anh-bai-viet.pdf', array( 'post_author' => $editor->ID, 'post_parent' => $article ) );
		list( $stolen ) = $this->upload( 'cua-nguoi-khac.pdf', array( 'post_author' => $editor->ID ) );
		list( $own )    = $this->upload( 'xac-nhan-cua-toi.pdf', array( 'post_author' => $writer->ID, 'post_parent' => $entry ) );
		foreach ( array( $secret, $theirs, $own ) as $file ) {
			$this->files[] = (string) get_attached_file( $file, true );
		}

		wp_set_current_user( $writer->ID );
		$save = static function ( int $file ) use ( $entry ) {
			$request = new \WP_REST_Request( 'POST', "/wp/v2/ttdt-businesses/{$entry}" );
			$request->set_body_params( array( 'meta' => array( BusinessMeta::CONFIRMATION => $file ) ) );
			return rest_do_request( $request );
		};
		foreach ( array( 'confidential' => $secret, 'another entry\'s' => $theirs, 'an article\'s' => $image, 'someone else\'s' => $stolen ) as $what => $file ) {
			$response = $save( $file );
			$this->assertSame( 400, $response->get_status(), $what );
			$this->assertSame( 'ttdt_business_confirmation_file', $response->as_error()->get_error_code(), $what );
			$this->assertFalse( update_post_meta( $entry, BusinessMeta::CONFIRMATION, $file ), "{$what}: the custom fields path is refused too." );
			$this->assertSame( 0, absint( get_post_meta( $entry, BusinessMeta::CONFIRMATION, true ) ), $what );
		}
		$this->assertFileExists( $on_article, 'The article\'s file stays public.' );
		$this->assertSame( 'inherit', get_post( $image )->post_status );

		$this->assertSame( 200, $save( $own )->get_status() );
		$this->files[] = (string) get_attached_file( $own, true );
		$this->assertSame( 200, $save( $own )->get_status(), 'Saved again unchanged.' );
		$get = static fn() => rest_do_request( new \WP_REST_Request( 'GET', "/ttdt/v1/businesses/{$entry}/confirmation" ) );
		$this->assertSame( '%PDF-1.4 xac nhan', file_get_contents( $get()->path ), 'The writer opens their own.' );

		// An ID stored before the check (past the hooks) is not served.
		global $wpdb;
		$wpdb->update( $wpdb->postmeta, array( 'meta_value' => (string) $secret ), array( 'post_id' => $entry, 'meta_key' => BusinessMeta::CONFIRMATION ) ); // phpcs:ignore WordPress.DB.SlowDBQuery -- a fixture written past the hooks.
		wp_cache_delete( $entry, 'post_meta' );
		$this->assertSame( 404, $get()->get_status() );
	}

	/**
	 * The editor learns the file's name and what the user may do, in the edit context only:
	 * the writer downloads but may not check; a moderator does both.
	 */
	public function test_the_editor_field_says_who_may_check(): void {
		list( $attachment ) = $this->upload( 'xac-nhan-panel.pdf' );
		$writer             = self::create_user( 'ttdt_collaborator' );
		$entry              = $this->entry( $writer->ID );
		update_post_meta( $entry, BusinessMeta::CONFIRMATION, $attachment );
		$this->files[] = (string) get_attached_file( $attachment, true );
		$field         = static function ( string $context ) use ( $entry ) {
			$request = new \WP_REST_Request( 'GET', "/wp/v2/ttdt-businesses/{$entry}" );
			$request->set_param( 'context', $context );
			return rest_do_request( $request )->get_data()['ttdt_confirmation'] ?? null;
		};

		wp_set_current_user( $writer->ID );
		$this->assertSame(
			array(
				'name'         => 'xac-nhan-panel.pdf',
				'can_check'    => false,
				'can_download' => true,
			),
			$field( 'edit' )
		);
		wp_set_current_user( self::create_user( 'ttdt_moderator' )->ID );
		$this->assertTrue( $field( 'edit' )['can_check'] );
		$this->assertNull( $field( 'view' ), 'Never in the public answer.' );
	}

	/**
	 * A draft entry by a collaborator.
	 *
	 * @param int $writer The collaborator; a new one when 0.
	 * @return int
	 */
	private function entry( int $writer = 0 ): int {
		return self::create_post(
			array(
				'post_type'   => BusinessPostType::NAME,
				'post_status' => 'draft',
				'post_author' => $writer ? $writer : self::create_user( 'ttdt_collaborator' )->ID,
			)
		)->ID;
	}

	/**
	 * A PDF uploaded to the public uploads as the media library does it, with a preview image
	 * WordPress would have rendered.
	 *
	 * @param string               $name File name.
	 * @param array<string, mixed> $args More attachment fields (author, parent).
	 * @return array{0: int, 1: string, 2: string} Attachment ID, file path, preview path.
	 */
	private function upload( string $name, array $args = array() ): array {
		$bits = wp_upload_bits( $name, null, '%PDF-1.4 xac nhan' );
		$this->assertEmpty( $bits['error'] );
		$preview = dirname( $bits['file'] ) . '/' . wp_basename( $bits['file'], '.pdf' ) . '-pdf.jpg';
		file_put_contents( $preview, 'jpeg' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a fixture.
		array_push( $this->files, $bits['file'], $preview );
		$id = (int) wp_insert_attachment(
			$args + array(
				'post_title'     => $name,
				'post_mime_type' => 'application/pdf',
				'post_status'    => 'inherit',
			),
			$bits['file']
		);
		wp_update_attachment_metadata(
			$id,
			array(
				'sizes' => array(
					'full' => array(
						'file'      => wp_basename( $preview ),
						'mime-type' => 'image/jpeg',
					),
				),
			)
		);
		return array( $id, $bits['file'], $preview );
	}
}
