<?php
/**
 * Writes a BagIt bag (RFC 8493) serialised as a zip, one file at a time.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use RuntimeException;
use ZipArchive;

/**
 * `ZipArchive::addFromString()` keeps every string in memory until the zip is closed, which
 * would hold the whole portal at once. So each payload file is written to a staging folder
 * and only listed (`entries.jsonl`, source and name); media files are listed from where they
 * are. Checksums are computed from the files on disk and appended to the manifest as they go,
 * so memory stays bounded whatever the size of the portal. The zip is written in one go by
 * {@see self::finish()}, reading the list line by line.
 *
 * A bag is written over many requests (a background job runs in bounded chunks): the
 * staging folder outlives a request, {@see self::state()} gives what to remember, and a
 * writer built with that state truncates the appended files to the remembered sizes, so a
 * chunk cut short by a crash is redone without duplicate lines.
 *
 * The zip holds one folder named after the bag, as RFC 8493 §4.2 asks of a serialised bag.
 *
 * @since 0.1.0
 */
final class BagWriter {

	/**
	 * Path of the zip to write.
	 *
	 * @var string
	 */
	private string $zip_path;

	/**
	 * Staging folder for the payload and tag files.
	 *
	 * @var string
	 */
	private string $staging;

	/**
	 * The bag's base folder inside the zip.
	 *
	 * @var string
	 */
	private string $base;

	/**
	 * Handle of the payload manifest being appended.
	 *
	 * @var resource
	 */
	private $manifest;

	/**
	 * Handle of the list of zip entries being appended.
	 *
	 * @var resource
	 */
	private $entries;

	/**
	 * Payload bytes and files, for `Payload-Oxum`.
	 *
	 * @var int[]
	 */
	private array $oxum = array( 0, 0 );

	/**
	 * Opens the staging folder: a new one, or the one of a bag being resumed.
	 *
	 * @since 0.1.0
	 *
	 * @param string                   $zip_path Where the zip goes.
	 * @param string                   $base     The bag's name (its folder inside the zip).
	 * @param array<string, mixed>|null $resume  {@see self::state()} of the bag being resumed, or null.
	 * @throws RuntimeException When the staging folder cannot be created.
	 */
	public function __construct( string $zip_path, string $base, ?array $resume = null ) {
		$this->zip_path = $zip_path;
		$this->base     = $base;
		$this->staging  = $zip_path . '.staging';
		if ( null === $resume ) {
			$this->discard_staging();
		}
		if ( ! wp_mkdir_p( $this->staging . '/data' ) ) {
			throw new RuntimeException( 'archive staging' );
		}
		$this->oxum     = array_map( 'intval', (array) ( $resume['oxum'] ?? array( 0, 0 ) ) );
		$this->manifest = self::append( $this->staging . '/manifest-sha256.txt', null === $resume ? 0 : (int) $resume['manifest'] );
		$this->entries  = self::append( $this->staging . '/entries.jsonl', null === $resume ? 0 : (int) $resume['entries'] );
	}

