<?php
/**
 * Attachments of feedback, kept in a private folder.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\PrivateFiles;
use WP_Error;

/**
 * Files are checked by what they are (finfo reads their bytes), not by the name or the type the
 * browser claims; they are stored under `uploads/ttdt-private/feedback/<random>/` with a name
 * the server chooses, behind a deny-all `.htaccess` (Apache) and the deny rule of the nginx
 * configuration, never in the media library, and read only through a route that checks the
 * reader's capability. A submission's files are stored before its row and removed again when
 * the row cannot be written, so there is no file without an item and no item without its
 * files.
 *
 * @since 0.1.0
 */
final class FeedbackFiles {

	/**
	 * Most files per submission.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const MAX_FILES = 3;

	/**
	 * Largest file, in bytes (5 MB: a phone photo or a scanned page).
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const MAX_BYTES = 5 * MB_IN_BYTES;

	/**
	 * Accepted types => the extension the stored file gets.
	 *
	 * @since 0.1.0
	 * @var array<string, string>
	 */
	public const TYPES = array(
		'image/jpeg'      => 'jpg',
		'image/png'       => 'png',
		'image/webp'      => 'webp',
		'application/pdf' => 'pdf',
	);

	/**
	 * Folder under uploads holding the plugin's private files.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PRIVATE_DIR = PrivateFiles::DIR;

	/**
	 * Moves an uploaded file into place: `move_uploaded_file` in requests; the PHP tests give
	 * `copy` for files they made themselves.
	 *
	 * @var callable(string, string): bool
	 */
	private $mover;

	/**
	 * Sets how uploaded files are moved.
	 *
	 * @since 0.1.0
	 *
	 * @param callable(string, string): bool|null $mover Defaults to `move_uploaded_file`.
	 */
	public function __construct( ?callable $mover = null ) {
		$this->mover = $mover ?? 'move_uploaded_file';
	}

	/**
	 * The uploads in `$_FILES` shape (one field, possibly `files[]`) as a list of single files.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $field `$_FILES['files']`.
	 * @return array<int, array{name: string, tmp_name: string, size: int, error: int}>
	 */
	public static function from_field( $field ): array {
		if ( ! is_array( $field ) || ! isset( $field['name'], $field['tmp_name'], $field['error'] ) ) {
			return array();
		}
		$list = array();
		foreach ( (array) $field['name'] as $i => $name ) {
			$error = (int) ( (array) $field['error'] )[ $i ];
			if ( UPLOAD_ERR_NO_FILE === $error ) {
				continue;
			}
			$list[] = array(
				'name'     => (string) $name,
				'tmp_name' => (string) ( (array) $field['tmp_name'] )[ $i ],
				'size'     => (int) ( (array) ( $field['size'] ?? array() ) )[ $i ],
				'error'    => $error,
			);
		}
		return $list;
	}

	/**
	 * Checks the uploads: count, errors, size and real type.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array{name: string, tmp_name: string, size: int, error: int}> $files Uploads.
	 * @return array<int, array<string, mixed>>|WP_Error The files with their `mime`, or the error for the `files` field.
	 */
	public static function check( array $files ) {
		if ( count( $files ) > self::MAX_FILES ) {
			/* translators: %d: the maximum number of files. */
			return self::error( sprintf( __( 'Please attach at most %d files.', 'ttdt-portal' ), self::MAX_FILES ) );
		}
		$finfo = new \finfo( FILEINFO_MIME_TYPE );
		foreach ( $files as $i => $file ) {
			$name = sanitize_file_name( wp_basename( $file['name'] ) );
			if ( in_array( $file['error'], array( UPLOAD_ERR_INI_SIZE, UPLOAD_ERR_FORM_SIZE ), true ) || $file['size'] > self::MAX_BYTES ) {
				/* translators: 1: file name, 2: size limit in MB. */
				return self::error( sprintf( __( 'The file "%1$s" is too large. Please attach files of at most %2$d MB each (a photo taken at a lower resolution, or a scan in PDF).', 'ttdt-portal' ), $name, self::MAX_BYTES / MB_IN_BYTES ) );
			}
			if ( UPLOAD_ERR_OK !== $file['error'] || ! is_file( $file['tmp_name'] ) ) {
				/* translators: %s: file name. */
				return self::error( sprintf( __( 'The file "%s" did not arrive completely. Please attach it again.', 'ttdt-portal' ), $name ) );
			}
			$size = (int) filesize( $file['tmp_name'] );
			if ( $size > self::MAX_BYTES || 0 === $size ) {
				/* translators: 1: file name, 2: size limit in MB. */
				return self::error( sprintf( __( 'The file "%1$s" is too large. Please attach files of at most %2$d MB each (a photo taken at a lower resolution, or a scan in PDF).', 'ttdt-portal' ), $name, self::MAX_BYTES / MB_IN_BYTES ) );
			}
			$mime = (string) $finfo->file( $file['tmp_name'] );
			if ( ! isset( self::TYPES[ $mime ] ) ) {
				/* translators: %s: file name. */
				return self::error( sprintf( __( 'The file "%s" is not a photo or a PDF document. Please attach only JPEG, PNG or WebP photos or PDF files.', 'ttdt-portal' ), $name ) );
			}
			$files[ $i ] += array(
				'mime'  => $mime,
				'clean' => mb_substr( '' === $name ? 'tep-dinh-kem.' . self::TYPES[ $mime ] : $name, 0, 200 ),
			);
			$files[ $i ]['size'] = $size;
		}
		return $files;
	}

