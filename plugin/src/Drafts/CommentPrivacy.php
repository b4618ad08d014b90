<?php
/**
 * Comments on drafts under the Personal Data Protection Law: export, erasure and retention.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Feedback\FeedbackPrivacy;
use Ttdt\Feedback\RateLimiter;
use Ttdt\Settings\Settings;
use Ttdt\Support\Hookable;

/**
 * The same rules as citizen feedback ({@see FeedbackPrivacy}): WordPress's export and erase
 * tools find a citizen's comments by e-mail address; erasing removes the name and contact and
 * keeps what was said, which is the record of the consultation; and the feedback's daily
 * retention run erases names and contacts after the same retention period.
 *
 * @since 0.1.0
 */
final class CommentPrivacy implements Hookable {

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
		$exporters             = (array) $exporters;
		$exporters[ self::ID ] = array(
			'exporter_friendly_name' => __( 'Comments on drafts', 'ttdt-portal' ),
			'callback'               => array( $this, 'export' ),
		);
		return $exporters;
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
		$erasers             = (array) $erasers;
		$erasers[ self::ID ] = array(
			'eraser_friendly_name' => __( 'Comments on drafts', 'ttdt-portal' ),
			'callback'             => array( $this, 'erase' ),
		);
		return $erasers;
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
		$data = array();
		foreach ( $this->repository->by_email( (string) $email ) as $row ) {
			$fields = array(
				__( 'Draft document', 'ttdt-portal' ) => get_the_title( (int) $row['draft_id'] ),
				__( 'Full name', 'ttdt-portal' )      => (string) $row['name'],
				__( 'E-mail', 'ttdt-portal' )         => (string) $row['email'],
				__( 'Comment', 'ttdt-portal' )        => (string) $row['content'],
				__( 'Received', 'ttdt-portal' )       => (string) $row['received_at'] . ' UTC',
				__( 'Consent given', 'ttdt-portal' )  => trim( (string) $row['consent_text'] . ( $row['consent_at'] ? ' (' . $row['consent_at'] . ' UTC)' : '' ) ),
			);
			$data[] = array(
				'group_id'          => self::ID,
				'group_label'       => __( 'Comments on drafts', 'ttdt-portal' ),
				'group_description' => __( 'Comments you sent on draft documents the commune published for public comment.', 'ttdt-portal' ),
				'item_id'           => self::ID . '-' . (int) $row['id'],
				'data'              => array_map(
					static fn( string $name, string $value ): array => array(
						'name'  => $name,
						'value' => $value,
					),
					array_keys( $fields ),
					array_values( $fields )
				),
			);
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
		return array(
			'items_removed'  => $removed,
			'items_retained' => (bool) $ids,
			'messages'       => $ids ? array( __( 'The text of your comments on drafts was kept without your name and contact details: it is the commune\'s record of the consultation.', 'ttdt-portal' ) ) : array(),
			'done'           => true,
		);
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
		$value  = $this->settings->get( FeedbackPrivacy::RETENTION_SETTING );
		$months = max( 1, min( 120, null === $value ? 24 : (int) $value ) );
		$before = gmdate( 'Y-m-d H:i:s', (int) strtotime( "-{$months} months" ) );
		return $this->repository->erase_personal( $this->repository->ids_due_for_erasure( $before, self::BATCH ) );
	}
}
