<?php
/**
 * The plugin's private folder under uploads, and how its files reach an authorised reader.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

use WP_HTTP_Response;

/**
 * Files that must never be public (citizens' feedback attachments, businesses' written
 * confirmations) live under `uploads/ttdt-private/<area>/<random>/`, behind a deny-all
 * `.htaccess` (Apache), an `index.php` and the deny rule of the nginx configuration. They are
 * read only through a REST route whose permission check passed; that route answers with a
 * {@see PrivateFileResponse}, which this class streams in place of JSON.
 *
 * @since 0.1.0
 */
final class PrivateFiles implements WriteSide {

	/**
	 * Folder under uploads holding the plugin's private files.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DIR = 'ttdt-private';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'rest_pre_serve_request', array( self::class, 'serve' ), 10, 2 );
	}

	/**
	 * The private folder, created with its deny-all guards; '' when it cannot be created.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function base_dir(): string {
		$uploads = wp_upload_dir( null, false );
		if ( ! empty( $uploads['error'] ) ) {
			return '';
		}
		$base = rtrim( (string) $uploads['basedir'], '/' ) . '/' . self::DIR;
		if ( ! is_dir( $base ) && ! wp_mkdir_p( $base ) ) {
			return '';
		}
		$guards = array(
			'.htaccess' => "# Files of ttdt-portal: never served directly.\nRequire all denied\n<IfModule !mod_authz_core.c>\nDeny from all\n</IfModule>\n",
			'index.php' => "<?php\n// Silence is golden.\n",
		);
		foreach ( $guards as $file => $content ) {
			if ( ! is_file( $base . '/' . $file ) ) {
				file_put_contents( $base . '/' . $file, $content ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a guard file of the plugin's own folder.
			}
		}
		return $base;
	}

	/**
	 * A new folder of one area, named at random so no path can be guessed: its path relative
	 * to the private folder, '' when it cannot be created.
	 *
	 * @since 0.1.0
	 *
	 * @param string $area Area: lowercase letters (`feedback`, `business`).
	 * @return string
	 */
	public static function new_folder( string $area ): string {
		$base   = self::base_dir();
		$folder = $area . '/' . bin2hex( random_bytes( 12 ) );
		return '' !== $base && preg_match( '/^[a-z]+$/', $area ) && wp_mkdir_p( $base . '/' . $folder ) ? $folder : '';
	}

	/**
	 * Whether an absolute path lies inside the private folder, or inside one area of it.
	 *
	 * @since 0.1.0
	 *
	 * @param string $path Absolute path.
	 * @param string $area Area ({@see new_folder()}); '' for any.
	 * @return bool
	 */
	public static function contains( string $path, string $area = '' ): bool {
		$base = self::base_dir();
		$root = wp_normalize_path( $base ) . '/' . ( '' === $area ? '' : $area . '/' );
		return '' !== $base && '' !== $path && ! str_contains( wp_normalize_path( $path ), '/../' ) && str_starts_with( wp_normalize_path( $path ), $root );
	}

	/**
	 * Streams a {@see PrivateFileResponse} instead of JSON: the file, with its type and name,
	 * never cached, never sniffed into another type.
	 *
	 * @since 0.1.0
	 *
	 * @param bool             $served   Whether the request was already served.
	 * @param WP_HTTP_Response $response The route's answer.
	 * @return bool
	 */
	public static function serve( $served, $response ): bool {
		if ( $served || ! $response instanceof PrivateFileResponse ) {
			return (bool) $served;
		}
		nocache_headers();
		header( 'Content-Type: ' . $response->mime );
		header( 'Content-Length: ' . (int) filesize( $response->path ) );
		header( 'X-Content-Type-Options: nosniff' );
		header( "Content-Disposition: attachment; filename*=UTF-8''" . rawurlencode( $response->name ) );
		readfile( $response->path ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams a private file to an authorised reader.
		return true;
	}
}