	/**
	 * Moves checked uploads into a new private folder.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array<string, mixed>> $files Files from `check()`.
	 * @return array<int, array<string, mixed>>|WP_Error Rows for the files table (name, mime, size, path).
	 */
	public function store( array $files ) {
		if ( ! $files ) {
			return array();
		}
		$base = self::base_dir();
		if ( '' === $base ) {
			return self::storage_error();
		}
		$folder = 'feedback/' . bin2hex( random_bytes( 12 ) );
		if ( ! wp_mkdir_p( $base . '/' . $folder ) ) {
			return self::storage_error();
		}
		$rows = array();
		foreach ( array_values( $files ) as $n => $file ) {
			$path = $folder . '/' . ( $n + 1 ) . '-' . bin2hex( random_bytes( 6 ) ) . '.' . self::TYPES[ $file['mime'] ];
			if ( ! call_user_func( $this->mover, $file['tmp_name'], $base . '/' . $path ) ) {
				self::discard( $rows );
				self::remove_folder( $base . '/' . $folder );
				return self::storage_error();
			}
			chmod( $base . '/' . $path, 0640 );
			$rows[] = array(
				'name' => $file['clean'],
				'mime' => $file['mime'],
				'size' => (int) $file['size'],
				'path' => $path,
			);
		}
		return $rows;
	}

	/**
	 * Removes stored files (their row could not be written, or the item is erased).
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array<string, mixed>> $rows File rows.
	 */
	public static function discard( array $rows ): void {
		$base = self::base_dir();
		if ( '' === $base ) {
			return;
		}
		foreach ( $rows as $row ) {
			$path = self::absolute( (string) $row['path'] );
			if ( '' !== $path && is_file( $path ) ) {
				wp_delete_file( $path );
				self::remove_folder( dirname( $path ) );
			}
		}
	}

	/**
	 * The absolute path of a stored file, '' when the relative path leaves the private folder.
	 *
	 * @since 0.1.0
	 *
	 * @param string $relative Path as stored.
	 * @return string
	 */
	public static function absolute( string $relative ): string {
		if ( ! preg_match( '#^feedback/[a-f0-9]{24}/[a-z0-9\-]+\.(jpg|png|webp|pdf)$#', $relative ) ) {
			return '';
		}
		$base = self::base_dir();
		return '' === $base ? '' : $base . '/' . $relative;
	}

	/**
	 * The private folder, created with its deny-all guards; '' when it cannot be created.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function base_dir(): string {
		return PrivateFiles::base_dir();
	}

	/**
	 * Removes a submission's folder once it is empty.
	 *
	 * @param string $dir Absolute folder.
	 */
	private static function remove_folder( string $dir ): void {
		if ( is_dir( $dir ) && preg_match( '#/feedback/[a-f0-9]{24}$#', $dir ) && ! glob( $dir . '/*' ) ) {
			rmdir( $dir ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the plugin's own empty folder.
		}
	}

	/**
	 * The error for the `files` field.
	 *
	 * @param string $message Vietnamese message.
	 * @return WP_Error
	 */
	private static function error( string $message ): WP_Error {
		return FeedbackSubmission::errors( array( 'files' => $message ) );
	}

	/**
	 * The error when the server cannot store files.
	 *
	 * @return WP_Error
	 */
	private static function storage_error(): WP_Error {
		return new WP_Error( 'ttdt_feedback_storage', __( 'The attachments could not be stored. Nothing was saved; please send your feedback again in a few minutes, or without attachments.', 'ttdt-portal' ), array( 'status' => 503 ) );
	}
}
