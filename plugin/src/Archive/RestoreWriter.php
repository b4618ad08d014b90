<?php
/**
 * Writes a verified package into the site, a bounded slice per step.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditLog;
use Ttdt\Settings\Settings;
use Ttdt\Support\Transaction;
use WP_Error;
use ZipArchive;

/**
 * The writing of a restore is a series of slices: the accounts; the media, then the items
 * with their revisions, `$slice` records or {@see self::SECONDS} seconds at a time; the
 * relinking of posts; the record files (feedback, royalties, audit log); the finish (term
 * counts, settings, the restore's own audit entry); the map's removal. Each slice is one
 * transaction: it is stored whole or not at all, and fast (one commit, not one per row).
 * Its cursor is in the job's state, stored after the slice commits; a slice run again after
 * a crash between the two skips what the map says it wrote ({@see RestoreMap}).
 *
 * @since 0.1.0
 */
final class RestoreWriter {

	/**
	 * Records per slice of media and items (relinking takes 4 times as many posts, record
	 * files 10 times as many rows: each is cheaper).
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const SLICE = 200;

	/**
	 * Seconds a slice of media and items may take (a media file may be large).
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const SECONDS = 5;

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
	 * Records per slice.
	 *
	 * @var int
	 */
	private int $slice;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ArchiveStore $store    Where packages are.
	 * @param Settings     $settings The portal settings.
	 * @param int          $slice    Records per slice (tests make it small).
	 */
	public function __construct( ArchiveStore $store, Settings $settings, int $slice = self::SLICE ) {
		$this->store    = $store;
		$this->settings = $settings;
		$this->slice    = max( 1, $slice );
	}

	/**
	 * The state the writing starts from: a key for the restore's map, the URL rewrites and
	 * the number of records, for the progress.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $state State after the verification.
	 * @return array<string, mixed>|WP_Error
	 */
	public function start( array $state ) {
		global $wpdb;

		$zip    = OpenZip::get( (string) $state['file'] );
		$portal = null;
		if ( null !== $zip ) {
			$base   = (string) ArchiveVerifier::base( $zip );
			$portal = json_decode( (string) $zip->getFromName( $base . 'data/portal.json' ), true );
			$total  = ItemRestore::total( $zip, $base );
		}
		if ( ! is_array( $portal ) || ArchiveExporter::FORMAT !== ( $portal['format'] ?? '' ) ) {
			return new WP_Error( 'ttdt_archive_format', __( 'The package was made by another version of the plugin and cannot be restored by this one. Install the version that made it.', 'ttdt-portal' ), array( 'status' => 422 ) );
		}
		$uploads = wp_upload_dir( null, false );
		unset( $state['finished'], $state['problems'], $state['manifest'], $state['line'] );
		return array(
			'phase'  => 'write',
			'step'   => 'users',
			'run'    => bin2hex( random_bytes( 8 ) ),
			// Longest first, so the uploads URL is not cut by the home URL it starts with.
			'urls'   => array_filter(
				array(
					untrailingslashit( (string) $portal['uploads_url'] ) => untrailingslashit( (string) $uploads['baseurl'] ),
					untrailingslashit( (string) $portal['home'] )        => untrailingslashit( home_url() ),
				)
			),
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the posts there before the restore.
			'floor'  => (int) $wpdb->get_var( "SELECT MAX(ID) FROM {$wpdb->posts}" ),
			'cursor' => 0,
			'line'   => 0,
			'done'   => 0,
			'total'  => $total ?? 0,
			'label'  => __( 'Writing the content into the site', 'ttdt-portal' ),
		) + $state;
	}

	/**
	 * Writes the next slice in one transaction.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $state State after the previous slice.
	 * @return array<string, mixed>|WP_Error
	 */
	public function step( array $state ) {
		$zip = OpenZip::get( (string) $state['file'] ); // Kept open for the next slice.
		if ( null === $zip ) {
			return new WP_Error( 'ttdt_archive_invalid', __( 'The package could not be opened. Restore another copy of it.', 'ttdt-portal' ), array( 'status' => 422 ) );
		}
		wp_cache_flush_runtime(); // Bounded memory: nothing cached for one slice is needed for the next.
		$base = (string) ArchiveVerifier::base( $zip );
		$map  = new RestoreMap( (string) $state['run'] );
		return Transaction::run( fn() => $this->slice( $state, $zip, $base, $map ) );
	}

	/**
	 * Removes the map of a restore that failed.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $state Last stored state.
	 */
	public static function abandon( array $state ): void {
		if ( ! empty( $state['run'] ) ) {
			$map = new RestoreMap( (string) $state['run'] );
			while ( $map->delete( 5000 ) > 0 ) {
				// Until the restore's rows are gone.
			}
		}
	}

