<?php
/**
 * Which file may be a business entry's written confirmation.
 *
 * @package Ttdt
 */

namespace Ttdt\Business;

defined( 'ABSPATH' ) || exit;

use Ttdt\Confidentiality\ConfidentialFlag;
use Ttdt\Support\WriteSide;
use Ttdt\Support\PrivateFiles;
use WP_Error;
use WP_Post;
use WP_REST_Request;

/**
 * The confirmation is a media library ID kept in the entry's meta: whoever may edit the entry
 * reads the file it names ({@see ConfirmationController}) and the file is made private
 * ({@see ConfirmationFiles}). Without a check, a writer naming any ID read another business's
 * confirmation or a confidential file, and made a public image of an article private. So the
 * file must be uploaded to the entry, or to no item by the person (or by someone whose files
 * they may edit); not confidential, not another kind of private file, not another entry's
 * confirmation. The download route asks the same of the ID it finds. Checked on every path that
 * writes meta (REST with a clear error; the custom fields box and XML-RPC refused); system
 * work with no one logged in (cron, restoring an archive) is trusted.
 *
 * @since 0.1.0
 */
final class ConfirmationChoice implements WriteSide {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'add_post_metadata', array( self::class, 'guard_meta' ), 10, 4 );
		add_filter( 'update_post_metadata', array( self::class, 'guard_meta' ), 10, 4 );
		add_filter( 'rest_pre_insert_' . BusinessPostType::NAME, array( self::class, 'guard_rest' ), 10, 2 );
	}

	/**
	 * Why a file may not be an entry's confirmation, or null when it may.
	 *
	 * @since 0.1.0
	 *
	 * @param int $attachment_id The file (0 clears the confirmation).
	 * @param int $entry_id      The entry (0 for one being created).
	 * @return WP_Error|null
	 */
	public static function refusal( int $attachment_id, int $entry_id ): ?WP_Error {
		if ( 0 === $attachment_id || ! is_user_logged_in() ) {
			return null;
		}
		if ( ! self::fits( $attachment_id, $entry_id, true ) ) {
			return new WP_Error(
				'ttdt_business_confirmation_file',
				__( 'The confirmation must be a file uploaded for this business entry, by you or a moderator. Upload the business\'s signed confirmation in the entry\'s details panel.', 'ttdt-portal' ),
				array( 'status' => 400 )
			);
		}
		return null;
	}

	/**
	 * Whether the ID an entry holds may be served to those who may edit the entry: a file
	 * uploaded to it or to no item, not confidential, not another kind of private file, not
	 * another entry's confirmation.
	 *
	 * @since 0.1.0
	 *
	 * @param int $attachment_id The file.
	 * @param int $entry_id      The entry.
	 * @return bool
	 */
	public static function may_serve( int $attachment_id, int $entry_id ): bool {
		return $attachment_id > 0 && self::fits( $attachment_id, $entry_id, false );
	}

	/**
	 * Whether a file of the library fits an entry: uploaded to the entry, or to no item (then,
	 * when choosing, by the person or by someone whose files they may edit); never a
	 * confidential file, a private file of another kind, or another entry's confirmation.
	 *
	 * @param int  $attachment_id The file.
	 * @param int  $entry_id      The entry (0 for one being created).
	 * @param bool $choosing      Whether the person is choosing it now.
	 * @return bool
	 */
	private static function fits( int $attachment_id, int $entry_id, bool $choosing ): bool {
		global $wpdb;
		$file = get_post( $attachment_id );
		if ( ! $file instanceof WP_Post || 'attachment' !== $file->post_type ) {
			return false;
		}
		$parent = (int) $file->post_parent;
		$mine   = ! $choosing || (int) $file->post_author === get_current_user_id() || current_user_can( 'edit_post', $file->ID );
		if ( ! ( ( $entry_id > 0 && $parent === $entry_id ) || ( 0 === $parent && $mine ) ) || ConfidentialFlag::is_marked( $file->ID ) ) {
			return false;
		}
		$path = (string) get_attached_file( $file->ID, true );
		if ( PrivateFiles::contains( $path ) && ! PrivateFiles::contains( $path, ConfirmationFiles::AREA ) ) {
			return false;
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- one indexed lookup, on a save or a download.
		$named_by = $wpdb->get_var( $wpdb->prepare( "SELECT post_id FROM {$wpdb->postmeta} WHERE meta_key = %s AND meta_value = %s AND post_id <> %d LIMIT 1", BusinessMeta::CONFIRMATION, (string) $file->ID, $entry_id ) );
		return null === $named_by;
	}

	/**
	 * On `add_post_metadata` / `update_post_metadata`: refuses a confirmation that may not be.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $check    Null to go on.
	 * @param mixed $entry_id The post.
	 * @param mixed $key      Meta key.
	 * @param mixed $value    The new value.
	 * @return mixed False to refuse.
	 */
	public static function guard_meta( $check, $entry_id, $key, $value ) {
		if ( null !== $check || BusinessMeta::CONFIRMATION !== $key || BusinessPostType::NAME !== get_post_type( (int) $entry_id ) ) {
			return $check;
		}
		return self::unchanged( $value, (int) $entry_id ) || ! self::refusal( absint( $value ), (int) $entry_id ) ? $check : false;
	}

	/**
	 * On `rest_pre_insert_{type}`: the same check, answered with its reason before anything is saved.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed           $prepared The entry to save.
	 * @param WP_REST_Request $request  Request.
	 * @return mixed
	 */
	public static function guard_rest( $prepared, $request ) {
		$meta = $request instanceof WP_REST_Request ? $request['meta'] : null;
		if ( is_wp_error( $prepared ) || ! is_array( $meta ) || ! isset( $meta[ BusinessMeta::CONFIRMATION ] ) || ! is_numeric( $meta[ BusinessMeta::CONFIRMATION ] ) ) {
			return $prepared;
		}
		$value = $meta[ BusinessMeta::CONFIRMATION ];
		if ( self::unchanged( $value, (int) $request['id'] ) ) {
			return $prepared;
		}
		return self::refusal( absint( $value ), (int) $request['id'] ) ?? $prepared;
	}

	/**
	 * Whether a value is the entry's confirmation already (saved again with the rest of the entry).
	 *
	 * @param mixed $value    The new value.
	 * @param int   $entry_id The entry.
	 * @return bool
	 */
	private static function unchanged( $value, int $entry_id ): bool {
		return $entry_id > 0 && absint( $value ) === absint( get_post_meta( $entry_id, BusinessMeta::CONFIRMATION, true ) );
	}
}
