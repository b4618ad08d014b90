<?php
/**
 * Moves a confidential attachment's files into the private folder and back, and gives them URLs
 * of the permission-checked route.
 *
 * @package Ttdt
 */

namespace Ttdt\Confidentiality;

defined( 'ABSPATH' ) || exit;

use Ttdt\Feedback\FeedbackFiles;
use Ttdt\Support\Hookable;

/**
 * The file of a confidential attachment must not be reachable by its address. Its file, every
 * image size and the original of a scaled image move from `uploads/<y>/<m>/` to
 * `uploads/ttdt-private/confidential/<y>/<m>/` (the private folder of the plugin, behind the
 * deny-all guards of {@see FeedbackFiles::base_dir()} and the web server's deny rule), keeping
 * their names, so the attachment metadata only changes its `file`. Removing the mark moves them
 * back. While private, the attachment's URLs point at {@see ConfidentialFileController}.
 *
 * @since 0.1.0
 */
final class PrivateAttachmentFiles implements Hookable {

	/**
	 * Prefix of the relative path (`_wp_attached_file`) of a file in the private folder.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PREFIX = FeedbackFiles::PRIVATE_DIR . '/confidential/';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'wp_get_attachment_url', array( $this, 'url' ), 99, 2 );
		add_filter( 'image_downsize', array( $this, 'downsize' ), 10, 3 );
		// Sizes listed in a srcset would be addresses in the private folder: none.
		add_filter( 'wp_calculate_image_srcset', array( $this, 'no_srcset' ), 99, 5 );
	}

	/**
	 * Whether the attachment's files are in the private folder.
	 *
	 * @since 0.1.0
	 *
	 * @param int $attachment_id Attachment ID.
	 * @return bool
	 */
	public static function is_private( int $attachment_id ): bool {
		return str_starts_with( (string) get_post_meta( $attachment_id, '_wp_attached_file', true ), self::PREFIX );
	}

	/**
	 * Moves the attachment's files into the private folder.
	 *
	 * @since 0.1.0
	 *
	 * @param int $attachment_id Attachment ID.
	 * @return bool Whether its files are private now.
	 */
	public static function hide( int $attachment_id ): bool {
		$relative = (string) get_post_meta( $attachment_id, '_wp_attached_file', true );
		if ( '' === $relative || self::is_private( $attachment_id ) ) {
			return '' !== $relative;
		}
		return '' !== FeedbackFiles::base_dir() && self::move( $attachment_id, $relative, self::PREFIX . $relative );
	}

	/**
	 * Moves the attachment's files back where the uploads are served.
	 *
	 * @since 0.1.0
	 *
	 * @param int $attachment_id Attachment ID.
	 * @return bool Whether its files are public again.
	 */
	public static function reveal( int $attachment_id ): bool {
		$relative = (string) get_post_meta( $attachment_id, '_wp_attached_file', true );
		if ( ! self::is_private( $attachment_id ) ) {
			return true;
		}
		return self::move( $attachment_id, $relative, substr( $relative, strlen( self::PREFIX ) ) );
	}

	/**
	 * The absolute path of the file of a size (`full` for the file itself), '' when none.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $attachment_id Attachment ID.
	 * @param string $size          Size name.
	 * @return string
	 */
	public static function path( int $attachment_id, string $size ): string {
		$file = (string) get_attached_file( $attachment_id, true );
		if ( 'full' === $size ) {
			return $file;
		}
		$meta = wp_get_attachment_metadata( $attachment_id, true );
		$name = is_array( $meta ) ? (string) ( $meta['sizes'][ $size ]['file'] ?? '' ) : '';
		return '' === $name || '' === $file ? '' : dirname( $file ) . '/' . wp_basename( $name );
	}

