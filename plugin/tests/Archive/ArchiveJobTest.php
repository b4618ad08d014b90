<?php
/**
 * Tests of the background archive jobs: chunks, resuming after a crash, the lease, failures
 * and the REST answers.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Archive;

use Ttdt\Archive\ArchiveExporter;
use Ttdt\Archive\ArchiveJobs;
use Ttdt\Archive\ArchiveJobRunner;
use Ttdt\Archive\ArchiveRestorer;
use Ttdt\Archive\ArchiveStore;
use Ttdt\Archive\ArchiveVerifier;
use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;
use ZipArchive;

/**
 * An export of a few hundred items runs as many steps, each stored; a runner killed after a
 * step that was not stored is followed by one that goes on from the stored state and still
 * writes a valid package; two runners never hold one job.
 */
final class ArchiveJobTest extends TestCase {

	/**
	 * The store.
	 *
	 * @var ArchiveStore
	 */
	private ArchiveStore $store;

	/**
	 * The jobs.
	 *
	 * @var ArchiveJobs
	 */
	private ArchiveJobs $jobs;

	/**
	 * The exporter.
	 *
	 * @var ArchiveExporter
	 */
	private ArchiveExporter $exporter;

	/**
	 * The runner.
	 *
	 * @var ArchiveJobRunner
	 */
	private ArchiveJobRunner $runner;

	/**
	 * Loopbacks the runner sent (captured, never sent).
	 *
	 * @var array<int, array<string, mixed>>
	 */
	private array $loopbacks = array();

	protected function setUp(): void {
		parent::setUp();
		$this->store    = new ArchiveStore();
		$this->jobs     = new ArchiveJobs();
		$this->exporter = new ArchiveExporter( $this->store, new Settings() );
		$this->runner   = new ArchiveJobRunner(
			$this->jobs,
			array(
				'export'  => $this->exporter,
				'verify'  => new ArchiveVerifier( $this->store ),
				'restore' => new ArchiveRestorer( $this->store, new Settings() ),
			)
		);
		add_filter(
			'pre_http_request',
			function ( $short, array $args, string $url ) {
				$this->loopbacks[] = array( 'url' => $url ) + $args;
				return array(
					'response' => array( 'code' => 200 ),
					'body'     => '',
				);
			},
			10,
			3
		);
		wp_set_current_user( self::create_user( 'administrator' )->ID );
	}

	protected function tearDown(): void {
		foreach ( $this->store->all() as $package ) {
			if ( strtotime( $package['created_at'] ) > time() - 600 ) {
				$this->store->delete( (string) $package['id'] );
			}
		}
		parent::tearDown();
	}

	/**
	 * Items enough for several pages (a page is 200), inserted as rows: the export reads
	 * rows, and the hooks of a full insert would only slow the test.
	 *
	 * @param int $count How many.
	 */
	private static function seed( int $count ): void {
		global $wpdb;

		$now = current_time( 'mysql', true );
		for ( $i = 1; $i <= $count; $i++ ) {
			$wpdb->insert(
				$wpdb->posts,
				array(
					'post_title'        => 'Tin số ' . $i,
					'post_name'         => 'tin-so-' . $i,
					'post_type'         => 'post',
					'post_status'       => 'publish',
					'post_content'      => 'Nội dung.',
					'post_excerpt'      => '',
					'to_ping'           => '',
					'pinged'            => '',
					'post_content_filtered' => '',
					'post_date'         => $now,
					'post_date_gmt'     => $now,
					'post_modified'     => $now,
					'post_modified_gmt' => $now,
				)
			);
		}
	}

