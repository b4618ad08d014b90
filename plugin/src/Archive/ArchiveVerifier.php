<?php
/**
 * Checks a package against its own manifests (RFC 8493 §3, "complete" and "valid").
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use WP_Error;
use ZipArchive;

/**
 * Every file of the manifests is read back from the zip (streamed through the hash, never
 * whole into memory) and its SHA-256 compared; a payload file the manifest does not list, a
 * listed one that is missing and a wrong `Payload-Oxum` are problems too. Each problem names
 * the file, so the operator knows what was damaged.
 *
 * @since 0.1.0
 */
final class ArchiveVerifier implements ArchiveTask {

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
	 * Files checked per step.
	 *
	 * @var int
	 */
	private const CHUNK = 400;

	/**
	 * The last manifest read: its zip, its name and its lines.
	 *
	 * @var array{zip: ZipArchive, name: string, lines: string[]|null}|null
	 */
	private static ?array $manifest = null;

	/**
	 * Verifies a stored package in this request and records the result beside it.
	 *
	 * @since 0.1.0
	 *
	 * @param string $id Package ID.
	 * @return array{status: string, checked_at: string, files: int, problems: array<int, array{file: string, problem: string}>}|null
	 *         Null when there is no such package.
	 */
	public function verify( string $id ): ?array {
		$state = $this->begin( array( 'package' => $id ) );
		if ( is_wp_error( $state ) ) {
			return null;
		}
		$state = self::run( $state );
		$this->store->write_info( $id, array( 'verification' => $state['verification'] ) );
		return $state['verification'];
	}

