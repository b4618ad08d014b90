<?php
/**
 * Where archive packages are kept, and the list of them.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use WP_Error;

/**
 * Packages hold everything the portal has, personal data included when asked, so they must
 * never be reachable by URL. A deny rule in `uploads` is not enough (nginx ignores
 * `.htaccess`), so the store is a folder beside the WordPress folder, outside the web root,
 * when the server lets PHP write there; only otherwise a folder in `uploads` with a random
 * name, an empty `index.php` and deny rules. The chosen folder is kept in an option so a
 * request, cron and the command line agree on it.
 *
 * A host that knows better sets `TTDT_ARCHIVE_DIR` in `wp-config.php` (a folder outside the
 * web root that the PHP workers may write to).
 *
 * Each package is `<id>.zip` with a sidecar `<id>.json` holding its verification status.
 *
 * @since 0.1.0
 */
final class ArchiveStore {

	/**
	 * Option holding the folder chosen on first use.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DIR_OPTION = 'ttdt_archive_dir';

	/**
	 * Filter of the folder, for hosts with their own backup volume.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DIR_FILTER = 'ttdt_archive_dir';

	/**
	 * What a package ID looks like: `ttdt-YYYYMMDD-HHMMSS-xxxxxx`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ID_PATTERN = '^ttdt-[0-9]{8}-[0-9]{6}-[a-f0-9]{6}$';

	/**
	 * The folder of the packages, created when missing.
	 *
	 * @since 0.1.0
	 *
	 * @return string|WP_Error Absolute path without a trailing slash.
	 */
	public function dir() {
		// A host names its private folder in wp-config.php; otherwise the choice made on first use.
		$stored = defined( 'TTDT_ARCHIVE_DIR' ) ? (string) TTDT_ARCHIVE_DIR : (string) get_option( self::DIR_OPTION, '' );
		/**
		 * Filters the folder archive packages are written to. It must not be served by the web
		 * server: packages may hold citizens' personal data.
		 *
		 * @since 0.1.0
		 *
		 * @param string $dir Absolute path; empty to let the plugin choose.
		 */
		$dir = (string) apply_filters( self::DIR_FILTER, $stored );
		if ( '' !== $dir && self::prepare( $dir ) ) {
			return untrailingslashit( $dir );
		}
		foreach ( array( self::outside_web_root(), self::inside_uploads() ) as $candidate ) {
			if ( '' !== $candidate && self::prepare( $candidate ) ) {
				update_option( self::DIR_OPTION, $candidate, false );
				return $candidate;
			}
		}
		return new WP_Error( 'ttdt_archive_storage', __( 'No folder for archive packages could be created. Ask the host to let WordPress write to a folder outside the web root.', 'ttdt-portal' ), array( 'status' => 500 ) );
	}

	/**
	 * Path of a package, or null when the ID is not one.
	 *
	 * @since 0.1.0
	 *
	 * @param string $id  Package ID.
	 * @param string $ext `zip` or `json`.
	 * @return string|null
	 */
	public function path( string $id, string $ext = 'zip' ): ?string {
		$dir = $this->dir();
		if ( is_wp_error( $dir ) || ! preg_match( '/' . self::ID_PATTERN . '/', $id ) ) {
			return null;
		}
		return $dir . '/' . $id . '.' . $ext;
	}

	/**
	 * A new package ID for now.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function new_id(): string {
		return 'ttdt-' . gmdate( 'Ymd-His' ) . '-' . bin2hex( random_bytes( 3 ) );
	}

	/**
	 * The packages, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public function all(): array {
		$dir = $this->dir();
		if ( is_wp_error( $dir ) ) {
			return array();
		}
		$found = array();
		foreach ( (array) glob( $dir . '/ttdt-*.zip' ) as $file ) {
			$id = basename( (string) $file, '.zip' );
			if ( preg_match( '/' . self::ID_PATTERN . '/', $id ) ) {
				$found[] = $this->get( $id );
			}
		}
		$found = array_filter( $found );
		usort( $found, static fn( $a, $b ) => strcmp( $b['id'], $a['id'] ) );
		return $found;
	}

	/**
	 * The newest package's record, or null when none is kept (site health reads its date).
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>|null
	 */
	public function latest(): ?array {
		return $this->all()[0] ?? null;
	}

