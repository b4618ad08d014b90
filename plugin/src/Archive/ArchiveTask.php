<?php
/**
 * A long archive run cut into bounded steps.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use WP_Error;

/**
 * Export, verification and restore of a large portal take longer than a web request may
 * (PHP-FPM's time limit), so each is a series of steps a background job runs a few at a
 * time ({@see ArchiveJobRunner}). All a step needs is in the state it is given, which is
 * stored after every step: a runner that dies mid-way is followed by another that goes on
 * from the last stored state, so a step must be safe to run twice.
 *
 * Progress is read from the state's `label` (what is being done, shown to the operator),
 * `done` and `total`; the last step sets `finished` and `result`.
 *
 * @since 0.1.0
 */
interface ArchiveTask {

	/**
	 * Checks the parameters and gives the first state.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $params Parameters of the job.
	 * @return array<string, mixed>|WP_Error
	 */
	public function begin( array $params );

	/**
	 * Does one bounded piece of work.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $state State after the previous step.
	 * @return array<string, mixed>|WP_Error The next state, or why the job failed.
	 */
	public function step( array $state );

	/**
	 * Removes what a failed job left half-written.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $state Last stored state.
	 */
	public function abandon( array $state ): void;
}