	public function test_an_export_runs_in_stored_steps_and_writes_a_valid_package(): void {
		self::seed( 250 );
		// The operator's browser sends a session cookie; the loopback will not.
		$_COOKIE[ LOGGED_IN_COOKIE ] = 'admin|9999999999|operator-session-token|hmac';
		$job                         = $this->runner->start( 'export', array( 'personal' => false ) );
		unset( $_COOKIE[ LOGGED_IN_COOKIE ] );
		$this->assertSame( 'queued', $job['status'] );
		$this->assertGreaterThanOrEqual( 250, $job['total'] );
		// Sent to the background: a signed loopback to admin-ajax.php and a cron safety net.
		$this->assertCount( 1, $this->loopbacks );
		$this->assertStringEndsWith( 'admin-ajax.php', $this->loopbacks[0]['url'] );
		$this->assertSame( ArchiveJobRunner::AJAX_ACTION, $this->loopbacks[0]['body']['action'] );
		$this->assertNotFalse( wp_next_scheduled( ArchiveJobRunner::CRON_HOOK, array( $job['id'] ) ) );
		$operator = get_current_user_id();
		wp_set_current_user( 0 );
		$this->assertSame( 1, wp_verify_nonce( $this->loopbacks[0]['body']['nonce'], ArchiveJobRunner::AJAX_ACTION . '|' . $job['id'] ), 'the loopback, a visitor without cookie, passes the nonce check' );
		$this->assertFalse( wp_verify_nonce( $this->loopbacks[0]['body']['nonce'], ArchiveJobRunner::AJAX_ACTION . '|' . ( $job['id'] + 1 ) ) );
		wp_set_current_user( $operator );

		// A zero budget is one step per run: each run stores its step and lets the job go.
		$runs = 0;
		$seen = array();
		do {
			$job    = $this->runner->run( $job['id'], 0 );
			$seen[] = $job['done'];
			++$runs;
			$this->assertSame( '', $job['lock_token'], 'a run gives its lease back' );
		} while ( 'done' !== $job['status'] && $runs < 100 );
		$this->assertSame( 'done', $job['status'] );
		$this->assertGreaterThan( 4, $runs, 'two pages of items, the records and the zip are separate steps' );
		$sorted = $seen;
		sort( $sorted );
		$this->assertSame( $sorted, $seen, 'progress never goes back' );
		$this->assertSame( $job['total'], $job['done'] );
		$package = $job['state']['result'];
		$this->assertGreaterThanOrEqual( 250, $package['counts']['items'] );
		$this->assertSame( $package['id'], $this->store->latest()['id'], 'the newest package is the one site health reports' );
		$this->assertSame( 'valid', ( new ArchiveVerifier( $this->store ) )->verify( $package['id'] )['status'] );
		$texts = array_column( $job['state']['messages'], 'text' );
		$this->assertContains( __( 'Packing the zip file', 'ttdt-portal' ), $texts );
	}

	public function test_a_runner_killed_mid_step_is_followed_by_one_that_resumes_without_duplicates(): void {
		self::seed( 250 );
		$job = $this->runner->start( 'export', array() );
		$job = $this->runner->run( $job['id'], 0 ); // One stored step: the first page.
		// A runner takes the lease, writes the next page to the staging folder and dies before storing it.
		$now   = time();
		$token = $this->jobs->claim( $job['id'], $now );
		$this->assertNotNull( $token );
		$this->exporter->step( $this->jobs->get( $job['id'] )['state'] );
		// While its lease lasts, nobody else works the job.
		$this->assertNull( $this->jobs->claim( $job['id'], $now + 10 ) );
		$held = $this->runner->run( $job['id'], 60, $now + 10 );
		$this->assertSame( $job['done'], $held['done'], 'a second runner does no work on a held job' );
		// Once it has run out, the next runner goes on from the stored state.
		$job = $this->runner->run( $job['id'], 600, $now + ArchiveJobs::LEASE + 1 );
		$this->assertSame( 'done', $job['status'] );
		$texts = array_column( $job['state']['messages'], 'text' );
		$this->assertContains( __( 'The previous run stopped; going on from the last stored step.', 'ttdt-portal' ), $texts );
		$id     = $job['state']['result']['id'];
		$result = ( new ArchiveVerifier( $this->store ) )->verify( $id );
		$this->assertSame( 'valid', $result['status'], wp_json_encode( $result['problems'] ) );
		// Every item once: the page written by the dead runner was cut off, not appended twice.
		$zip = new ZipArchive();
		$zip->open( (string) $this->store->path( $id ) );
		$manifest = (string) $zip->getFromName( $id . '/manifest-sha256.txt' );
		$zip->close();
		$lines = preg_split( '/\n/', trim( $manifest ) );
		$this->assertSame( count( $lines ), count( array_unique( $lines ) ) );
		$this->assertGreaterThanOrEqual( 250, $job['state']['result']['counts']['items'] );
	}

