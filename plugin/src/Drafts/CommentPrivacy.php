<?php
/**
 * Comments on drafts under the Personal Data Protection Law: export, erasure and retention.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Feedback\FeedbackPrivacy;
use Ttdt\Feedback\PrivacyTools;
use Ttdt\Feedback\RateLimiter;
use Ttdt\Settings\Settings;
use Ttdt\Support\WriteSide;

/**
 * The same rules as citizen feedback ({@see FeedbackPrivacy}): WordPress's export and erase
 * tools find a citizen's comments by e-mail address; erasing removes the name and contact and
 * keeps what was said, which is the record of the consultation; and the feedback's daily
 * retention run erases names and contacts after the same retention period.
 *
 * @since 0.1.0
 */
final class CommentPrivacy implements WriteSide {

	/**
	 * Exporter and eraser ID.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ID = 'ttdt-draft-comments';

	/**
	 * Comments erased per daily run.
	 *
	 * @var int
	 */
	private const BATCH = 200;

	/**
	 * Repository.
	 *
	 * @var CommentRepository
	 */
	private CommentRepository $repository;

	/**
	 * Settings (the retention period).
	 *
	 * @var Settings
	 */
	private Settings $settings;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param CommentRepository $repository Repository.
	 * @param Settings          $settings   Settings.
	 */
	public function __construct( CommentRepository $repository, Settings $settings ) {
		$this->repository = $repository;
		$this->settings   = $settings;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( $this, 'register_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $this, 'register_eraser' ) );
		add_action( FeedbackPrivacy::CRON_HOOK, array( $this, 'run_retention' ) );
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
		return PrivacyTools::add_exporter( $exporters, self::ID, __( 'Comments on drafts', 'ttdt-portal' ), array( $this, 'export' ) );
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
		return PrivacyTools::add_eraser( $erasers, self::ID, __( 'Comments on drafts', 'ttdt-portal' ), array( $this, 'erase' ) );
	}

	/**
	 * Exports the comments sent with an e-mail address.
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
			'label'       => __( 'Comments on drafts', 'ttdt-portal' ),
			'description' => __( 'Comments you sent on draft documents the commune published for public comment.', 'ttdt-portal' ),
		);
		foreach ( $this->repository->by_email( (string) $email ) as $row ) {
			$fields = array(
				__( 'Draft document', 'ttdt-portal' ) => get_the_title( (int) $row['draft_id'] ),
				__( 'Full name', 'ttdt-portal' )      => (string) $row['name'],
				__( 'E-mail', 'ttdt-portal' )         => (string) $row['email'],
				__( 'Comment', 'ttdt-portal' )        => (string) $row['content'],
				__( 'Received', 'ttdt-portal' )       => (string) $row['received_at'] . ' UTC',
				__( 'Consent given', 'ttdt-portal' )  => PrivacyTools::consent( $row ),
			);
			$data[] = PrivacyTools::export_item( $group, self::ID . '-' . (int) $row['id'], $fields );
		}
		return array(
			'data' => $data,
			'done' => true,
		);
	}

	/**
	 * Erases the name and contact of the comments sent with an e-mail address.
	 *
	 * @since 0.1.0
	 *
	 * @param string $email Address.
	 * @param int    $page  Page (all in one).
	 * @return array<string, mixed>
	 */
	public function erase( $email, $page = 1 ): array {
		$ids     = array_map( 'intval', wp_list_pluck( $this->repository->by_email( (string) $email ), 'id' ) );
		$removed = $this->repository->erase_personal( $ids ) > 0;
		return PrivacyTools::erased( $removed, (bool) $ids, __( 'The text of your comments on drafts was kept without your name and contact details: it is the commune\'s record of the consultation.', 'ttdt-portal' ) );
	}

	/**
	 * Erases names and contacts of comments older than the feedback retention period.
	 *
	 * @since 0.1.0
	 *
	 * @return int Comments erased.
	 */
	public function run_retention(): int {
		RateLimiter::purge();
		return $this->repository->erase_personal( $this->repository->ids_due_for_erasure( PrivacyTools::retention_cutoff( $this->settings ), self::BATCH ) );
	}
}
