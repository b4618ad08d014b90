<?php
/**
 * The confidentiality checkbox of an attachment in the media library (the media modal and the
 * Edit Media screen).
 *
 * @package Ttdt
 */

namespace Ttdt\Confidentiality;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;
use WP_Post;

/**
 * Core's attachment fields: shown by the media modal and the Edit Media screen, saved by both
 * through `attachment_fields_to_save` after core checked the nonce and the right to edit the
 * attachment. Whether the mark may be lifted is the server's answer
 * ({@see Capabilities::UNMARK_CONFIDENTIAL}); a refused change is reported on the field.
 *
 * @since 0.1.0
 */
final class AttachmentMarkField implements Hookable {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'attachment_fields_to_edit', array( $this, 'field' ), 10, 2 );
		add_filter( 'attachment_fields_to_save', array( $this, 'save' ), 10, 2 );
		add_filter( 'ajax_query_attachments_args', array( $this, 'list_private_files' ) );
	}

	/**
	 * Lists private files in the media library for staff who edit others' items, as they
	 * may open them ({@see Capabilities::map_meta_cap()}); core lists them only to those
	 * who read private posts (administrators), so the head could not find a marked file.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $query Query of the media library.
	 * @return array<string, mixed>
	 */
	public function list_private_files( $query ) {
		$query = (array) $query;
		if ( 'inherit' === ( $query['post_status'] ?? '' ) && current_user_can( 'edit_others_posts' ) ) {
			$query['post_status'] = 'inherit,private';
		}
		return $query;
	}

	/**
	 * Adds the checkbox for those who may edit the attachment.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, array<string, mixed>> $fields Fields.
	 * @param WP_Post                             $post   Attachment.
	 * @return array<string, array<string, mixed>>
	 */
	public function field( $fields, $post ) {
		if ( ! $post instanceof WP_Post || ! current_user_can( 'edit_post', $post->ID ) ) {
			return $fields;
		}
		$marked = ConfidentialFlag::is_marked( $post->ID );
		$locked = $marked && ! current_user_can( Capabilities::UNMARK_CONFIDENTIAL, $post->ID );
		$name   = 'attachments[' . $post->ID . '][' . ConfidentialFlag::KEY . ']';
		$fields = (array) $fields;

		$fields[ ConfidentialFlag::KEY ] = array(
			'label' => __( 'Confidential (not for publication)', 'ttdt-portal' ),
			'input' => 'html',
			'html'  => sprintf(
				'<input type="hidden" name="%1$s" value="0" /><input type="checkbox" id="%2$s" name="%1$s" value="1" %3$s %4$s />',
				esc_attr( $name ),
				esc_attr( 'ttdt-confidential-' . $post->ID ),
				checked( $marked, true, false ),
				disabled( $locked, true, false )
			),
			'helps' => $marked
				? __( 'The file is kept in a private folder and served only to staff who may edit it. Only the head of the board or an administrator may remove the mark.', 'ttdt-portal' )
				: __( 'Mark a file that must not be public: it is moved to a private folder and its address stops working for visitors.', 'ttdt-portal' ),
		);
		return $fields;
	}

	/**
	 * Applies the checkbox (core checked the nonce and the right to edit the attachment).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $post       Attachment fields being saved.
	 * @param array<string, mixed> $attachment Submitted attachment fields.
	 * @return array<string, mixed>
	 */
	public function save( $post, $attachment ) {
		$id = (int) ( $post['ID'] ?? 0 );
		if ( ! $id || ! is_array( $attachment ) || ! isset( $attachment[ ConfidentialFlag::KEY ] ) ) {
			return $post;
		}
		$wanted = rest_sanitize_boolean( wp_unslash( $attachment[ ConfidentialFlag::KEY ] ) );
		if ( $wanted === ConfidentialFlag::is_marked( $id ) ) {
			return $post;
		}
		if ( ! ConfidentialFlag::may_change( get_current_user_id(), $id ) ) {
			$post['errors'][ ConfidentialFlag::KEY ]['errors'][] = __( 'Only the head of the board or an administrator may remove the confidentiality mark. Ask them if the mark is wrong.', 'ttdt-portal' );
			return $post;
		}
		if ( $wanted ) {
			update_post_meta( $id, ConfidentialFlag::KEY, true );
		} else {
			delete_post_meta( $id, ConfidentialFlag::KEY );
		}
		// The change set the status (private when marked, as before when unmarked): the save
		// in progress, which read the attachment before, must not put the old one back.
		$post['post_status'] = get_post_field( 'post_status', $id, 'raw' );
		return $post;
	}
}
