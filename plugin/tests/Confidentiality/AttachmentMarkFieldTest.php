<?php
/**
 * The media library's confidentiality checkbox, and what visitors see of a marked attachment.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Confidentiality;

use Ttdt\Board\BoardMeta;
use Ttdt\Board\BoardPosition;
use Ttdt\Confidentiality\ConfidentialFlag;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * Saves the attachment form the way `wp_ajax_save_attachment_compat()` and the Edit Media
 * screen do (core checks the nonce and `edit_post` first): `attachment_fields_to_save`, then
 * `wp_update_post()`.
 */
final class AttachmentMarkFieldTest extends TestCase {

	/**
	 * The writer marks; a publisher cannot lift the mark and is told so; the head can.
	 */
	public function test_media_form_marks_and_only_the_head_unmarks(): void {
		$writer    = self::create_user( 'ttdt_updater' );
		$publisher = self::create_user( 'ttdt_publisher' );
		$head      = self::create_user( 'ttdt_publisher' );
		update_user_meta( $head->ID, BoardMeta::POSITION_META, BoardPosition::HEAD );
		$id = self::attachment( $writer->ID );

		$this->assertSame( array(), self::save_form( $writer->ID, $id, '1' ) );
		$this->assertTrue( ConfidentialFlag::is_marked( $id ) );
		$this->assertSame( 'private', get_post_field( 'post_status', $id ) );

		$html = self::field( $publisher->ID, $id );
		$this->assertStringContainsString( 'checked', $html );
		$this->assertStringContainsString( 'disabled', $html );
		$errors = self::save_form( $publisher->ID, $id, '0' );
		$this->assertSame(
			__( 'Only the head of the board or an administrator may remove the confidentiality mark. Ask them if the mark is wrong.', 'ttdt-portal' ),
			$errors[ ConfidentialFlag::KEY ]['errors'][0] ?? null
		);
		$this->assertTrue( ConfidentialFlag::is_marked( $id ) );
		$this->assertSame( 'private', get_post_field( 'post_status', $id ) );

		$this->assertStringNotContainsString( 'disabled', self::field( $head->ID, $id ) );
		$this->assertSame( array(), self::save_form( $head->ID, $id, '0' ) );
		$this->assertFalse( ConfidentialFlag::is_marked( $id ) );
		$this->assertSame( 'inherit', get_post_field( 'post_status', $id ) );
	}

	/**
	 * Staff who edit others' items keep editing and finding a marked file of someone else;
	 * a collaborator does not get it.
	 */
	public function test_board_staff_keep_access_to_marked_files(): void {
		$writer = self::create_user( 'ttdt_collaborator' );
		$id     = self::attachment( $writer->ID );
		self::save_form( $writer->ID, $id, '1' );

		foreach ( array( 'ttdt_updater' => true, 'ttdt_publisher' => true, 'ttdt_collaborator' => false ) as $role => $allowed ) {
			wp_set_current_user( self::create_user( $role )->ID );
			$this->assertSame( $allowed, current_user_can( 'edit_post', $id ), $role );
			$this->assertSame( $allowed, current_user_can( 'read_post', $id ), $role );
			$query = apply_filters( 'ajax_query_attachments_args', array( 'post_status' => 'inherit' ) );
			$this->assertSame( $allowed ? 'inherit,private' : 'inherit', $query['post_status'], $role );
		}
	}

	/**
	 * A visitor finds a marked attachment neither by its ID nor in the media list or search.
	 */
	public function test_visitors_do_not_see_a_marked_attachment(): void {
		$writer = self::create_user( 'ttdt_updater' );
		$id     = self::attachment( $writer->ID );
		wp_set_current_user( $writer->ID );
		update_post_meta( $id, ConfidentialFlag::KEY, true );
		wp_set_current_user( 0 );

		$this->assertSame( 401, rest_do_request( new WP_REST_Request( 'GET', '/wp/v2/media/' . $id ) )->get_status() );
		$list = new WP_REST_Request( 'GET', '/wp/v2/media' );
		$list->set_query_params( array( 'search' => 'Biên bản mật' ) );
		$this->assertNotContains( $id, wp_list_pluck( rest_do_request( $list )->get_data(), 'id' ) );
		$search = new \WP_Query(
			array(
				's'         => 'Biên bản mật',
				'post_type' => 'any',
				'fields'    => 'ids',
			)
		);
		$this->assertNotContains( $id, $search->posts );

		// The writer, who may edit it, still reads it.
		wp_set_current_user( $writer->ID );
		$this->assertSame( 200, rest_do_request( new WP_REST_Request( 'GET', '/wp/v2/media/' . $id ) )->get_status() );
	}

	/**
	 * Submits the attachment form as a user; returns the errors core would show.
	 *
	 * @param int    $user_id User.
	 * @param int    $id      Attachment ID.
	 * @param string $value   Checkbox value sent.
	 * @return array<string, mixed>
	 */
	private static function save_form( int $user_id, int $id, string $value ): array {
		wp_set_current_user( $user_id );
		$post = apply_filters( 'attachment_fields_to_save', get_post( $id, ARRAY_A ), array( ConfidentialFlag::KEY => $value ) );
		$errors = $post['errors'] ?? array();
		unset( $post['errors'] );
		wp_update_post( $post );
		clean_post_cache( $id );
		wp_set_current_user( 0 );
		return $errors;
	}

	/**
	 * The field's HTML for a user.
	 *
	 * @param int $user_id User.
	 * @param int $id      Attachment ID.
	 * @return string
	 */
	private static function field( int $user_id, int $id ): string {
		wp_set_current_user( $user_id );
		$fields = apply_filters( 'attachment_fields_to_edit', array(), get_post( $id ) );
		wp_set_current_user( 0 );
		return (string) ( $fields[ ConfidentialFlag::KEY ]['html'] ?? '' );
	}

	/**
	 * An attachment (no file needed here) by a user.
	 *
	 * @param int $author Author.
	 * @return int
	 */
	private static function attachment( int $author ): int {
		return (int) wp_insert_attachment(
			array(
				'post_title'     => 'Biên bản mật',
				'post_mime_type' => 'application/pdf',
				'post_status'    => 'inherit',
				'post_author'    => $author,
			),
			'bien-ban-mat.pdf'
		);
	}
}
