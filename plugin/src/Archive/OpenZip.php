<?php
/**
 * Keeps a package's zip open from one job step to the next.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use ZipArchive;

/**
 * Opening a zip reads its whole central directory: 0.4 s for a package of 50,000 items, more
 * than a verification or restore step spends on its own work. A runner works many steps in
 * one request, so the zip opened by the first is kept for the next ones. It is known by its
 * path, inode, size and time: a package rewritten in between (a repair, a test that damages a
 * byte: ZipArchive writes a new file and renames it) is opened again.
 *
 * @since 0.1.0
 */
final class OpenZip {

	/**
	 * The zip kept open, and what it was opened from.
	 *
	 * @var array{key: string, zip: ZipArchive}|null
	 */
	private static ?array $open = null;

	/**
	 * The package's zip, read-only, or null when it cannot be opened.
	 *
	 * @since 0.1.0
	 *
	 * @param string $path The zip.
	 * @return ZipArchive|null
	 */
	public static function get( string $path ): ?ZipArchive {
		clearstatcache( true, $path );
		$stat = is_file( $path ) ? stat( $path ) : false;
		if ( false === $stat ) {
			return null;
		}
		$key = implode( '|', array( $path, $stat['ino'], $stat['size'], $stat['mtime'] ) );
		if ( null !== self::$open && self::$open['key'] === $key ) {
			return self::$open['zip'];
		}
		self::close();
		$zip = new ZipArchive();
		if ( true !== $zip->open( $path, ZipArchive::RDONLY ) ) {
			return null;
		}
		self::$open = array(
			'key' => $key,
			'zip' => $zip,
		);
		return $zip;
	}

	/**
	 * Closes the zip kept open (before the package is deleted or moved).
	 *
	 * @since 0.1.0
	 */
	public static function close(): void {
		if ( null !== self::$open ) {
			self::$open['zip']->close();
			self::$open = null;
		}
	}
}
