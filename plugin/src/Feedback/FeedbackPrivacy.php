<?php
/**
 * Personal data of feedback: export, erasure on request, erasure after the retention period.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Settings\Settings;
use Ttdt\Support\CronLock;
use Ttdt\Support\WriteSide;
use Ttdt\Support\PageView;

/**
 * Personal Data Protection Law 91/2025/QH15: a citizen may see and have erased what the
 * commune holds about them; what is no longer needed is erased without being asked. Erasure
 * removes the contact data (name, e-mail, phone, address, address hash) and keeps the matter
 * — subject, content, answer — which is the commune's record of what was raised and done.
 *
 * @since 0.1.0
 */
final class FeedbackPrivacy implements WriteSide {

	/**
	 * Exporter and eraser ID.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ID = 'ttdt-feedback';

	/**
	 * Daily cron hook of the retention run.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CRON_HOOK = 'ttdt_feedback_retention';

	/**
	 * Settings key of the retention period in months.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RETENTION_SETTING = 'feedback_retention_months';

	/**
	 * Items erased per run: a large backlog is spread over several days.
	 *
	 * @var int
	 */
	private const BATCH = 200;

	/**
	 * Repository.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $repository;

	/**
	 * The citizens' personal data in the items.
	 *
	 * @var FeedbackPersonalData
	 */
	private FeedbackPersonalData $personal;

	/**
	 * Settings.
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param FeedbackRepository   $repository Repository.
	 * @param FeedbackPersonalData $personal   The personal data in the items.
	 * @param Settings             $settings   Settings.
	 */
	public function __construct( FeedbackRepository $repository, FeedbackPersonalData $personal, Settings $settings ) {
		$this->repository = $repository;
		$this->personal   = $personal;
		$this->settings   = $settings;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( $this, 'register_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $this, 'register_eraser' ) );
		// Kept scheduled by the admin, REST, cron and CLI requests, not by every page view.
		PageView::add_action_unless_page_view( 'init', array( $this, 'schedule' ) );
		add_action( self::CRON_HOOK, array( $this, 'run_retention' ) );
		add_action( 'ttdt_deactivate', array( self::class, 'unschedule' ) );
	}

	/**
	 * Adds the exporter.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $exporters Registered exporters.
	 * @return array<string, mixed>
	 */
	public function register_exporter( $exporters ): array {
		return PrivacyTools::add_exporter( $exporters, self::ID, __( 'Citizen feedback', 'ttdt-portal' ), array( $this, 'export' ) );
	}

	/**
	 * Adds the eraser.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $erasers Registered erasers.
	 * @return array<string, mixed>
	 */
	public function register_eraser( $erasers ): array {
		return PrivacyTools::add_eraser( $erasers, self::ID, __( 'Citizen feedback', 'ttdt-portal' ), array( $this, 'erase' ) );
	}

	/**
	 * Exports the feedback sent with an e-mail address.
	 *
	 * @since 0.1.0
	 *
	 * @param string $email Address.
	 * @param int    $page  Page (all in one).
	 * @return array{data: array<int, array<string, mixed>>, done: bool}
	 */
	public function export( $email, $page = 1 ): array {
		$data  = array();
		$group = array(
			'id'          => self::ID,
			'label'       => __( 'Citizen feedback', 'ttdt-portal' ),
			'description' => __( 'Feedback you sent to the commune through the e-information page or at its office.', 'ttdt-portal' ),
		);
		foreach ( $this->personal->ids_by_email( (string) $email ) as $id ) {
			$item = $this->repository->find( $id );
			if ( ! $item ) {
				continue;
			}
			$fields = array(
				__( 'Tracking code', 'ttdt-portal' ) => TrackingCode::format( (string) $item['code'] ),
				__( 'Full name', 'ttdt-portal' )     => (string) $item['name'],
				__( 'E-mail', 'ttdt-portal' )        => (string) $item['email'],
				__( 'Telephone', 'ttdt-portal' )     => (string) $item['phone'],
				__( 'Address', 'ttdt-portal' )       => (string) $item['address'],
				__( 'Subject', 'ttdt-portal' )       => (string) $item['subject'],
				__( 'Content', 'ttdt-portal' )       => (string) $item['content'],
				__( 'Received', 'ttdt-portal' )      => (string) $item['received_at'] . ' UTC',
				__( 'Consent given', 'ttdt-portal' ) => PrivacyTools::consent( $item ),
				__( 'Answer', 'ttdt-portal' )        => (string) $item['answer'],
			);
			$data[] = PrivacyTools::export_item( $group, 'ttdt-feedback-' . $id, $fields );
		}
		return array(
			'data' => $data,
			'done' => true,
		);
	}

	/**
	 * Erases the contact data of the feedback sent with an e-mail address.
	 *
	 * @since 0.1.0
	 *
	 * @param string $email Address.
	 * @param int    $page  Page (all in one).
	 * @return array<string, mixed>
	 */
	public function erase( $email, $page = 1 ): array {
		$removed = false;
		$ids     = $this->personal->ids_by_email( (string) $email );
		foreach ( $ids as $id ) {
			$removed = $this->personal->erase_personal( $id, 'request' ) || $removed;
		}
		return PrivacyTools::erased( $removed, (bool) $ids, __( 'The subject, content and answer of the feedback were kept without your name and contact details: they are the commune\'s record of what was raised and answered.', 'ttdt-portal' ) );
	}

	/**
	 * Schedules the daily run.
	 *
	 * @since 0.1.0
	 */
	public function schedule(): void {
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', self::CRON_HOOK );
		}
	}

	/**
	 * Removes the daily run.
	 *
	 * @since 0.1.0
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::CRON_HOOK );
	}

	/**
	 * Erases the contact data of items past the retention period, and old rate counters.
	 *
	 * @since 0.1.0
	 *
	 * @return int Items erased.
	 */
	public function run_retention(): int {
		$lock = CronLock::take( self::CRON_HOOK ); // Another node is running it: nothing to do. Released on return.
		if ( null === $lock ) {
			return 0;
		}
		RateLimiter::purge();
		$before = PrivacyTools::retention_cutoff( $this->settings );
		$erased = 0;
		foreach ( $this->personal->ids_due_for_erasure( $before, self::BATCH ) as $id ) {
			$erased += $this->personal->erase_personal( $id, 'retention' ) ? 1 : 0;
		}
		return $erased;
	}

	/**
	 * The retention period in months (1–120): the setting, 24 when unset.
	 *
	 * @since 0.1.0
	 *
	 * @return int
	 */
	public function retention_months(): int {
		return PrivacyTools::retention_months( $this->settings );
	}
}