	/**
	 * One package's record, or null when there is no such package.
	 *
	 * @since 0.1.0
	 *
	 * @param string $id Package ID.
	 * @return array<string, mixed>|null
	 */
	public function get( string $id ): ?array {
		$zip = $this->path( $id );
		if ( null === $zip || ! is_file( $zip ) ) {
			return null;
		}
		$info = $this->read_info( $id );
		return array(
			'id'           => $id,
			'created_at'   => (string) ( $info['created_at'] ?? gmdate( 'c', (int) filemtime( $zip ) ) ),
			'size'         => (int) filesize( $zip ),
			'counts'       => (array) ( $info['counts'] ?? array() ),
			'personal'     => (bool) ( $info['personal'] ?? false ),
			'verification' => (array) ( $info['verification'] ?? array( 'status' => 'unchecked' ) ),
		);
	}

	/**
	 * Writes the sidecar of a package (merged with what it held).
	 *
	 * @since 0.1.0
	 *
	 * @param string               $id      Package ID.
	 * @param array<string, mixed> $changes Keys to set.
	 */
	public function write_info( string $id, array $changes ): void {
		$file = $this->path( $id, 'json' );
		if ( null !== $file ) {
			file_put_contents( $file, (string) wp_json_encode( array_merge( $this->read_info( $id ), $changes ), JSON_UNESCAPED_UNICODE | JSON_PRETTY_PRINT ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the plugin's own folder outside the web root, which WP_Filesystem may not reach
		}
	}

	/**
	 * Deletes a package and its sidecar.
	 *
	 * @since 0.1.0
	 *
	 * @param string $id Package ID.
	 * @return bool Whether there was such a package.
	 */
	public function delete( string $id ): bool {
		$zip = $this->path( $id );
		if ( null === $zip || ! is_file( $zip ) ) {
			return false;
		}
		OpenZip::close(); // A step may have kept it open.
		wp_delete_file( $zip );
		wp_delete_file( (string) $this->path( $id, 'json' ) );
		return true;
	}

	/**
	 * The sidecar's content.
	 *
	 * @param string $id Package ID.
	 * @return array<string, mixed>
	 */
	private function read_info( string $id ): array {
		$file = $this->path( $id, 'json' );
		if ( null === $file || ! is_file( $file ) ) {
			return array();
		}
		$data = json_decode( (string) file_get_contents( $file ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the plugin's own folder outside the web root, which WP_Filesystem may not reach
		return is_array( $data ) ? $data : array();
	}

	/**
	 * The preferred folder: beside the WordPress folder, unless that is inside the web root.
	 *
	 * @return string Empty when there is none.
	 */
	private static function outside_web_root(): string {
		$site_root = dirname( untrailingslashit( WP_CONTENT_DIR ) );
		$parent    = dirname( $site_root );
		if ( $parent === $site_root ) {
			return '';
		}
		$candidate = $parent . '/ttdt-archives-' . substr( md5( $site_root ), 0, 8 );
		// WordPress installed in a subfolder of the web root: its parent is served too.
		$doc_root = empty( $_SERVER['DOCUMENT_ROOT'] ) ? false : realpath( sanitize_text_field( wp_unslash( $_SERVER['DOCUMENT_ROOT'] ) ) );
		$real     = realpath( $parent );
		if ( $doc_root && $real && str_starts_with( trailingslashit( $real ), trailingslashit( $doc_root ) ) ) {
			return '';
		}
		return $candidate;
	}

	/**
	 * The fallback: a folder in uploads with a name nobody can guess.
	 *
	 * @return string
	 */
	private static function inside_uploads(): string {
		$uploads = wp_upload_dir( null, false );
		if ( ! empty( $uploads['error'] ) ) {
			return '';
		}
		return untrailingslashit( $uploads['basedir'] ) . '/ttdt-archives-' . bin2hex( random_bytes( 12 ) );
	}

	/**
	 * Creates the folder with its deny rules; true when it is usable.
	 *
	 * @param string $dir Folder.
	 * @return bool
	 */
	private static function prepare( string $dir ): bool {
		if ( ! is_dir( $dir ) && ! wp_mkdir_p( $dir ) ) {
			return false;
		}
		if ( ! wp_is_writable( $dir ) ) {
			return false;
		}
		// Defence in depth wherever the folder is: no listing, and Apache refuses every file.
		$guards = array(
			'index.php' => "<?php\n// Silence is golden.\n",
			'.htaccess' => "Require all denied\nDeny from all\n",
		);
		foreach ( $guards as $name => $content ) {
			if ( ! is_file( $dir . '/' . $name ) ) {
				file_put_contents( $dir . '/' . $name, $content ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the plugin's own folder outside the web root, which WP_Filesystem may not reach
			}
		}
		return true;
	}
}
