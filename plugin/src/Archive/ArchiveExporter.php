<?php
/**
 * Builds an archive package of the portal (Art. 6.3.6, 12.4).
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Throwable;
use Ttdt\Audit\AuditLog;
use Ttdt\Settings\Settings;
use WP_Error;

/**
 * A package is a BagIt bag (RFC 8493) in a zip: `bagit.txt`, `bag-info.txt` naming the
 * agency, the period and the counts, `manifest-sha256.txt`, and under `data/` the items with
 * every revision, the media, the plugin's records and `index.html` for people. The format is
 * documented by the standard and readable without WordPress, which is what a State archive
 * receives (Law on Archives 2011, Art. 6.3.6 of the regulation).
 *
 * @since 0.1.0
 */
final class ArchiveExporter {

	/**
	 * Version of the package layout, in `bag-info.txt`; restore reads packages of this version.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FORMAT = '1';

	/**
	 * Where packages go.
	 *
	 * @var ArchiveStore
	 */
	private ArchiveStore $store;

	/**
	 * The portal settings (agency name).
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ArchiveStore $store    Where packages go.
	 * @param Settings     $settings The portal settings.
	 */
	public function __construct( ArchiveStore $store, Settings $settings ) {
		$this->store    = $store;
		$this->settings = $settings;
	}

	/**
	 * Writes a package.
	 *
	 * @since 0.1.0
	 *
	 * @param bool        $personal Whether feedback keeps the citizens' personal data.
	 * @param string|null $from     Earliest date of the period (`Y-m-d`, site time), or null for all.
	 * @param string|null $to       Latest date of the period, or null.
	 * @return array<string, mixed>|WP_Error The package's record.
	 */
	public function export( bool $personal = false, ?string $from = null, ?string $to = null ) {
		$dir = $this->store->dir();
		if ( is_wp_error( $dir ) ) {
			return $dir;
		}
		$id       = ArchiveStore::new_id();
		$zip      = (string) $this->store->path( $id );
		$from_gmt = $from ? get_gmt_from_date( $from . ' 00:00:00' ) : null;
		$to_gmt   = $to ? get_gmt_from_date( $to . ' 23:59:59' ) : null;
		if ( function_exists( 'set_time_limit' ) ) {
			set_time_limit( 0 ); // A large portal takes minutes; the work is bounded in memory, not time.
		}
		// The index is for a Vietnamese records officer whatever the operator's language.
		$switched = switch_to_locale( 'vi' );
		try {
			$bag     = new BagWriter( $zip, $id );
			$period  = $from || $to ? sprintf( '%s – %s', $from ? mysql2date( 'd/m/Y', $from ) : '…', $to ? mysql2date( 'd/m/Y', $to ) : '…' ) : __( 'Everything', 'ttdt-portal' );
			$agency  = (string) $this->settings->get( 'agency_name' );
			$index   = new IndexPage(
				$bag,
				array(
					__( 'Owning agency', 'ttdt-portal' ) => $agency,
					__( 'Site', 'ttdt-portal' )          => home_url( '/' ),
					__( 'Period', 'ttdt-portal' )        => $period,
					__( 'Created', 'ttdt-portal' )       => wp_date( 'd/m/Y H:i' ),
					__( 'Package', 'ttdt-portal' )       => $id,
				)
			);
			$items   = new ItemExport( $bag, $index );
			$records = new RecordExport( $bag );
			$items->write( $from_gmt, $to_gmt );
			$records->write( $personal, $from_gmt, $to_gmt );
			$bag->add_string( 'portal.json', ItemExport::json( $this->portal( $id, $personal, $from, $to ) ) );
			$counts = array_merge( $items->counts, $records->counts );
			$index->close( $this->count_labels( $counts ) );
			$bag->finish( $this->bag_info( $agency, $period, $counts, $personal ) );
		} catch ( Throwable $e ) {
			if ( isset( $bag ) ) {
				$bag->abort();
			}
			wp_delete_file( $zip );
			return new WP_Error( 'ttdt_archive_export', __( 'The archive package could not be written. Check that the disk has free space, then try again.', 'ttdt-portal' ), array( 'status' => 500 ) );
		} finally {
			if ( $switched ) {
				restore_previous_locale();
			}
		}
		$this->store->write_info(
			$id,
			array(
				'created_at'   => gmdate( 'c' ),
				'counts'       => $counts,
				'personal'     => $personal,
				'period'       => array( $from, $to ),
				'verification' => array( 'status' => 'unchecked' ),
			)
		);
		/* translators: %s: package ID. */
		AuditLog::record( 'archive.export', 'archive', 0, sprintf( __( 'Archive package %s', 'ttdt-portal' ), $id ) );
		return (array) $this->store->get( $id );
	}