	/**
	 * What a later request needs to go on with this bag.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function state(): array {
		fflush( $this->manifest );
		fflush( $this->entries );
		return array(
			'oxum'     => $this->oxum,
			'manifest' => (int) ftell( $this->manifest ),
			'entries'  => (int) ftell( $this->entries ),
		);
	}

	/**
	 * Adds a payload file with the given content.
	 *
	 * @since 0.1.0
	 *
	 * @param string $path    Path under `data/`.
	 * @param string $content Content.
	 */
	public function add_string( string $path, string $content ): void {
		$file = $this->staged( $path );
		file_put_contents( $file, $content ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed writes to the plugin's own staging folder; WP_Filesystem cannot stream
		$this->add_file( $path, $file );
	}

	/**
	 * Opens a payload file for writing piece by piece (long lists); finish with
	 * {@see self::close_stream()}. With an offset, a file begun in an earlier request is
	 * cut back to that size and appended to.
	 *
	 * @since 0.1.0
	 *
	 * @param string   $path   Path under `data/`.
	 * @param int|null $offset Size of the part written before, or null for a new file.
	 * @return resource
	 */
	public function open_stream( string $path, ?int $offset = null ) {
		return self::append( $this->staged( $path ), (int) $offset );
	}

	/**
	 * Closes a file opened with {@see self::open_stream()} and adds it.
	 *
	 * @since 0.1.0
	 *
	 * @param string   $path   Path under `data/`.
	 * @param resource $handle The handle.
	 */
	public function close_stream( string $path, $handle ): void {
		fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed writes to the plugin's own staging folder; WP_Filesystem cannot stream
		$this->add_file( $path, $this->staged( $path ) );
	}

	/**
	 * Adds an existing file (a media file) to the payload.
	 *
	 * @since 0.1.0
	 *
	 * @param string $path   Path under `data/`.
	 * @param string $source File on disk.
	 * @return bool Whether it was added (false when it cannot be read).
	 */
	public function add_file( string $path, string $source ): bool {
		if ( ! is_readable( $source ) ) {
			return false;
		}
		$name = 'data/' . $path;
		fwrite( $this->manifest, hash_file( 'sha256', $source ) . '  ' . self::encode_path( $name ) . "\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed writes to the plugin's own staging folder; WP_Filesystem cannot stream
		fwrite( $this->entries, (string) wp_json_encode( array( $name, $source ), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) . "\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed writes to the plugin's own staging folder; WP_Filesystem cannot stream
		$this->oxum[0] += (int) filesize( $source );
		++$this->oxum[1];
		return true;
	}

	/**
	 * Writes the tag files, the zip and removes the staging folder.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $info `bag-info.txt` fields besides `Payload-Oxum` and `Bagging-Date`.
	 * @throws RuntimeException When the zip cannot be written.
	 */
	public function finish( array $info ): void {
		fclose( $this->manifest ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed writes to the plugin's own staging folder; WP_Filesystem cannot stream
		fclose( $this->entries ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed writes to the plugin's own staging folder; WP_Filesystem cannot stream
		$zip = new ZipArchive();
		if ( true !== $zip->open( $this->zip_path, ZipArchive::CREATE | ZipArchive::OVERWRITE ) ) {
			throw new RuntimeException( 'archive zip' );
		}
		// Writing the zip of a large portal is one long call: it beats so its runner keeps its lease.
		$zip->registerProgressCallback( 0.02, static fn() => do_action( ArchiveJobRunner::HEARTBEAT_HOOK ) );
		$list = fopen( $this->staging . '/entries.jsonl', 'rb' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed reads of the plugin's own staging folder
		while ( $list && false !== ( $line = fgets( $list ) ) ) { // Line by line, never the whole list.
			$entry = json_decode( $line, true );
			if ( is_array( $entry ) ) {
				$zip->addFile( (string) $entry[1], $this->base . '/' . $entry[0] );
			}
		}
		if ( $list ) {
			fclose( $list ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed reads of the plugin's own staging folder
		}
		$info = array_merge(
			$info,
			array(
				'Bagging-Date' => gmdate( 'Y-m-d' ),
				'Payload-Oxum' => $this->oxum[0] . '.' . $this->oxum[1],
			)
		);
		$lines = '';
		foreach ( $info as $label => $value ) {
			// Values are one line: a newline would start a bogus field.
			$lines .= $label . ': ' . preg_replace( '/\s+/u', ' ', trim( (string) $value ) ) . "\n";
		}
		$tags = array(
			'bagit.txt'           => "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
			'bag-info.txt'        => $lines,
			'manifest-sha256.txt' => null,
		);
		$tag_manifest = '';
		foreach ( $tags as $name => $content ) {
			$file = $this->staging . '/' . $name;
			if ( null !== $content ) {
				file_put_contents( $file, $content ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed writes to the plugin's own staging folder; WP_Filesystem cannot stream
			}
			$zip->addFile( $file, $this->base . '/' . $name );
			$tag_manifest .= hash_file( 'sha256', $file ) . '  ' . $name . "\n";
		}
		file_put_contents( $this->staging . '/tagmanifest-sha256.txt', $tag_manifest ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed writes to the plugin's own staging folder; WP_Filesystem cannot stream
		$zip->addFile( $this->staging . '/tagmanifest-sha256.txt', $this->base . '/tagmanifest-sha256.txt' );
		$closed = $zip->close();
		$this->discard_staging();
		if ( ! $closed ) {
			throw new RuntimeException( 'archive zip close' );
		}
	}

	/**
	 * Abandons the bag: removes the staging folder (no zip was written yet).
	 *
	 * @since 0.1.0
	 */
	public function abort(): void {
		foreach ( array( $this->manifest, $this->entries ) as $handle ) {
			if ( is_resource( $handle ) ) {
				fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed writes to the plugin's own staging folder; WP_Filesystem cannot stream
			}
		}
		$this->discard_staging();
	}

	/**
	 * `Payload-Oxum` so far: bytes and files.
	 *
	 * @since 0.1.0
	 *
	 * @return int[]
	 */
	public function oxum(): array {
		return $this->oxum;
	}

	/**
	 * A path in the manifest: RFC 8493 §2.1.3 percent-encodes CR, LF and `%`.
	 *
	 * @since 0.1.0
	 *
	 * @param string $path Path.
	 * @return string
	 */
	public static function encode_path( string $path ): string {
		return strtr( $path, array( '%' => '%25', "\r" => '%0D', "\n" => '%0A' ) );
	}

	/**
	 * Opens a file for appending after its first `$offset` bytes (what a crashed chunk wrote
	 * after them is cut off).
	 *
	 * @param string $file   File.
	 * @param int    $offset Bytes to keep.
	 * @return resource
	 * @throws RuntimeException When the file cannot be opened.
	 */
	private static function append( string $file, int $offset ) {
		$handle = fopen( $file, 'c+b' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed writes to the plugin's own staging folder; WP_Filesystem cannot stream
		if ( ! $handle ) {
			throw new RuntimeException( 'archive staging file' );
		}
		ftruncate( $handle, $offset );
		fseek( $handle, $offset );
		return $handle;
	}

	/**
	 * The staging path of a payload file, with its folder created.
	 *
	 * @param string $path Path under `data/`.
	 * @return string
	 */
	private function staged( string $path ): string {
		$file = $this->staging . '/data/' . $path;
		wp_mkdir_p( dirname( $file ) );
		return $file;
	}

	/**
	 * Removes the staging folder and everything in it.
	 */
	private function discard_staging(): void {
		if ( ! is_dir( $this->staging ) ) {
			return;
		}
		$files = new \RecursiveIteratorIterator(
			new \RecursiveDirectoryIterator( $this->staging, \FilesystemIterator::SKIP_DOTS ),
			\RecursiveIteratorIterator::CHILD_FIRST
		);
		foreach ( $files as $file ) {
			$file->isDir() ? rmdir( $file->getPathname() ) : wp_delete_file( $file->getPathname() ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the plugin's own staging folder.
		}
		rmdir( $this->staging ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the plugin's own staging folder.
	}
}
