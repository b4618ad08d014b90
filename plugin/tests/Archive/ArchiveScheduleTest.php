<?php
/**
 * Tests of the scheduled archive package and its retention.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Archive;

use Ttdt\Archive\ArchiveExporter;
use Ttdt\Archive\ArchiveJobRunner;
use Ttdt\Archive\ArchiveJobs;
use Ttdt\Archive\ArchiveRestorer;
use Ttdt\Archive\ArchiveSchedule;
use Ttdt\Archive\ArchiveStore;
use Ttdt\Archive\ArchiveVerifier;
use Ttdt\Settings\Settings;
use Ttdt\Support\CronLock;
use Ttdt\Tests\Support\TestCase;

/**
 * Weekly by default, off when set so; each run writes a verified package and keeps only the
 * newest ones.
 */
final class ArchiveScheduleTest extends TestCase {

	/**
	 * The store.
	 *
	 * @var ArchiveStore
	 */
	private ArchiveStore $store;

	/**
	 * The runner the schedule starts its jobs with.
	 *
	 * @var ArchiveJobRunner
	 */
	private ArchiveJobRunner $runner;

	/**
	 * A folder of its own, so retention deletes nothing but the test's packages.
	 *
	 * @var string
	 */
	private string $dir;

	protected function setUp(): void {
		parent::setUp();
		// A package's lock is kept for an hour (CronLock::keep); a run whose work committed
		// (DDL commits implicitly) must not leave it to the next test.
		delete_option( CronLock::OPTION_PREFIX . ArchiveSchedule::HOOK );
		$this->dir = get_temp_dir() . 'ttdt-archive-test-' . wp_generate_password( 8, false );
		add_filter( ArchiveStore::DIR_FILTER, fn() => $this->dir );
		$this->store = new ArchiveStore();
		wp_set_current_user( self::create_user( 'administrator' )->ID );
	}

	protected function tearDown(): void {
		foreach ( $this->store->all() as $package ) {
			$this->store->delete( $package['id'] );
		}
		foreach ( array( 'index.php', '.htaccess' ) as $guard ) {
			wp_delete_file( $this->dir . '/' . $guard );
		}
		rmdir( $this->dir ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the test's own folder.
		ArchiveSchedule::unschedule();
		parent::tearDown();
	}

	/**
	 * The schedule with fresh services.
	 *
	 * @return ArchiveSchedule
	 */
	private function schedule(): ArchiveSchedule {
		$settings = new Settings();
		$this->runner = new ArchiveJobRunner(
			new ArchiveJobs(),
			array(
				'export'  => new ArchiveExporter( $this->store, $settings ),
				'verify'  => new ArchiveVerifier( $this->store ),
				'restore' => new ArchiveRestorer( $this->store, $settings ),
			)
		);
		// No loopback from a test: the test works the jobs itself.
		add_filter( 'pre_http_request', static fn() => array( 'response' => array( 'code' => 200 ), 'body' => '' ) );
		$schedule = new ArchiveSchedule( $this->store, $this->runner, $settings );
		self::replace_booted( $schedule );
		return $schedule;
	}

	/**
	 * Works a job and the jobs its end starts, as the background requests would.
	 *
	 * @return array<string, mixed>[] The jobs, oldest first.
	 */
	private function work_jobs(): array {
		$jobs = new ArchiveJobs();
		do {
			$pending = array_filter( $jobs->recent(), static fn( $job ) => in_array( $job['status'], array( 'queued', 'running' ), true ) );
			foreach ( $pending as $job ) {
				$this->runner->run( $job['id'], 60 );
			}
		} while ( $pending );
		return array_reverse( $jobs->recent( 2 ) );
	}

	public function test_weekly_by_default_and_removed_when_off(): void {
		ArchiveSchedule::unschedule();
		$this->schedule()->maybe_schedule();
		$event = wp_get_scheduled_event( ArchiveSchedule::HOOK );
		$this->assertNotFalse( $event );
		$this->assertSame( 'weekly', $event->schedule );

		( new Settings() )->update( array( 'archive_frequency' => 'off' ) );
		$this->schedule()->maybe_schedule();
		$this->assertFalse( wp_get_scheduled_event( ArchiveSchedule::HOOK ) );
	}

	public function test_a_run_writes_a_verified_package_and_keeps_only_the_newest(): void {
		$this->assertNotWPError( ( new Settings() )->update( array( 'archive_keep' => 2 ) ) );
		$made = array();
		for ( $i = 0; $i < 3; $i++ ) {
			if ( $i ) {
				sleep( 1 ); // Package IDs sort by their second.
			}
			// Each run stands for a later period: the hour's lock (CronLock) of the last one is gone.
			delete_option( CronLock::OPTION_PREFIX . ArchiveSchedule::HOOK );
			$job = $this->schedule()->run();
			$this->assertIsArray( $job );
			$this->assertSame( 'export', $job['kind'] );
			// The export's end starts the verification; the verification's end prunes.
			list( $export, $verify ) = $this->work_jobs();
			$this->assertSame( array( 'export', 'done' ), array( $export['kind'], $export['status'] ) );
			$this->assertSame( array( 'verify', 'done' ), array( $verify['kind'], $verify['status'] ) );
			$package = $this->store->get( $export['package'] );
			$this->assertSame( 'valid', $package['verification']['status'] );
			$this->assertFalse( $package['personal'] );
			$made[] = $package['id'];
		}
		$this->assertSame( array( $made[2], $made[1] ), array_column( $this->store->all(), 'id' ) );
		$this->assertFileDoesNotExist( $this->dir . '/' . $made[0] . '.zip' );
	}

	public function test_a_second_node_within_the_hour_starts_no_second_package(): void {
		$jobs  = new ArchiveJobs();
		$first = $this->schedule()->run();
		$this->assertIsArray( $first );
		$this->assertNull( $this->schedule()->run(), 'the lock is kept for the hour after the job started' );
		$this->assertSame( array( $first['id'] ), array_column( $jobs->recent(), 'id' ) );
		$this->work_jobs(); // Leaves the folder as tearDown expects it.
	}

	/**
	 * Asserts a value is not an error.
	 *
	 * @param mixed $value Value.
	 */
	private function assertNotWPError( $value ): void {
		$this->assertNotInstanceOf( \WP_Error::class, $value, is_wp_error( $value ) ? $value->get_error_message() : '' );
	}
}
