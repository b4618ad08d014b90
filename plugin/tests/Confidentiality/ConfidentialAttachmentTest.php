<?php
/**
 * A confidential attachment's files are not reachable by their address.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Confidentiality;

use Ttdt\Confidentiality\ConfidentialFileController;
use Ttdt\Confidentiality\ConfidentialFlag;
use Ttdt\Confidentiality\PrivateAttachmentFiles;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * A real image with its sizes in the uploads folder of the running test site, asked for over
 * HTTP by an anonymous client (the site's web server answers, as it would a visitor).
 */
final class ConfidentialAttachmentTest extends TestCase {

	/**
	 * Files the test wrote, removed afterwards (the rollback does not reach the disk).
	 *
	 * @var string[]
	 */
	private array $files = array();

	/**
	 * Removes the files.
	 */
	protected function tearDown(): void {
		foreach ( $this->files as $file ) {
			foreach ( array( $file, str_replace( '/uploads/', '/uploads/' . PrivateAttachmentFiles::PREFIX, $file ) ) as $path ) {
				if ( is_file( $path ) ) {
					unlink( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the test's own files.
				}
			}
		}
		parent::tearDown();
	}

	/**
	 * Marked: private, files moved, URLs through the route, nothing served anonymously.
	 * Unmarked by an administrator: back where it was and served again.
	 */
	public function test_marked_attachment_files_are_private_until_unmarked(): void {
		$writer = self::create_user( 'ttdt_updater' );
		$id     = $this->image( $writer->ID );
		$public = wp_get_attachment_url( $id );
		$thumb  = wp_get_attachment_image_src( $id, 'thumbnail' )[0];
		$this->assertSame( 200, self::http_status( $public ), 'The site serves uploads: ' . $public );

		wp_set_current_user( $writer->ID );
		update_post_meta( $id, ConfidentialFlag::KEY, true );
		clean_post_cache( $id );

		$this->assertSame( 'private', get_post_status( $id ) );
		$this->assertTrue( PrivateAttachmentFiles::is_private( $id ) );
		$this->assertFileExists( PrivateAttachmentFiles::path( $id, 'full' ) );
		$this->assertFileExists( PrivateAttachmentFiles::path( $id, 'thumbnail' ) );
		$this->assertStringContainsString( '/ttdt-private/confidential/', PrivateAttachmentFiles::path( $id, 'thumbnail' ) );
		$this->assertStringStartsWith( rest_url( 'ttdt/v1/confidential/' . $id . '/file' ), wp_get_attachment_url( $id ) );
		$this->assertStringContainsString( 'size=thumbnail', wp_get_attachment_image_src( $id, 'thumbnail' )[0] );

		// Anonymous: the old addresses are gone, the private folder is denied, the route refuses.
		$this->assertSame( 404, self::http_status( $public ) );
		$this->assertSame( 404, self::http_status( $thumb ) );
		$private = content_url( 'uploads/' . get_post_meta( $id, '_wp_attached_file', true ) );
		$this->assertSame( 403, self::http_status( $private ) );
		wp_set_current_user( 0 );
		$this->assertSame( 401, self::http_status( ConfidentialFileController::url( $id ) ) );
		$this->assertSame( 401, rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/confidential/' . $id . '/file' ) )->get_status() );
		wp_set_current_user( self::create_user( 'ttdt_collaborator' )->ID );
		$this->assertSame( 403, rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/confidential/' . $id . '/file' ) )->get_status() );

		// Saving it as inherited again does not make it public.
		wp_update_post(
			array(
				'ID'          => $id,
				'post_status' => 'inherit',
			)
		);
		$this->assertSame( 'private', get_post_status( $id ) );

		wp_set_current_user( self::create_user( 'administrator' )->ID );
		delete_post_meta( $id, ConfidentialFlag::KEY );
		clean_post_cache( $id );
		$this->assertSame( 'inherit', get_post_field( 'post_status', $id ) );
		$this->assertFalse( PrivateAttachmentFiles::is_private( $id ) );
		$this->assertSame( $public, wp_get_attachment_url( $id ) );
		$this->assertSame( 200, self::http_status( $public ) );
		$this->assertSame( 200, self::http_status( $thumb ) );
	}

	/**
	 * A real PNG in the uploads folder, with its sizes, attached by a user.
	 *
	 * @param int $author Author.
	 * @return int Attachment ID.
	 */
	private function image( int $author ): int {
		require_once ABSPATH . 'wp-admin/includes/image.php';
		$canvas = imagecreatetruecolor( 400, 300 );
		ob_start();
		imagepng( $canvas );
		$upload = wp_upload_bits( 'tai-lieu-mat-' . wp_generate_password( 8, false ) . '.png', null, (string) ob_get_clean() );
		$this->assertEmpty( $upload['error'] );
		$id = wp_insert_attachment(
			array(
				'post_title'     => 'Tài liệu mật',
				'post_mime_type' => 'image/png',
				'post_status'    => 'inherit',
				'post_author'    => $author,
			),
			$upload['file']
		);
		$meta = wp_generate_attachment_metadata( $id, $upload['file'] );
		wp_update_attachment_metadata( $id, $meta );
		$this->files[] = $upload['file'];
		foreach ( $meta['sizes'] as $size ) {
			$this->files[] = dirname( $upload['file'] ) . '/' . $size['file'];
		}
		$this->assertArrayHasKey( 'thumbnail', $meta['sizes'] );
		return $id;
	}

	/**
	 * The HTTP status the running site answers an anonymous GET with.
	 *
	 * @param string $url Address.
	 * @return int
	 */
	private static function http_status( string $url ): int {
		$response = wp_remote_get(
			$url,
			array(
				'timeout'     => 10,
				'redirection' => 0,
				'cookies'     => array(),
			)
		);
		self::assertNotWPError( $response );
		return (int) wp_remote_retrieve_response_code( $response );
	}

	/**
	 * Fails with the error's message when given an error.
	 *
	 * @param mixed $value Value.
	 */
	private static function assertNotWPError( $value ): void {
		self::assertFalse( is_wp_error( $value ), is_wp_error( $value ) ? $value->get_error_message() : '' );
	}
}
