<?php
/**
 * Restores a package into an empty site, and takes in packages made elsewhere.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditLog;
use Ttdt\Feedback\FeedbackTables;
use Ttdt\Settings\Settings;
use WP_Error;
use ZipArchive;

/**
 * A package is restored only when its checksums hold (a damaged archive must not become the
 * portal's record) and only into a site with no content of its own besides what WordPress's
 * installer made: merging two portals' records would mix their audit logs. IDs change; links
 * are rewritten (see {@see ItemRestore}, {@see RecordRestore}).
 *
 * @since 0.1.0
 */
final class ArchiveRestorer implements ArchiveTask {

	/**
	 * Where packages are.
	 *
	 * @var ArchiveStore
	 */
	private ArchiveStore $store;

	/**
	 * The portal settings, which a package carries.
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ArchiveStore $store    Where packages are.
	 * @param Settings     $settings The portal settings.
	 */
	public function __construct( ArchiveStore $store, Settings $settings ) {
		$this->store    = $store;
		$this->settings = $settings;
	}

	/**
	 * Takes in a package file (an upload), checks it and keeps it in the store.
	 *
	 * @since 0.1.0
	 *
	 * @param string $file The uploaded zip.
	 * @return array<string, mixed>|WP_Error The package's record.
	 */
	public function import( string $file ) {
		$zip  = new ZipArchive();
		$base = true === $zip->open( $file, ZipArchive::RDONLY ) ? ArchiveVerifier::base( $zip ) : null;
		$zip->close();
		$id = null === $base ? '' : rtrim( $base, '/' );
		if ( ! preg_match( '/' . ArchiveStore::ID_PATTERN . '/', $id ) ) {
			return new WP_Error( 'ttdt_archive_not_package', __( 'The file is not an archive package of this plugin. Choose a zip made by its archive export.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		if ( $this->store->get( $id ) ) {
			return new WP_Error( 'ttdt_archive_exists', __( 'This package is already on the site. Restore it from the list.', 'ttdt-portal' ), array( 'status' => 409 ) );
		}
		$target = (string) $this->store->path( $id );
		if ( '' === $target || ! copy( $file, $target ) ) {
			return new WP_Error( 'ttdt_archive_storage', __( 'The package could not be stored. Check that the disk has free space, then try again.', 'ttdt-portal' ), array( 'status' => 500 ) );
		}
		$this->store->write_info(
			$id,
			array(
				'created_at'   => gmdate( 'c', (int) filemtime( $target ) ),
				'verification' => ArchiveVerifier::check_file( $target ),
			)
		);
		return (array) $this->store->get( $id );
	}

	/**
	 * Restores a stored package in this request (small packages, tests; a large one is
	 * restored by a background job, {@see ArchiveJobRunner}).
	 *
	 * @since 0.1.0
	 *
	 * @param string $id Package ID.
	 * @return array<string, mixed>|WP_Error The package's record with `restored` counts.
	 */
	public function restore( string $id ) {
		$state = $this->begin( array( 'package' => $id ) );
		while ( ! is_wp_error( $state ) && empty( $state['finished'] ) ) {
			$state = $this->step( $state );
		}
		return is_wp_error( $state ) ? $state : (array) $state['result'];
	}

	/**
	 * Checks that the package exists: the first state of a restore. Whether the site is
	 * empty is checked before writing, after the checksums: a damaged package is the news.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $params `package`: the package ID.
	 * @return array<string, mixed>|WP_Error
	 */
	public function begin( array $params ) {
		$id   = (string) ( $params['package'] ?? '' );
		$file = $this->store->path( $id );
		if ( null === $file || ! is_file( $file ) ) {
			return new WP_Error( 'ttdt_archive_not_found', __( 'There is no such archive package. Reload the list of packages.', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		return array(
			'package' => $id,
			'phase'   => 'verify',
		) + ArchiveVerifier::start( $file );
	}

	/**
	 * Verifies the package a chunk at a time; then writes it into the site.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $state State after the previous step.
	 * @return array<string, mixed>|WP_Error
	 */
	public function step( array $state ) {
		$id = (string) $state['package'];
		if ( 'verify' === $state['phase'] ) {
			$state = ArchiveVerifier::next( $state );
			if ( empty( $state['finished'] ) ) {
				return $state;
			}
			$check = (array) $state['verification'];
			$this->store->write_info( $id, array( 'verification' => $check ) );
			if ( 'valid' !== $check['status'] ) {
				return new WP_Error(
					'ttdt_archive_invalid',
					/* translators: %s: files that failed verification. */
					sprintf( __( 'The package is damaged and was not restored (%s). Restore another copy of it.', 'ttdt-portal' ), implode( ', ', array_slice( array_column( $check['problems'], 'file' ), 0, 5 ) ) ),
					array( 'status' => 422 )
				);
			}
			unset( $state['finished'] );
			$state['phase'] = 'write';
			$state['label'] = __( 'Writing the content into the site', 'ttdt-portal' );
			return $state;
		}
		// A second runner after a crash must not write the package twice into the site.
		if ( ! self::site_is_empty() ) {
			return self::not_empty();
		}
		$result = $this->write( $id, (string) $state['file'] );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$state['finished'] = true;
		$state['result']   = $result;
		return $state;
	}

	/**
	 * A restore that failed before writing leaves nothing; one that failed while writing
	 * leaves a site to be thrown away, which the error says.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $state Last stored state.
	 */
	public function abandon( array $state ): void {
	}

	/**
	 * Writes a verified package into the site.
	 *
	 * @param string $id   Package ID.
	 * @param string $file The zip.
	 * @return array<string, mixed>|WP_Error The package's record with `restored` counts.
	 */
	private function write( string $id, string $file ) {
		$zip = new ZipArchive();
		if ( true !== $zip->open( $file, ZipArchive::RDONLY ) ) {
			return new WP_Error( 'ttdt_archive_invalid', __( 'The package could not be opened. Restore another copy of it.', 'ttdt-portal' ), array( 'status' => 422 ) );
		}
		$base   = (string) ArchiveVerifier::base( $zip );
		$portal = json_decode( (string) $zip->getFromName( $base . 'data/portal.json' ), true );
		if ( ! is_array( $portal ) || ArchiveExporter::FORMAT !== ( $portal['format'] ?? '' ) ) {
			$zip->close();
			return new WP_Error( 'ttdt_archive_format', __( 'The package was made by another version of the plugin and cannot be restored by this one. Install the version that made it.', 'ttdt-portal' ), array( 'status' => 422 ) );
		}
		if ( function_exists( 'set_time_limit' ) ) {
			set_time_limit( 0 ); // A large portal takes minutes.
		}
		$uploads = wp_upload_dir( null, false );
		// Longest first, so the uploads URL is not cut by the home URL it starts with.
		$urls = array_filter(
			array(
				untrailingslashit( (string) $portal['uploads_url'] ) => untrailingslashit( (string) $uploads['baseurl'] ),
				untrailingslashit( (string) $portal['home'] )        => untrailingslashit( home_url() ),
			)
		);
		$records = new RecordRestore( $zip, $base );
		$items   = new ItemRestore( $zip, $base, $records->users(), $urls );
		$items->restore();
		$records->records( $items->posts );
		$zip->close();
		$counts = array_merge( $items->counts, $records->counts, array( 'settings' => $this->restore_settings( (array) ( $portal['settings'] ?? array() ) ) ) );
		$this->store->write_info(
			$id,
			array(
				'restored'    => $counts,
				'restored_at' => gmdate( 'c' ),
			)
		);
		/* translators: %s: package ID. */
		AuditLog::record( 'archive.restore', 'archive', 0, sprintf( __( 'Archive package %s', 'ttdt-portal' ), $id ) );
		return array( 'restored' => $counts ) + (array) $this->store->get( $id );
	}

	/**
	 * Puts back the portal settings the package carries (unit and agency names, legal
	 * figures, deadlines…). A setting this version no longer accepts is left at its current
	 * value rather than losing all the others.
	 *
	 * @param array<string, mixed> $settings Settings from `portal.json`.
	 * @return int How many settings were put back.
	 */
	private function restore_settings( array $settings ): int {
		if ( ! $settings ) {
			return 0;
		}
		if ( ! is_wp_error( $this->settings->update( $settings ) ) ) {
			return count( array_intersect_key( $settings, $this->settings->all() ) );
		}
		$restored = 0;
		foreach ( $settings as $key => $value ) {
			$restored += is_wp_error( $this->settings->update( array( $key => $value ) ) ) ? 0 : 1;
		}
		return $restored;
	}

	/**
	 * The error for a site that is not empty.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_Error
	 */
	public static function not_empty(): WP_Error {
		return new WP_Error( 'ttdt_archive_site_not_empty', __( 'This site already has content. Restore the package into a new WordPress site with the plugin installed.', 'ttdt-portal' ), array( 'status' => 409 ) );
	}

	/**
	 * Whether the site holds nothing but what WordPress's installer made: no feedback, and no
	 * item or page besides the sample post, the sample page and the privacy policy draft.
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	public static function site_is_empty(): bool {
		global $wpdb;

		$installed = array_filter( array( 1, 2, (int) get_option( 'wp_page_for_privacy_policy' ) ) );
		foreach ( array_merge( ItemExport::post_types(), array( 'attachment' ) ) as $type ) {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- one existence check per type.
			$ids = $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type = %s AND post_status NOT IN ('auto-draft', 'trash') LIMIT 5", $type ) );
			if ( array_diff( array_map( 'intval', $ids ), $installed ) ) {
				return false;
			}
		}
		$feedback = FeedbackTables::table( FeedbackTables::ITEMS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		return ! $wpdb->get_var( "SELECT id FROM {$feedback} LIMIT 1" );
	}
}
