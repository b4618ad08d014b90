<?php
/**
 * Restores a package into an empty site, and takes in packages made elsewhere.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Ttdt\Feedback\FeedbackTables;
use Ttdt\Settings\Settings;
use WP_Error;
use ZipArchive;

/**
 * A package is restored only when its checksums hold (a damaged archive must not become the
 * portal's record) and only into a site with no content of its own besides what WordPress's
 * installer made: merging two portals' records would mix their audit logs. IDs change; links
 * are rewritten (see {@see ItemRestore}, {@see RecordRestore}). The writing is a series of
 * bounded slices ({@see RestoreWriter}), each a step of the background job.
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
	 * Writes a verified package, a slice per step.
	 *
	 * @var RestoreWriter
	 */
	private RestoreWriter $writer;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ArchiveStore $store    Where packages are.
	 * @param Settings     $settings The portal settings.
	 * @param int          $slice    Records per slice of the writing (tests make it small).
	 */
	public function __construct( ArchiveStore $store, Settings $settings, int $slice = RestoreWriter::SLICE ) {
		$this->store  = $store;
		$this->writer = new RestoreWriter( $store, $settings, $slice );
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
	 * Restores a stored package in this request, all its slices in a loop (tests, scripts; the
	 * screen and REST restore in a background job, {@see ArchiveJobRunner}).
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
			// Checked once, before the first slice: the slices after it find the site's content theirs.
			if ( ! self::site_is_empty() ) {
				return self::not_empty();
			}
			return $this->writer->start( $state );
		}
		return $this->writer->step( $state );
	}

	/**
	 * A restore that failed before writing leaves nothing; one that failed while writing
	 * leaves a site to be thrown away, which the error says, and its map, removed here.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $state Last stored state.
	 */
	public function abandon( array $state ): void {
		RestoreWriter::abandon( $state );
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