	/**
	 * The URL of a private attachment: the permission-checked route.
	 *
	 * @since 0.1.0
	 *
	 * @param string $url           URL so far.
	 * @param int    $attachment_id Attachment ID.
	 * @return string
	 */
	public function url( $url, $attachment_id ) {
		return self::is_private( (int) $attachment_id ) ? ConfidentialFileController::url( (int) $attachment_id ) : $url;
	}

	/**
	 * The URL and dimensions of a size of a private image, through the route.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed        $downsize      False to let core work it out.
	 * @param int          $attachment_id Attachment ID.
	 * @param string|int[] $size          Size name or dimensions.
	 * @return mixed
	 */
	public function downsize( $downsize, $attachment_id, $size ) {
		if ( false !== $downsize || ! self::is_private( (int) $attachment_id ) ) {
			return $downsize;
		}
		$meta = wp_get_attachment_metadata( (int) $attachment_id, true );
		$meta = is_array( $meta ) ? $meta : array();
		if ( is_string( $size ) && isset( $meta['sizes'][ $size ]['file'] ) ) {
			$one = $meta['sizes'][ $size ];
			return array( ConfidentialFileController::url( (int) $attachment_id, $size ), (int) ( $one['width'] ?? 0 ), (int) ( $one['height'] ?? 0 ), true );
		}
		return array( ConfidentialFileController::url( (int) $attachment_id ), (int) ( $meta['width'] ?? 0 ), (int) ( $meta['height'] ?? 0 ), false );
	}

	/**
	 * No srcset for a private image.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $sources       Sources.
	 * @param int[]  $size_array    Width and height.
	 * @param string $image_src     Source.
	 * @param array  $image_meta    Metadata.
	 * @param int    $attachment_id Attachment ID.
	 * @return mixed
	 */
	public function no_srcset( $sources, $size_array, $image_src, $image_meta, $attachment_id = 0 ) {
		return self::is_private( (int) $attachment_id ) ? false : $sources;
	}

	/**
	 * Moves every file of the attachment from one relative path to another and records the
	 * new path; on a failed move the files already moved go back.
	 *
	 * @param int    $attachment_id Attachment ID.
	 * @param string $from          Relative path of the file now.
	 * @param string $to            Relative path wanted.
	 * @return bool
	 */
	private static function move( int $attachment_id, string $from, string $to ): bool {
		$uploads = wp_upload_dir( null, false );
		if ( ! empty( $uploads['error'] ) || str_contains( $from . $to, '..' ) ) {
			return false;
		}
		$base     = rtrim( (string) $uploads['basedir'], '/' ) . '/';
		$from_dir = dirname( $base . $from );
		$to_dir   = dirname( $base . $to );
		if ( ! wp_mkdir_p( $to_dir ) ) {
			return false;
		}
		$meta  = wp_get_attachment_metadata( $attachment_id, true );
		$names = array( wp_basename( $from ) );
		if ( is_array( $meta ) ) {
			$names = array_merge( $names, wp_list_pluck( (array) ( $meta['sizes'] ?? array() ), 'file' ), isset( $meta['original_image'] ) ? array( $meta['original_image'] ) : array() );
		}
		$moved = array();
		foreach ( array_unique( array_map( 'wp_basename', $names ) ) as $name ) {
			if ( ! is_file( $from_dir . '/' . $name ) ) {
				continue;
			}
			// phpcs:ignore WordPress.WP.AlternativeFunctions -- a move within the uploads folder.
			if ( ! rename( $from_dir . '/' . $name, $to_dir . '/' . $name ) ) {
				foreach ( $moved as $done ) {
					rename( $to_dir . '/' . $done, $from_dir . '/' . $done ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- undoing the move.
				}
				return false;
			}
			$moved[] = $name;
		}
		update_post_meta( $attachment_id, '_wp_attached_file', $to );
		if ( is_array( $meta ) && isset( $meta['file'] ) ) {
			$meta['file'] = $to;
			wp_update_attachment_metadata( $attachment_id, $meta );
		}
		return true;
	}
}
