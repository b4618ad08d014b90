<?php
/**
 * Runs archive jobs in the background, in bounded chunks.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Throwable;
use Ttdt\Support\WriteSide;
use WP_Error;

/**
 * A REST call only starts a job ({@see self::start()}); the work is done by a loopback
 * request to `admin-ajax.php` that runs steps for {@see self::BUDGET} seconds, stores the
 * state after each, and sends the next loopback. A WP-Cron event a little after each
 * lease is a safety net when a loopback is lost (a host that blocks them, a worker killed),
 * and a poll of a job that has not moved for a while runs a short chunk itself, so a job
 * goes on wherever the site runs. The lease ({@see ArchiveJobs::claim()}) keeps two of
 * them from working the same job.
 *
 * The loopback carries no cookie: it is authorised by a nonce for the job made as a
 * visitor, which only this site, with its salt, can make.
 *
 * @since 0.1.0
 */
final class ArchiveJobRunner implements WriteSide {

	/**
	 * WP-Cron hook of the safety net; its argument is the job ID.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CRON_HOOK = 'ttdt_archive_job';

	/**
	 * `admin-ajax.php` action of the loopback.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const AJAX_ACTION = 'ttdt_archive_job';

	/**
	 * Action fired when a job is done or failed; its argument is the job.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FINISHED_HOOK = 'ttdt_archive_job_finished';

	/**
	 * Action a long step fires now and then to say it is alive; the runner renews its lease.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const HEARTBEAT_HOOK = 'ttdt_archive_heartbeat';

	/**
	 * Seconds of work per background request, well under PHP-FPM's usual 30–60 s limit.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const BUDGET = 20;

	/**
	 * Seconds a job may stay still before a poll works it itself.
	 *
	 * @var int
	 */
	private const STALLED = 15;

	/**
	 * The jobs.
	 *
	 * @var ArchiveJobs
	 */
	private ArchiveJobs $jobs;

	/**
	 * Tasks by kind.
	 *
	 * @var array<string, ArchiveTask>
	 */
	private array $tasks;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ArchiveJobs                $jobs  The jobs.
	 * @param array<string, ArchiveTask> $tasks Tasks by kind: `export`, `verify`, `restore`.
	 */
	public function __construct( ArchiveJobs $jobs, array $tasks ) {
		$this->jobs  = $jobs;
		$this->tasks = $tasks;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( self::CRON_HOOK, array( $this, 'work' ) );
		add_action( 'wp_ajax_nopriv_' . self::AJAX_ACTION, array( $this, 'on_loopback' ) );
		add_action( 'wp_ajax_' . self::AJAX_ACTION, array( $this, 'on_loopback' ) );
	}

	/**
	 * Starts a job and sends it to the background.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $kind   `export`, `verify` or `restore`.
	 * @param array<string, mixed> $params The task's parameters.
	 * @return array<string, mixed>|WP_Error The job.
	 */
	public function start( string $kind, array $params ) {
		$state = $this->tasks[ $kind ]->begin( $params );
		if ( is_wp_error( $state ) ) {
			return $state;
		}
		$state['messages'] = array( self::message( (string) ( $state['label'] ?? '' ) ) );
		$id                = $this->jobs->create( $kind, (string) ( $state['package'] ?? '' ), $state );
		$this->dispatch( $id );
		return (array) $this->jobs->get( $id );
	}

	/**
	 * Works a job for up to `$budget` seconds, if no other runner holds it.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $id     Job ID.
	 * @param float    $budget Seconds.
	 * @param int|null $now    Unix time for the lease (tests).
	 * @return array<string, mixed>|null The job afterwards, or null when there is none.
	 */
	public function run( int $id, float $budget = self::BUDGET, ?int $now = null ) {
		$before = $this->jobs->get( $id );
		$token  = $before ? $this->jobs->claim( $id, $now ) : null;
		if ( null === $token ) {
			return $before;
		}
		$state = (array) $before['state'];
		if ( '' !== (string) $before['lock_token'] ) {
			$state['messages'][] = self::message( __( 'The previous run stopped; going on from the last stored step.', 'ttdt-portal' ) );
		}
		$task  = $this->tasks[ (string) $before['kind'] ];
		$start = microtime( true );
		// A long step (packing a large zip) beats; the lease is renewed meanwhile.
		$beat = $this->heartbeat( $id, $token );
		add_action( self::HEARTBEAT_HOOK, $beat );
		try {
			return $this->steps( $id, $token, $task, $state, $start + $budget );
		} finally {
			remove_action( self::HEARTBEAT_HOOK, $beat );
		}
	}

	/**
	 * Runs steps of a leased job until it ends, the budget is spent or memory runs short.
	 *
	 * @param int                  $id    Job ID.
	 * @param string               $token Lease token.
	 * @param ArchiveTask          $task  The job's task.
	 * @param array<string, mixed> $state Stored state.
	 * @param float                $until When the budget is spent (microtime).
	 * @return array<string, mixed>|null The job afterwards.
	 */
	private function steps( int $id, string $token, ArchiveTask $task, array $state, float $until ) {
		$limit = wp_convert_hr_to_bytes( (string) ini_get( 'memory_limit' ) );
		do {
			$label = (string) ( $state['label'] ?? '' );
			try {
				$next = $task->step( $state );
			} catch ( Throwable $e ) {
				$next = new WP_Error( 'ttdt_archive_job', __( 'The archive job stopped on an error. Check the disk space and the PHP error log, then start it again.', 'ttdt-portal' ) );
			}
			if ( is_wp_error( $next ) ) {
				$task->abandon( $state );
				$state['messages'][] = self::message( $next->get_error_message() );
				$this->jobs->save( $id, $token, $state, 'failed', $next->get_error_message() );
				return $this->finished( $id );
			}
			$state          = $next;
			$state['steps'] = (int) ( $state['steps'] ?? 0 ) + 1; // Every save changes the row, so a held lease always reads as one row updated.
			if ( (string) ( $state['label'] ?? '' ) !== $label ) {
				$state['messages'][] = self::message( (string) $state['label'] );
			}
			$state['messages'] = array_slice( (array) $state['messages'], -20 );
			$finished          = ! empty( $state['finished'] );
			if ( ! $this->jobs->save( $id, $token, $state, $finished ? 'done' : 'running' ) ) {
				return $this->jobs->get( $id ); // The lease was lost: another runner goes on.
			}
		} while ( ! $finished && microtime( true ) < $until && ( $limit <= 0 || memory_get_usage() < $limit * 0.6 ) );
		if ( ! $finished ) {
			$this->jobs->release( $id, $token );
			return $this->jobs->get( $id );
		}
		return $this->finished( $id );
	}