	/**
	 * One slice of the current step.
	 *
	 * @param array<string, mixed> $state State.
	 * @param ZipArchive           $zip   The package.
	 * @param string               $base  The bag's folder with a trailing slash.
	 * @param RestoreMap           $map   The restore's map.
	 * @return array<string, mixed>|WP_Error
	 */
	private function slice( array $state, ZipArchive $zip, string $base, RestoreMap $map ) {
		$urls = (array) $state['urls'];
		switch ( $state['step'] ) {
			case 'users':
				( new RecordRestore( $zip, $base, $map ) )->users();
				return array( 'step' => 'media' ) + $state;
			case 'media':
			case 'item':
				list( $next, $read ) = ( new ItemRestore( $zip, $base, $map, $urls, (int) $state['floor'] ) )->slice( (string) $state['step'], (int) $state['cursor'], microtime( true ) + self::SECONDS, $this->slice );
				$state['done']      += $read;
				$state['cursor']     = $next;
				if ( $next >= $zip->numFiles ) {
					$state['cursor'] = 0;
					$state['step']   = 'media' === $state['step'] ? 'item' : 'relink';
					$state['label']  = 'relink' === $state['step'] ? __( 'Linking the items, media and revisions to each other', 'ttdt-portal' ) : $state['label'];
				}
				return $state;
			case 'relink':
				if ( ( new RestoreRelink( $map, $urls ) )->slice( 4 * $this->slice ) < 4 * $this->slice ) {
					$state['step']  = 'records';
					$state['label'] = __( 'Writing the feedback, royalties and audit log', 'ttdt-portal' );
				}
				return $state;
			case 'records':
				return $this->records( $state, $zip, $base, $map );
			case 'finish':
				return $this->finish( $state, $zip, $base, $map );
			default:
				if ( $map->delete( 5000 ) < 5000 ) {
					$state['finished'] = true;
				}
				return $state;
		}
	}

	/**
	 * A slice of the record files.
	 *
	 * @param array<string, mixed> $state State.
	 * @param ZipArchive           $zip   The package.
	 * @param string               $base  The bag's folder with a trailing slash.
	 * @param RestoreMap           $map   The restore's map.
	 * @return array<string, mixed>
	 */
	private function records( array $state, ZipArchive $zip, string $base, RestoreMap $map ): array {
		$files = RecordRestore::files();
		$file  = (int) $state['cursor'];
		$read  = ( new RecordRestore( $zip, $base, $map ) )->slice( $files[ $file ], (int) $state['line'], 10 * $this->slice );
		if ( $read < 10 * $this->slice ) {
			++$file;
			$state['line'] = 0;
		} else {
			$state['line'] += $read;
		}
		$state['cursor'] = $file;
		if ( $file >= count( $files ) ) {
			$state['step']  = 'finish';
			$state['label'] = __( 'Finishing the restore', 'ttdt-portal' );
		}
		return $state;
	}

	/**
	 * Term counts, settings, the counts of what was restored and the restore's own audit
	 * entry (once: the map remembers it was written).
	 *
	 * @param array<string, mixed> $state State.
	 * @param ZipArchive           $zip   The package.
	 * @param string               $base  The bag's folder with a trailing slash.
	 * @param RestoreMap           $map   The restore's map.
	 * @return array<string, mixed>
	 */
	private function finish( array $state, ZipArchive $zip, string $base, RestoreMap $map ): array {
		foreach ( get_taxonomies() as $taxonomy ) {
			$ids = get_terms(
				array(
					'taxonomy'   => $taxonomy,
					'hide_empty' => false,
					'fields'     => 'tt_ids',
				)
			);
			if ( is_array( $ids ) && $ids ) {
				wp_update_term_count_now( array_map( 'intval', $ids ), $taxonomy );
			}
		}
		$portal = json_decode( (string) $zip->getFromName( $base . 'data/portal.json' ), true );
		$counts = array(
			'items'     => $map->count( 'item' ),
			'revisions' => $map->count( 'revision' ),
			'media'     => $map->count( 'media' ),
			'users'     => $map->count( 'user' ),
		);
		foreach ( RecordRestore::files() as $file ) {
			$counts[ $file ] = $map->sum( RecordRestore::MARK . $file );
		}
		$counts['settings'] = $this->restore_settings( (array) ( $portal['settings'] ?? array() ) );
		$id                 = (string) $state['package'];
		$this->store->write_info(
			$id,
			array(
				'restored'    => $counts,
				'restored_at' => gmdate( 'c' ),
			)
		);
		if ( ! $map->find( array( 'finish' ), array( 1 ) ) ) {
			/* translators: %s: package ID. */
			AuditLog::record( 'archive.restore', 'archive', 0, sprintf( __( 'Archive package %s', 'ttdt-portal' ), $id ) );
			$map->add( 'finish', array( array( 1, 1 ) ) );
		}
		$state['result'] = array( 'restored' => $counts ) + (array) $this->store->get( $id );
		$state['step']   = 'cleanup';
		$state['done']   = $state['total'];
		return $state;
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
}
