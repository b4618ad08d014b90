<?php
/**
 * Builds the archive feature's services.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Ttdt\Settings\Settings;
use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;

/**
 * The store, exporter, verifier and restorer are shared by the REST routes (and any screen or
 * schedule added later), so each is made once here and injected.
 *
 * @since 0.1.0
 */
final class ArchiveServices {

	/**
	 * The feature's hookable services.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings The portal settings.
	 * @return Hookable[]
	 */
	public static function create( Settings $settings ): array {
		$store    = new ArchiveStore();
		$exporter = new ArchiveExporter( $store, $settings );
		$verifier = new ArchiveVerifier( $store );
		$restorer = new ArchiveRestorer( $store, $settings );
		$jobs     = new ArchiveJobs();
		$runner   = new ArchiveJobRunner(
			$jobs,
			array(
				'export'  => $exporter,
				'verify'  => $verifier,
				'restore' => $restorer,
			)
		);
		// REST controllers: built when REST starts, not on every page view (issue 10).
		LazyServices::on(
			'rest_api_init',
			static function () use ( $store, $restorer, $jobs, $runner ): array {
				$answers = new ArchiveJobController( $jobs, $runner );
				return array(
					$answers,
					new ArchiveController( $store, $runner, $answers ),
					new ArchiveRestoreController( $restorer, $runner, $answers ),
				);
			}
		);
		return array(
			$runner,
			new ArchiveSchedule( $store, $runner, $settings ),
		);
	}
}
