<?php
/**
 * The fields of a draft for public comment.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Documents\MetaField;
use Ttdt\Support\Hookable;
use Ttdt\Support\MetaRegistration;

/**
 * The comment period (two calendar days in the site's time zone, both included), the files
 * of the draft, and the board's report on the comments received and how they were taken into
 * account (báo cáo tổng hợp, tiếp thu, giải trình), published with the draft.
 *
 * @since 0.1.0
 */
final class DraftMeta implements Hookable {

	/**
	 * First day comments are accepted, `YYYY-MM-DD`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OPENS = 'ttdt_draft_opens';

	/**
	 * Last day comments are accepted, `YYYY-MM-DD`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CLOSES = 'ttdt_draft_closes';

	/**
	 * The draft's files (attachment IDs).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FILES = 'ttdt_draft_files';

	/**
	 * The report on the comments received, plain text.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REPORT = 'ttdt_draft_report';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		MetaRegistration::on_init( array( $this, 'register' ) );
	}

	/**
	 * Registers the fields.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		$fields = array(
			self::OPENS  => MetaField::date( __( 'First day of the comment period, YYYY-MM-DD.', 'ttdt-portal' ) ),
			self::CLOSES => MetaField::date( __( 'Last day of the comment period, YYYY-MM-DD.', 'ttdt-portal' ) ),
			self::FILES  => MetaField::ids( __( 'Files of the draft (media library IDs).', 'ttdt-portal' ) ),
			self::REPORT => MetaField::textarea( __( 'Report on the comments received and how they were taken into account.', 'ttdt-portal' ) ),
		);
		foreach ( $fields as $key => $args ) {
			register_post_meta( DraftPostType::NAME, $key, $args );
		}
	}
}
