<?php
/**
 * Keeps the businesses' written confirmations out of the public uploads.
 *
 * @package Ttdt
 */

namespace Ttdt\Business;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Support\PrivateFiles;
use WP_Post;

/**
 * A confirmation is uploaded through the media library (so the editor's media dialog attaches
 * it), and the moment it is named an entry's confirmation its file moves to
 * `uploads/ttdt-private/business/<random>/`, its resized copies and PDF previews (public
 * renderings of the same paper) are deleted and the attachment becomes private: its old
 * address answers 404, its new one is refused by the web server, and staff read it through
 * {@see ConfirmationController}. Confirmations attached before this existed are moved once,
 * on the first request after an update.
 *
 * @since 0.1.0
 */
final class ConfirmationFiles implements Hookable {

	/**
	 * Option holding the version of the one-time move of earlier confirmations.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MIGRATED_OPTION = 'ttdt_business_confirmations_private';

	/**
	 * Version of that move; raise it to run the move again.
	 *
	 * @var string
	 */
	private const MIGRATION = '1';

	/**
	 * The area of the private folder that holds confirmations.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const AREA = 'business';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'added_post_meta', array( $this, 'on_meta' ), 10, 4 );
		add_action( 'updated_post_meta', array( $this, 'on_meta' ), 10, 4 );
		add_action( 'init', array( self::class, 'maybe_migrate' ), 20 );
	}

	/**
	 * Protects a file as soon as it is named an entry's confirmation.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $meta_id  Meta ID.
	 * @param int    $post_id  Post ID.
	 * @param string $meta_key Meta key.
	 * @param mixed  $value    Meta value.
	 */
	public function on_meta( $meta_id, $post_id, $meta_key, $value ): void {
		if ( BusinessMeta::CONFIRMATION === $meta_key && BusinessPostType::NAME === get_post_type( (int) $post_id ) ) {
			self::protect( absint( $value ) );
		}
	}

	/**
	 * Moves the confirmations attached before the files were kept private, once.
	 *
	 * @since 0.1.0
	 */
	public static function maybe_migrate(): void {
		if ( self::MIGRATION !== get_option( self::MIGRATED_OPTION ) ) {
			self::protect_all();
			update_option( self::MIGRATED_OPTION, self::MIGRATION, true );
		}
	}

	/**
	 * Protects every confirmation named by an entry.
	 *
	 * @since 0.1.0
	 *
	 * @return int How many files were moved.
	 */
	public static function protect_all(): int {
		$entries = get_posts(
			array(
				'post_type'        => BusinessPostType::NAME,
				'post_status'      => array_keys( get_post_stati() ),
				'fields'           => 'ids',
				'numberposts'      => -1,
				'meta_key'         => BusinessMeta::CONFIRMATION, // phpcs:ignore WordPress.DB.SlowDBQuery -- a one-time move, run once per update.
				'suppress_filters' => false,
			)
		);
		$ids     = array_unique( array_map( static fn( $entry ) => absint( get_post_meta( (int) $entry, BusinessMeta::CONFIRMATION, true ) ), $entries ) );
		$moved = 0;
		foreach ( array_filter( $ids ) as $id ) {
			$moved += self::protect( $id ) ? 1 : 0;
		}
		return $moved;
	}

	/**
	 * Makes one attachment private and moves its file into the private folder.
	 *
	 * @since 0.1.0
	 *
	 * @param int $attachment_id Attachment ID.
	 * @return bool Whether the file was moved now.
	 */
	public static function protect( int $attachment_id ): bool {
		$file = get_post( $attachment_id );
		if ( ! $file instanceof WP_Post || 'attachment' !== $file->post_type ) {
			return false;
		}
		if ( 'private' !== $file->post_status ) {
			wp_update_post(
				array(
					'ID'          => $file->ID,
					'post_status' => 'private',
				)
			);
		}
		$path = (string) get_attached_file( $file->ID, true );
		if ( '' === $path || ! is_file( $path ) || PrivateFiles::contains( $path ) ) {
			return false;
		}
		$folder = PrivateFiles::new_folder( self::AREA );
		if ( '' === $folder ) {
			return false;
		}
		$target = PrivateFiles::base_dir() . '/' . $folder . '/' . sanitize_file_name( wp_basename( $path ) );
		if ( ! rename( $path, $target ) ) { // phpcs:ignore WordPress.WP.AlternativeFunctions -- moves the plugin's own upload within uploads.
			return false;
		}
		chmod( $target, 0640 );
		self::drop_copies( $file->ID, dirname( $path ) );
		update_attached_file( $file->ID, $target );
		return true;
	}

	/**
	 * Deletes the resized copies, the PDF previews and the unscaled original WordPress made
	 * next to the file, and forgets them in the attachment's metadata.
	 *
	 * @param int    $attachment_id Attachment ID.
	 * @param string $dir           Folder the file was in.
	 */
	private static function drop_copies( int $attachment_id, string $dir ): void {
		$meta = wp_get_attachment_metadata( $attachment_id, true );
		if ( ! is_array( $meta ) ) {
			return;
		}
		$copies = array_column( is_array( $meta['sizes'] ?? null ) ? $meta['sizes'] : array(), 'file' );
		if ( ! empty( $meta['original_image'] ) ) {
			$copies[] = $meta['original_image'];
		}
		foreach ( $copies as $copy ) {
			$copy = $dir . '/' . wp_basename( (string) $copy );
			if ( is_file( $copy ) ) {
				wp_delete_file( $copy );
			}
		}
		unset( $meta['sizes'], $meta['original_image'], $meta['file'] );
		wp_update_attachment_metadata( $attachment_id, $meta );
	}
}
