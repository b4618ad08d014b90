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
final class ArchiveExporter implements ArchiveTask {

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
	 * Writes a package in this request, step after step (small portals, tests; a large one
	 * is written by a background job, {@see ArchiveJobRunner}).
	 *
	 * @since 0.1.0
	 *
	 * @param bool        $personal Whether feedback keeps the citizens' personal data.
	 * @param string|null $from     Earliest date of the period (`Y-m-d`, site time), or null for all.
	 * @param string|null $to       Latest date of the period, or null.
	 * @return array<string, mixed>|WP_Error The package's record.
	 */
	public function export( bool $personal = false, ?string $from = null, ?string $to = null ) {
		if ( function_exists( 'set_time_limit' ) ) {
			set_time_limit( 0 ); // The work is bounded in memory, not time.
		}
		$state = $this->begin( compact( 'personal', 'from', 'to' ) );
		while ( ! is_wp_error( $state ) && empty( $state['finished'] ) ) {
			$next = $this->step( $state );
			if ( is_wp_error( $next ) ) {
				$this->abandon( $state );
			}
			$state = $next;
		}
		return is_wp_error( $state ) ? $state : (array) $state['result'];
	}

	/**
	 * Opens the bag and the index: the first state of an export.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $params `personal` (bool), `from` and `to` (`Y-m-d`, site time, or null),
	 *                                     `schedule` (bool: started by {@see ArchiveSchedule}).
	 * @return array<string, mixed>|WP_Error
	 */
	public function begin( array $params ) {
		$from = empty( $params['from'] ) ? null : (string) $params['from'];
		$to   = empty( $params['to'] ) ? null : (string) $params['to'];
		if ( $from && $to && $from > $to ) {
			return new WP_Error( 'ttdt_archive_period', __( 'The first day of the period is after the last. Swap the two dates.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		$dir = $this->store->dir();
		if ( is_wp_error( $dir ) ) {
			return $dir;
		}
		$id       = ArchiveStore::new_id();
		$from_gmt = $from ? get_gmt_from_date( $from . ' 00:00:00' ) : null;
		$to_gmt   = $to ? get_gmt_from_date( $to . ' 23:59:59' ) : null;
		// The index is for a Vietnamese records officer whatever the operator's language.
		$switched = switch_to_locale( 'vi' );
		try {
			$bag    = new BagWriter( (string) $this->store->path( $id ), $id );
			$period = $from || $to ? sprintf( '%s – %s', $from ? mysql2date( 'd/m/Y', $from ) : '…', $to ? mysql2date( 'd/m/Y', $to ) : '…' ) : __( 'Everything', 'ttdt-portal' );
			$agency = (string) $this->settings->get( 'agency_name' );
			$index  = new IndexPage(
				$bag,
				array(
					__( 'Owning agency', 'ttdt-portal' ) => $agency,
					__( 'Site', 'ttdt-portal' )          => home_url( '/' ),
					__( 'Period', 'ttdt-portal' )        => $period,
					__( 'Created', 'ttdt-portal' )       => wp_date( 'd/m/Y H:i' ),
					__( 'Package', 'ttdt-portal' )       => $id,
				)
			);
			$index->section( __( 'Items', 'ttdt-portal' ) );
		} catch ( Throwable $e ) {
			return self::failed();
		} finally {
			if ( $switched ) {
				restore_previous_locale();
			}
		}
		return array(
			'package'  => $id,
			'personal' => ! empty( $params['personal'] ),
			'schedule' => ! empty( $params['schedule'] ),
			'period'   => array( $from, $to ),
			'gmt'      => array( $from_gmt, $to_gmt ),
			'label'    => __( 'Writing items and media', 'ttdt-portal' ),
			'agency'   => $agency,
			'shown'    => $period,
			'phase'    => 'items',
			'cursor'   => array(
				'type'  => 0,
				'after' => 0,
			),
			'counts'   => array(),
			'bag'      => $bag->state(),
			'index'    => $index->state(),
			'done'     => 0,
			'total'    => ItemExport::total( $from_gmt, $to_gmt ),
		);
	}

	/**
	 * Writes one page of items or records, or closes the package.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $state State after the previous step.
	 * @return array<string, mixed>|WP_Error
	 */
	public function step( array $state ) {
		// Progress is for the operator, in their language; the package's own text is Vietnamese.
		$records_label = __( 'Writing the audit log, accounts, royalty lines and feedback', 'ttdt-portal' );
		$pack_label    = __( 'Packing the zip file', 'ttdt-portal' );
		$switched      = switch_to_locale( 'vi' );
		try {
			$id    = (string) $state['package'];
			$bag   = new BagWriter( (string) $this->store->path( $id ), $id, (array) $state['bag'] );
			$index = new IndexPage( $bag, array(), (array) $state['index'] );
			list( $from_gmt, $to_gmt ) = $state['gmt'];
			if ( 'items' === $state['phase'] ) {
				$items         = new ItemExport( $bag, $index );
				$items->counts = array_merge( $items->counts, array_intersect_key( (array) $state['counts'], $items->counts ) );
				$cursor        = $items->page( (array) $state['cursor'], $from_gmt, $to_gmt );
				$state['done'] = $items->counts['items'] + $items->counts['media'];
				$state         = self::advance( $state, $cursor, 'records', $records_label, $items->counts );
			} elseif ( 'records' === $state['phase'] ) {
				$records         = new RecordExport( $bag );
				$records->counts = array_diff_key( (array) $state['counts'], array_flip( array( 'items', 'revisions', 'media' ) ) );
				$cursor          = $records->page( (array) $state['cursor'], (bool) $state['personal'], $from_gmt, $to_gmt );
				$state           = self::advance( $state, $cursor, 'pack', $pack_label, $records->counts );
			} else {
				return $this->pack( $state, $bag, $index );
			}
			$state['bag']   = $bag->state();
			$state['index'] = $index->state();
			return $state;
		} catch ( Throwable $e ) {
			return self::failed();
		} finally {
			if ( $switched ) {
				restore_previous_locale();
			}
		}
	}

	/**
	 * Removes the staging folder and any zip of a failed export.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $state Last stored state.
	 */
	public function abandon( array $state ): void {
		$zip = $this->store->path( (string) ( $state['package'] ?? '' ) );
		if ( null === $zip ) {
			return;
		}
		try {
			( new BagWriter( $zip, (string) $state['package'], (array) $state['bag'] ) )->abort();
		} catch ( Throwable $e ) {
			unset( $e ); // Nothing was staged.
		}
		wp_delete_file( $zip );
	}

	/**
	 * Moves the cursor on, or to the next phase when this one is over.
	 *
	 * @param array<string, mixed>      $state  State.
	 * @param array<string, int>|null   $cursor Next cursor, null when the phase is over.
	 * @param string                    $phase  Next phase.
	 * @param string                    $label  What the next phase does.
	 * @param array<string, int>        $counts Counts written by this phase.
	 * @return array<string, mixed>
	 */
	private static function advance( array $state, ?array $cursor, string $phase, string $label, array $counts ): array {
		$state['counts'] = array_merge( (array) $state['counts'], $counts );
		if ( null !== $cursor ) {
			$state['cursor'] = $cursor;
			return $state;
		}
		$state['phase']  = $phase;
		$state['label']  = $label;
		$state['cursor'] = array(
			'table'  => 0,
			'after'  => 0,
			'offset' => 0,
		);
		return $state;
	}

	/**
	 * Closes the index, writes the tag files and the zip, and records the package.
	 *
	 * @param array<string, mixed> $state State.
	 * @param BagWriter            $bag   The bag.
	 * @param IndexPage            $index The index.
	 * @return array<string, mixed>
	 */
	private function pack( array $state, BagWriter $bag, IndexPage $index ): array {
		$id     = (string) $state['package'];
		$counts = array_map( 'intval', (array) $state['counts'] );
		list( $from, $to ) = $state['period'];
		$bag->add_string( 'portal.json', ItemExport::json( $this->portal( $id, (bool) $state['personal'], $from, $to ) ) );
		$index->close( $this->count_labels( $counts ) );
		$bag->finish( $this->bag_info( (string) $state['agency'], (string) $state['shown'], $counts, (bool) $state['personal'] ) );
		$this->store->write_info(
			$id,
			array(
				'created_at'   => gmdate( 'c' ),
				'counts'       => $counts,
				'personal'     => (bool) $state['personal'],
				'period'       => array( $from, $to ),
				'verification' => array( 'status' => 'unchecked' ),
			)
		);
		/* translators: %s: package ID. */
		AuditLog::record( 'archive.export', 'archive', 0, sprintf( __( 'Archive package %s', 'ttdt-portal' ), $id ) );
		$state['finished'] = true;
		$state['done']     = $state['total'];
		$state['result']   = (array) $this->store->get( $id );
		return $state;
	}

	/**
	 * The error of an export that could not be written.
	 *
	 * @return WP_Error
	 */
	private static function failed(): WP_Error {
		return new WP_Error( 'ttdt_archive_export', __( 'The archive package could not be written. Check that the disk has free space, then try again.', 'ttdt-portal' ), array( 'status' => 500 ) );
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