	public function test_a_verification_job_runs_in_chunks_and_a_damaged_package_fails_a_restore_job_naming_the_file(): void {
		self::seed( 3 );
		$package = $this->exporter->export();
		$id      = $package['id'];
		$job     = $this->runner->start( 'verify', array( 'package' => $id ) );
		$job     = $this->runner->run( $job['id'], 60 );
		$this->assertSame( 'done', $job['status'] );
		$this->assertSame( 'valid', $job['state']['result']['verification']['status'] );
		$this->assertSame( 'valid', $this->store->get( $id )['verification']['status'] );

		// Damage one byte of one item, then restore: the job fails with the file named.
		$zip  = new ZipArchive();
		$zip->open( (string) $this->store->path( $id ) );
		$name = '';
		for ( $i = 0; $i < $zip->numFiles; $i++ ) {
			if ( str_contains( (string) $zip->getNameIndex( $i ), '/data/items/' ) ) {
				$name = (string) $zip->getNameIndex( $i );
				break;
			}
		}
		$content = (string) $zip->getFromName( $name );
		$zip->addFromString( $name, substr_replace( $content, 'X', 10, 1 ) );
		$zip->close();
		$restore = $this->runner->start( 'restore', array( 'package' => $id ) );
		$restore = $this->runner->run( $restore['id'], 60 );
		$this->assertSame( 'failed', $restore['status'] );
		$this->assertStringContainsString( substr( $name, strlen( $id ) + 1 ), $restore['error'] );
		$this->assertSame( 'invalid', $this->store->get( $id )['verification']['status'] );
		// A finished job is never taken again.
		$this->assertNull( $this->jobs->claim( $restore['id'] ) );
	}

	public function test_a_long_step_beats_and_the_runner_renews_its_lease(): void {
		self::seed( 3 );
		$beats = 0;
		add_action(
			ArchiveJobRunner::HEARTBEAT_HOOK,
			static function () use ( &$beats ) {
				++$beats;
			}
		);
		$job = $this->runner->start( 'export', array() );
		$job = $this->runner->run( $job['id'], 60 );
		$this->assertSame( 'done', $job['status'] );
		$this->assertGreaterThan( 0, $beats, 'packing the zip beats' );

		// A lease taken a minute ago runs out LEASE seconds after it was taken, unless renewed.
		$other = $this->runner->start( 'verify', array( 'package' => $job['package'] ) );
		$token = $this->jobs->claim( $other['id'], time() - 60 );
		$this->assertNotNull( $token );
		$this->jobs->renew( $other['id'], $token );
		$this->assertNull( $this->jobs->claim( $other['id'], time() + ArchiveJobs::LEASE - 5 ), 'a renewed lease is not taken' );
		$this->assertNotNull( $this->jobs->claim( $other['id'], time() + ArchiveJobs::LEASE + 5 ) );
	}

	public function test_rest_answers_202_with_the_job_to_poll(): void {
		self::seed( 2 );
		$request = new \WP_REST_Request( 'POST', '/ttdt/v1/archives' );
		$request->set_body_params( array( 'personal' => false ) );
		$response = rest_do_request( $request );
		$this->assertSame( 202, $response->get_status() );
		$job = $response->get_data();
		$this->assertSame( 'export', $job['kind'] );
		$this->assertSame( rest_url( 'ttdt/v1/archives/jobs/' . $job['id'] ), $response->get_headers()['Location'] );
		$this->assertSame( rest_url( 'ttdt/v1/archives/jobs/' . $job['id'] ), $response->get_links()['self'][0]['href'] );
		$this->assertNotSame( '', $job['package'] );

		$poll = rest_do_request( new \WP_REST_Request( 'GET', '/ttdt/v1/archives/jobs/' . $job['id'] ) );
		$this->assertSame( 200, $poll->get_status() );
		$this->assertContains( $poll->get_data()['status'], array( 'queued', 'running', 'done' ) );
		$this->assertSame( 404, rest_do_request( new \WP_REST_Request( 'GET', '/ttdt/v1/archives/jobs/999999' ) )->get_status() );
		wp_set_current_user( self::create_user( 'editor' )->ID );
		$this->assertSame( 403, rest_do_request( new \WP_REST_Request( 'GET', '/ttdt/v1/archives/jobs/' . $job['id'] ) )->get_status() );
		$this->runner->run( $job['id'], 60 );
	}
}
