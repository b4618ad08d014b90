<?php
/**
 * Checks a package against its own manifests (RFC 8493 §3, "complete" and "valid").
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use ZipArchive;

/**
 * Every file of the manifests is read back from the zip (streamed through the hash, never
 * whole into memory) and its SHA-256 compared; a payload file the manifest does not list, a
 * listed one that is missing and a wrong `Payload-Oxum` are problems too. Each problem names
 * the file, so the operator knows what was damaged.
 *
 * @since 0.1.0
 */
final class ArchiveVerifier {

	/**
	 * Where packages are.
	 *
	 * @var ArchiveStore
	 */
	private ArchiveStore $store;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ArchiveStore $store Where packages are.
	 */
	public function __construct( ArchiveStore $store ) {
		$this->store = $store;
	}

	/**
	 * Verifies a stored package and records the result beside it.
	 *
	 * @since 0.1.0
	 *
	 * @param string $id Package ID.
	 * @return array{status: string, checked_at: string, files: int, problems: array<int, array{file: string, problem: string}>}|null
	 *         Null when there is no such package.
	 */
	public function verify( string $id ): ?array {
		$zip = $this->store->path( $id );
		if ( null === $zip || ! is_file( $zip ) ) {
			return null;
		}
		$result = self::check_file( $zip );
		$this->store->write_info( $id, array( 'verification' => $result ) );
		return $result;
	}

	/**
	 * Verifies a zip.
	 *
	 * @since 0.1.0
	 *
	 * @param string $zip_path The zip.
	 * @return array{status: string, checked_at: string, files: int, problems: array<int, array{file: string, problem: string}>}
	 */
	public static function check_file( string $zip_path ): array {
		$problems = array();
		$checked  = 0;
		$zip      = new ZipArchive();
		if ( true !== $zip->open( $zip_path, ZipArchive::RDONLY ) ) {
			$problems[] = self::problem( basename( $zip_path ), __( 'The file is not a readable zip.', 'ttdt-portal' ) );
			return self::result( $problems, 0 );
		}
		$base = self::base( $zip );
		if ( null === $base || false === $zip->locateName( $base . 'bagit.txt' ) ) {
			$problems[] = self::problem( 'bagit.txt', __( 'The package has no bagit.txt: it is not a BagIt bag.', 'ttdt-portal' ) );
			$zip->close();
			return self::result( $problems, 0 );
		}
		$listed = array();
		foreach ( array( 'manifest-sha256.txt', 'tagmanifest-sha256.txt' ) as $manifest ) {
			$lines = $zip->getFromName( $base . $manifest );
			if ( false === $lines ) {
				$problems[] = self::problem( $manifest, __( 'The manifest is missing.', 'ttdt-portal' ) );
				continue;
			}
			foreach ( preg_split( '/\r\n|\n|\r/', (string) $lines, -1, PREG_SPLIT_NO_EMPTY ) as $line ) {
				if ( ! preg_match( '/^([0-9a-fA-F]{64})\s+(.+)$/', $line, $match ) ) {
					$problems[] = self::problem( $manifest, __( 'A line of the manifest is malformed.', 'ttdt-portal' ) );
					continue;
				}
				$file            = rawurldecode( $match[2] );
				$listed[ $file ] = true;
				++$checked;
				$actual = self::hash_entry( $zip, $base . $file );
				if ( null === $actual ) {
					$problems[] = self::problem( $file, __( 'The file listed in the manifest is missing from the package.', 'ttdt-portal' ) );
				} elseif ( ! hash_equals( strtolower( $match[1] ), $actual ) ) {
					$problems[] = self::problem( $file, __( 'The checksum differs from the manifest: the file was changed or damaged.', 'ttdt-portal' ) );
				}
			}
		}
		$problems = array_merge( $problems, self::unlisted_and_oxum( $zip, $base, $listed ) );
		$zip->close();
		return self::result( $problems, $checked );
	}

	/**
	 * Payload files no manifest lists, and a `Payload-Oxum` that does not match the payload.
	 *
	 * @param ZipArchive          $zip    The zip.
	 * @param string              $base   The bag's folder with a trailing slash.
	 * @param array<string, bool> $listed Files the manifests list.
	 * @return array<int, array{file: string, problem: string}>
	 */
	private static function unlisted_and_oxum( ZipArchive $zip, string $base, array $listed ): array {
		$problems = array();
		$bytes    = 0;
		$files    = 0;
		for ( $i = 0; $i < $zip->numFiles; $i++ ) {
			$stat = $zip->statIndex( $i );
			$name = is_array( $stat ) ? substr( (string) $stat['name'], strlen( $base ) ) : '';
			if ( ! str_starts_with( $name, 'data/' ) || str_ends_with( $name, '/' ) ) {
				continue;
			}
			$bytes += (int) $stat['size'];
			++$files;
			if ( ! isset( $listed[ $name ] ) ) {
				$problems[] = self::problem( $name, __( 'The file is in the package but not in the manifest.', 'ttdt-portal' ) );
			}
		}
		$info = (string) $zip->getFromName( $base . 'bag-info.txt' );
		if ( preg_match( '/^Payload-Oxum:\s*(\d+)\.(\d+)\s*$/m', $info, $oxum ) && ( (int) $oxum[1] !== $bytes || (int) $oxum[2] !== $files ) ) {
			$problems[] = self::problem( 'bag-info.txt', __( 'The payload size or file count differs from Payload-Oxum: files were added or removed.', 'ttdt-portal' ) );
		}
		return $problems;
	}

	/**
	 * The bag's folder inside the zip (with a trailing slash), or null when there is none.
	 *
	 * @param ZipArchive $zip The zip.
	 * @return string|null
	 */
	public static function base( ZipArchive $zip ): ?string {
		$first = $zip->getNameIndex( 0 );
		if ( false === $first || ! str_contains( $first, '/' ) ) {
			return null;
		}
		return strstr( $first, '/', true ) . '/';
	}

	/**
	 * SHA-256 of an entry, streamed.
	 *
	 * @param ZipArchive $zip  The zip.
	 * @param string     $name Entry name.
	 * @return string|null Null when there is no such entry.
	 */
	private static function hash_entry( ZipArchive $zip, string $name ): ?string {
		if ( false === $zip->locateName( $name ) ) {
			return null;
		}
		$stream = $zip->getStream( $name );
		if ( ! $stream ) {
			return null;
		}
		$context = hash_init( 'sha256' );
		hash_update_stream( $context, $stream );
		fclose( $stream ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a stream of a zip entry
		return hash_final( $context );
	}

	/**
	 * One problem.
	 *
	 * @param string $file    File it concerns.
	 * @param string $problem What is wrong.
	 * @return array{file: string, problem: string}
	 */
	private static function problem( string $file, string $problem ): array {
		return array(
			'file'    => $file,
			'problem' => $problem,
		);
	}

	/**
	 * The result.
	 *
	 * @param array<int, array{file: string, problem: string}> $problems Problems.
	 * @param int                                              $files    Files checked.
	 * @return array{status: string, checked_at: string, files: int, problems: array<int, array{file: string, problem: string}>}
	 */
	private static function result( array $problems, int $files ): array {
		return array(
			'status'     => $problems ? 'invalid' : 'valid',
			'checked_at' => gmdate( 'c' ),
			'files'      => $files,
			'problems'   => $problems,
		);
	}
}
