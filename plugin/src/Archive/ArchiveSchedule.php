<?php
/**
 * The periodic archive package and the retention of old ones (Art. 6.3.6, 12.4).
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Ttdt\Settings\Settings;
use Ttdt\Support\CronLock;
use Ttdt\Support\Hookable;
use Ttdt\Support\PageView;

/**
 * "Periodically copy the system's data": weekly by default, daily or off by a setting; each
 * scheduled package is verified once written, then the oldest packages beyond the number to
 * keep are deleted. Scheduled packages leave the citizens' personal data out (Decree 13/2023:
 * kept only as long as needed); the operator asks for it in a package made on demand.
 *
 * @since 0.1.0
 */
final class ArchiveSchedule implements Hookable {

	/**
	 * Cron hook of the scheduled package.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const HOOK = 'ttdt_archive_scheduled';

	/**
	 * The store.
	 *
	 * @var ArchiveStore
	 */
	private ArchiveStore $store;

	/**
	 * The background jobs' runner.
	 *
	 * @var ArchiveJobRunner
	 */
	private ArchiveJobRunner $runner;

	/**
	 * The portal settings.
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ArchiveStore     $store    The store.
	 * @param ArchiveJobRunner $runner   The background jobs' runner.
	 * @param Settings         $settings The portal settings.
	 */
	public function __construct( ArchiveStore $store, ArchiveJobRunner $runner, Settings $settings ) {
		$this->store    = $store;
		$this->runner   = $runner;
		$this->settings = $settings;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( Settings::SCHEMA_FILTER, array( self::class, 'settings_schema' ) );
		// Kept scheduled by the admin, REST, cron and CLI requests, not by every page view.
		PageView::add_action_unless_page_view( 'init', array( $this, 'maybe_schedule' ) );
		add_action( 'ttdt_settings_updated', array( $this, 'maybe_schedule' ) );
		add_action( self::HOOK, array( $this, 'run' ) );
		add_action( ArchiveJobRunner::FINISHED_HOOK, array( $this, 'next' ) );
		add_action( 'ttdt_deactivate', array( self::class, 'unschedule' ) );
	}

	/**
	 * Adds the schedule's settings.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $schema Settings schema.
	 * @return array<string, mixed>
	 */
	public static function settings_schema( array $schema ): array {
		$schema['properties']['archive_frequency'] = array(
			'title'       => __( 'Archive package', 'ttdt-portal' ),
			'description' => __( 'How often an archive package of the whole portal is written: weekly, daily, or off.', 'ttdt-portal' ),
			'type'        => 'string',
			'enum'        => array( 'weekly', 'daily', 'off' ),
			'default'     => 'weekly',
			'context'     => array( 'view', 'edit' ),
		);
		$schema['properties']['archive_keep']      = array(
			'title'       => __( 'Packages kept', 'ttdt-portal' ),
			'description' => __( 'How many archive packages are kept on the server; older ones are deleted after each scheduled package. Hand them to the archive before.', 'ttdt-portal' ),
			'type'        => 'integer',
			'minimum'     => 1,
			'maximum'     => 520,
			'default'     => 8,
			'context'     => array( 'view', 'edit' ),
		);
		return $schema;
	}

	/**
	 * Schedules the run at the set frequency, or removes it when off.
	 *
	 * @since 0.1.0
	 */
	public function maybe_schedule(): void {
		$frequency = (string) $this->settings->get( 'archive_frequency' );
		$event     = wp_get_scheduled_event( self::HOOK );
		if ( $event && $event->schedule === $frequency ) {
			return;
		}
		self::unschedule();
		if ( in_array( $frequency, array( 'weekly', 'daily' ), true ) ) {
			// At night, site time, when nobody edits: the export reads every item.
			$next = current_datetime()->setTime( 2, 0 )->modify( '+1 day' );
			wp_schedule_event( $next->getTimestamp(), $frequency, self::HOOK );
		}
	}

	/**
	 * Removes the scheduled run.
	 *
	 * @since 0.1.0
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::HOOK );
	}

	/**
	 * Starts the scheduled package: an export job, whose end starts its verification, whose
	 * end applies the retention ({@see self::next()}). Jobs, because a large portal takes
	 * longer than a cron request may run.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>|\WP_Error|null The export job, or null when another node started it within the hour.
	 */
	public function run() {
		// Kept for the hour, not released on return: the job runs in the background, so a second
		// node arriving after this one returned would start a second package.
		$lock = CronLock::take( self::HOOK, HOUR_IN_SECONDS );
		if ( null === $lock ) {
			return null;
		}
		$lock->keep();
		return self::logged( $this->runner->start( 'export', array( 'schedule' => true ) ) );
	}

	/**
	 * The next step of a scheduled package when one of its jobs ends: verify the package
	 * written, then prune.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed>|null $job The job that ended.
	 */
	public function next( $job ): void {
		if ( ! is_array( $job ) || empty( $job['state']['schedule'] ) ) {
			return;
		}
		if ( 'done' !== $job['status'] ) {
			self::logged( new \WP_Error( 'ttdt_archive_job', (string) $job['error'] ) );
			return;
		}
		if ( 'export' === $job['kind'] ) {
			self::logged(
				$this->runner->start(
					'verify',
					array(
						'package'  => (string) $job['package'],
						'schedule' => true,
					)
				)
			);
			return;
		}
		$this->prune();
	}

	/**
	 * Logs a failure of the scheduled package: nobody watches cron, the PHP error log is
	 * where the host looks.
	 *
	 * @param array<string, mixed>|\WP_Error $result A started job, or why it failed.
	 * @return array<string, mixed>|\WP_Error The same.
	 */
	private static function logged( $result ) {
		if ( is_wp_error( $result ) ) {
			error_log( 'ttdt-portal: the scheduled archive package failed: ' . $result->get_error_message() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions -- reported where a host looks.
		}
		return $result;
	}

	/**
	 * Deletes the oldest packages beyond the number to keep.
	 *
	 * @since 0.1.0
	 *
	 * @return string[] IDs deleted.
	 */
	public function prune(): array {
		$keep    = max( 1, (int) $this->settings->get( 'archive_keep' ) );
		$deleted = array();
		foreach ( array_slice( $this->store->all(), $keep ) as $package ) {
			if ( $this->store->delete( (string) $package['id'] ) ) {
				$deleted[] = (string) $package['id'];
			}
		}
		return $deleted;
	}
}