	/**
	 * Renews the lease at most every 20 seconds while a long step beats.
	 *
	 * @param int    $id    Job ID.
	 * @param string $token Lease token.
	 * @return callable
	 */
	private function heartbeat( int $id, string $token ): callable {
		$last = time();
		return function () use ( $id, $token, &$last ): void {
			if ( time() - $last >= 20 ) {
				$this->jobs->renew( $id, $token );
				$last = time();
			}
		};
	}

	/**
	 * Tells who waits for a job (the schedule) that it is over.
	 *
	 * @param int $id Job ID.
	 * @return array<string, mixed>|null The job.
	 */
	private function finished( int $id ): ?array {
		$job = $this->jobs->get( $id );
		/**
		 * Fires when an archive job is done or failed.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, mixed> $job The job, its state included.
		 */
		do_action( self::FINISHED_HOOK, $job );
		return $job;
	}

	/**
	 * Works a job for a background request and sends the next one while work remains.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Job ID.
	 */
	public function work( $id ): void {
		if ( function_exists( 'set_time_limit' ) ) {
			set_time_limit( 0 ); // Steps stop after the budget, but packing the zip of a large portal is one long step.
		}
		$job = $this->run( (int) $id );
		if ( $job && in_array( $job['status'], array( 'queued', 'running' ), true ) && '' === $job['lock_token'] ) {
			$this->dispatch( (int) $id );
		}
	}

	/**
	 * The loopback: checks its nonce and works the job.
	 *
	 * @since 0.1.0
	 */
	public function on_loopback(): void {
		// The nonce's action names the job, so the job is read first and checked on the next line.
		$id = isset( $_POST['job'] ) ? absint( $_POST['job'] ) : 0;
		if ( ! $id || false === check_ajax_referer( self::AJAX_ACTION . '|' . $id, 'nonce', false ) ) {
			wp_die( '', '', array( 'response' => 403 ) );
		}
		ignore_user_abort( true ); // The caller does not wait for the answer.
		$this->work( $id );
		wp_die( '', '', array( 'response' => 200 ) );
	}

	/**
	 * A poll of a job: a job that has not moved for a while (no loopback, no cron) is worked
	 * here for a few seconds, then sent to the background again.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Job ID.
	 * @return array<string, mixed>|null The job.
	 */
	public function poll( int $id ): ?array {
		$job = $this->jobs->get( $id );
		if ( $job && in_array( $job['status'], array( 'queued', 'running' ), true ) && strtotime( $job['updated_at'] . ' UTC' ) < time() - self::STALLED ) {
			$job = $this->run( $id, 5 );
			$this->dispatch( $id );
		}
		return $job;
	}

	/**
	 * Sends a job to the background: a loopback now, a cron event as the safety net.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Job ID.
	 */
	public function dispatch( int $id ): void {
		wp_clear_scheduled_hook( self::CRON_HOOK, array( $id ) );
		wp_schedule_single_event( time() + ArchiveJobs::LEASE + 10, self::CRON_HOOK, array( $id ) );
		wp_remote_post(
			admin_url( 'admin-ajax.php' ),
			array(
				'blocking'  => false,
				'timeout'   => 1,
				'sslverify' => (bool) apply_filters( 'https_local_ssl_verify', false ), // WordPress's own filter for loopbacks.
				'body'      => array(
					'action' => self::AJAX_ACTION,
					'job'    => $id,
					'nonce'  => self::nonce( $id ),
				),
			)
		);
	}

	/**
	 * The loopback's nonce for a job: made as the visitor the loopback is (it carries no
	 * cookie), so only this site, with its salt, can make it.
	 *
	 * @param int $id Job ID.
	 * @return string
	 */
	private static function nonce( int $id ): string {
		$user = get_current_user_id();
		// As a visitor, without the operator's session token (read from the cookie), which the loopback does not send.
		$cookie = $_COOKIE[ LOGGED_IN_COOKIE ] ?? null; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- kept aside and put back untouched, never used.
		unset( $_COOKIE[ LOGGED_IN_COOKIE ] );
		wp_set_current_user( 0 );
		$nonce = wp_create_nonce( self::AJAX_ACTION . '|' . $id );
		wp_set_current_user( $user );
		if ( null !== $cookie ) {
			$_COOKIE[ LOGGED_IN_COOKIE ] = $cookie;
		}
		return $nonce;
	}

	/**
	 * A progress message with its time.
	 *
	 * @param string $text Text.
	 * @return array{time: string, text: string}
	 */
	private static function message( string $text ): array {
		return array(
			'time' => gmdate( 'c' ),
			'text' => $text,
		);
	}
}