	/**
	 * The first state of a verification job.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $params `package`: the package ID; `schedule` (bool: started by {@see ArchiveSchedule}).
	 * @return array<string, mixed>|WP_Error
	 */
	public function begin( array $params ) {
		$id   = (string) ( $params['package'] ?? '' );
		$file = $this->store->path( $id );
		if ( null === $file || ! is_file( $file ) ) {
			return new WP_Error( 'ttdt_archive_not_found', __( 'There is no such archive package. Reload the list of packages.', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		return array(
			'package'  => $id,
			'schedule' => ! empty( $params['schedule'] ),
		) + self::start( $file );
	}

	/**
	 * Checks the next files; the last step records the result beside the package.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $state State after the previous step.
	 * @return array<string, mixed>
	 */
	public function step( array $state ) {
		$state = self::next( $state );
		if ( ! empty( $state['finished'] ) ) {
			$this->store->write_info( (string) $state['package'], array( 'verification' => $state['verification'] ) );
			$state['result'] = (array) $this->store->get( (string) $state['package'] );
		}
		return $state;
	}

	/**
	 * A verification leaves nothing half-written.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $state Last stored state.
	 */
	public function abandon( array $state ): void {
	}

	/**
	 * Verifies a zip in this request.
	 *
	 * @since 0.1.0
	 *
	 * @param string $zip_path The zip.
	 * @return array{status: string, checked_at: string, files: int, problems: array<int, array{file: string, problem: string}>}
	 */
	public static function check_file( string $zip_path ): array {
		return self::run( self::start( $zip_path ) )['verification'];
	}

	/**
	 * The first state of the verification of a zip: how many files the manifests list.
	 *
	 * @since 0.1.0
	 *
	 * @param string $zip_path The zip.
	 * @return array<string, mixed>
	 */
	public static function start( string $zip_path ): array {
		$total = 0;
		$zip   = new ZipArchive();
		if ( true === $zip->open( $zip_path, ZipArchive::RDONLY ) ) {
			$base = (string) self::base( $zip );
			foreach ( array( 'manifest-sha256.txt', 'tagmanifest-sha256.txt' ) as $manifest ) {
				$total += substr_count( (string) $zip->getFromName( $base . $manifest ), "\n" );
			}
			$zip->close();
		}
		return array(
			'file'     => $zip_path,
			'label'    => __( 'Recomputing the checksums', 'ttdt-portal' ),
			'manifest' => 0,
			'line'     => 0,
			'done'     => 0,
			'total'    => $total,
			'problems' => array(),
		);
	}

	/**
	 * Runs every step of a verification.
	 *
	 * @param array<string, mixed> $state First state.
	 * @return array<string, mixed> Last state.
	 */
	private static function run( array $state ): array {
		while ( empty( $state['finished'] ) ) {
			$state = self::next( $state );
		}
		return $state;
	}

	/**
	 * Checks up to {@see self::CHUNK} files of the manifests (streamed through the hash), or,
	 * when every listed file is checked, the unlisted files and `Payload-Oxum`.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $state State.
	 * @return array<string, mixed>
	 */
	public static function next( array $state ): array {
		$manifests = array( 'manifest-sha256.txt', 'tagmanifest-sha256.txt' );
		$problems  = (array) $state['problems'];
		$zip       = OpenZip::get( (string) $state['file'] ); // Kept open for the next step.
		$base      = null !== $zip ? self::base( $zip ) : null;
		if ( null === $base ) {
			$problems[] = self::problem( basename( (string) $state['file'] ), __( 'The file is not a readable zip.', 'ttdt-portal' ) );
			return self::finish( $state, $problems );
		}
		if ( false === $zip->locateName( $base . 'bagit.txt' ) ) {
			$problems[] = self::problem( 'bagit.txt', __( 'The package has no bagit.txt: it is not a BagIt bag.', 'ttdt-portal' ) );
			return self::finish( $state, $problems );
		}
		$manifest = $manifests[ $state['manifest'] ] ?? null;
		if ( null === $manifest ) {
			$listed = array();
			foreach ( $manifests as $name ) {
				foreach ( self::lines( $zip, $base . $name ) as $line ) {
					if ( preg_match( '/^[0-9a-fA-F]{64}\s+(.+)$/', $line, $match ) ) {
						$listed[ rawurldecode( $match[1] ) ] = true;
					}
				}
			}
			$problems = array_merge( $problems, self::unlisted_and_oxum( $zip, $base, $listed ) );
			return self::finish( $state, $problems );
		}
		$lines = self::lines( $zip, $base . $manifest );
		if ( null === $lines ) {
			$problems[] = self::problem( $manifest, __( 'The manifest is missing.', 'ttdt-portal' ) );
			$lines      = array();
		}
		$chunk = array_slice( $lines, (int) $state['line'], self::CHUNK );
		foreach ( $chunk as $line ) {
			$problems = array_merge( $problems, self::check_line( $zip, $base, $manifest, $line ) );
		}
		$state['done']    += count( $chunk );
		$state['line']    += count( $chunk );
		$state['problems'] = $problems;
		if ( (int) $state['line'] >= count( $lines ) ) {
			++$state['manifest'];
			$state['line'] = 0;
		}
		return $state;
	}

	/**
	 * The problems of one manifest line: malformed, file missing or checksum different.
	 *
	 * @param ZipArchive $zip      The zip.
	 * @param string     $base     The bag's folder with a trailing slash.
	 * @param string     $manifest The manifest's name.
	 * @param string     $line     The line.
	 * @return array<int, array{file: string, problem: string}>
	 */
	private static function check_line( ZipArchive $zip, string $base, string $manifest, string $line ): array {
		if ( ! preg_match( '/^([0-9a-fA-F]{64})\s+(.+)$/', $line, $match ) ) {
			return array( self::problem( $manifest, __( 'A line of the manifest is malformed.', 'ttdt-portal' ) ) );
		}
		$file   = rawurldecode( $match[2] );
		$actual = self::hash_entry( $zip, $base . $file );
		if ( null === $actual ) {
			return array( self::problem( $file, __( 'The file listed in the manifest is missing from the package.', 'ttdt-portal' ) ) );
		}
		if ( ! hash_equals( strtolower( $match[1] ), $actual ) ) {
			return array( self::problem( $file, __( 'The checksum differs from the manifest: the file was changed or damaged.', 'ttdt-portal' ) ) );
		}
		return array();
	}

	/**
	 * The lines of a manifest, or null when it is missing.
	 *
	 * @param ZipArchive $zip  The zip.
	 * @param string     $name Entry name.
	 * @return string[]|null
	 */
	private static function lines( ZipArchive $zip, string $name ): ?array {
		// The zip is kept open between steps (OpenZip): so is its manifest, read once, not once a step.
		if ( null !== self::$manifest && self::$manifest['zip'] === $zip && self::$manifest['name'] === $name ) {
			return self::$manifest['lines'];
		}
		$text           = $zip->getFromName( $name );
		$lines          = false === $text ? null : (array) preg_split( '/\r\n|\n|\r/', (string) $text, -1, PREG_SPLIT_NO_EMPTY );
		self::$manifest = array(
			'zip'   => $zip,
			'name'  => $name,
			'lines' => $lines,
		);
		return $lines;
	}

	/**
	 * The last state: the result.
	 *
	 * @param array<string, mixed>                             $state    State.
	 * @param array<int, array{file: string, problem: string}> $problems Problems.
	 * @return array<string, mixed>
	 */
	private static function finish( array $state, array $problems ): array {
		$state['finished']     = true;
		$state['verification'] = self::result( $problems, (int) $state['done'] );
		$state['done']         = $state['total'];
		return $state;
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
