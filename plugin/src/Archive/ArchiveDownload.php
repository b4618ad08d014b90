<?php
/**
 * A package file to send as the answer of the download route.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

/**
 * The data of the download route's response: the REST server sends its headers, then
 * {@see ArchiveController::serve_zip()} calls {@see self::send()} in place of the JSON body,
 * so a package of gigabytes goes out in chunks without being read into memory.
 *
 * @since 0.1.0
 */
final class ArchiveDownload {

	/**
	 * The zip.
	 *
	 * @var string
	 */
	private string $file;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param string $file The zip.
	 */
	public function __construct( string $file ) {
		$this->file = $file;
	}

	/**
	 * Sends the file.
	 *
	 * @since 0.1.0
	 */
	public function send(): void {
		while ( ob_get_level() > 0 ) {
			ob_end_clean();
		}
		readfile( $this->file ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the package from the plugin's own folder.
	}
}