	/**
	 * `data/portal.json`: what restore needs to rewrite links and know the layout.
	 *
	 * @param string      $id       Package ID.
	 * @param bool        $personal Whether personal data is included.
	 * @param string|null $from     Period start.
	 * @param string|null $to       Period end.
	 * @return array<string, mixed>
	 */
	private function portal( string $id, bool $personal, ?string $from, ?string $to ): array {
		$uploads = wp_upload_dir( null, false );
		return array(
			'format'      => self::FORMAT,
			'package'     => $id,
			'home'        => home_url(),
			'site_url'    => site_url(),
			'uploads_url' => (string) $uploads['baseurl'],
			'plugin'      => defined( 'TTDT_VERSION' ) ? TTDT_VERSION : '',
			'created_gmt' => gmdate( 'Y-m-d H:i:s' ),
			'period'      => array( $from, $to ),
			'personal'    => $personal,
			'settings'    => $this->settings->all(),
		);
	}

	/**
	 * The `bag-info.txt` fields (RFC 8493 §2.2.2 reserved names, then the portal's own).
	 *
	 * @param string             $agency   Agency name.
	 * @param string             $period   The period, as shown.
	 * @param array<string, int> $counts   Counts.
	 * @param bool               $personal Whether personal data is included.
	 * @return array<string, string>
	 */
	private function bag_info( string $agency, string $period, array $counts, bool $personal ): array {
		$info = array(
			'Source-Organization'  => '' !== $agency ? $agency : get_bloginfo( 'name' ),
			'Organization-Address' => (string) $this->settings->get( 'address' ),
			'Contact-Email'        => (string) $this->settings->get( 'email' ),
			'External-Description' => __( 'Archive of the e-information page: items with every revision, media, audit log, feedback and royalty lines. Open data/index.html to browse it.', 'ttdt-portal' ),
			'External-Identifier'  => home_url( '/' ),
			'Bag-Group-Identifier' => 'ttdt-portal',
			'TTDT-Format'          => self::FORMAT,
			'TTDT-Period'          => $period,
			'TTDT-Personal-Data'   => $personal ? 'yes' : 'no',
		);
		foreach ( $counts as $name => $count ) {
			$info[ 'TTDT-Count-' . str_replace( ' ', '-', ucwords( str_replace( '-', ' ', $name ) ) ) ] = (string) $count;
		}
		return $info;
	}

	/**
	 * Counts with Vietnamese labels, for the index.
	 *
	 * @param array<string, int> $counts Counts.
	 * @return array<string, string>
	 */
	private function count_labels( array $counts ): array {
		$labels = array(
			'items'           => __( 'Items', 'ttdt-portal' ),
			'revisions'       => __( 'Revisions', 'ttdt-portal' ),
			'media'           => __( 'Media', 'ttdt-portal' ),
			'audit-log'       => __( 'Audit log entries', 'ttdt-portal' ),
			'users'           => __( 'Accounts', 'ttdt-portal' ),
			'royalty-lines'   => __( 'Royalty lines', 'ttdt-portal' ),
			'feedback'        => __( 'Feedback', 'ttdt-portal' ),
			'feedback-events' => __( 'Feedback history entries', 'ttdt-portal' ),
			'feedback-files'  => __( 'Files sent with feedback', 'ttdt-portal' ),
		);
		$shown  = array();
		foreach ( $counts as $name => $count ) {
			$shown[ $labels[ $name ] ?? $name ] = number_format( $count, 0, ',', '.' );
		}
		return $shown;
	}
}
