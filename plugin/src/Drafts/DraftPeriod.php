<?php
/**
 * Whether a draft takes comments today.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Documents\DocumentView;
use Ttdt\Documents\MetaField;
use WP_Error;
use WP_Post;

/**
 * One answer for the page (form or notice) and for the intake (accept or refuse), so the form
 * closes by itself after the last day and a late comment is refused whatever path it takes.
 * Days are calendar days in the site's time zone, the first and the last both included: a
 * period "until 30/11" takes comments until midnight at the commune, not in UTC.
 *
 * @since 0.1.0
 */
final class DraftPeriod {

	/**
	 * Comments are accepted.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OPEN = 'open';

	/**
	 * The period has not begun.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const UPCOMING = 'upcoming';

	/**
	 * The period has ended.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CLOSED = 'closed';

	/**
	 * Not a published draft, or no period set: no comments.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NONE = 'none';

	/**
	 * The state of a draft's comment period.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $post_id Draft.
	 * @param int|null $now     Unix time, now by default.
	 * @return string One of the constants.
	 */
	public static function state( int $post_id, ?int $now = null ): string {
		$post = get_post( $post_id );
		if ( ! $post instanceof WP_Post || DraftPostType::NAME !== $post->post_type || 'publish' !== $post->post_status ) {
			return self::NONE;
		}
		$opens  = MetaField::sanitize_date( get_post_meta( $post_id, DraftMeta::OPENS, true ) );
		$closes = MetaField::sanitize_date( get_post_meta( $post_id, DraftMeta::CLOSES, true ) );
		if ( '' === $opens || '' === $closes ) {
			return self::NONE;
		}
		$today = wp_date( 'Y-m-d', $now ?? time() );
		if ( $today < $opens ) {
			return self::UPCOMING;
		}
		return $today > $closes ? self::CLOSED : self::OPEN;
	}

	/**
	 * Why a comment on a draft is refused now; null when it is accepted.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $post_id Draft.
	 * @param int|null $now     Unix time, now by default.
	 * @return WP_Error|null
	 */
	public static function refusal( int $post_id, ?int $now = null ): ?WP_Error {
		$state = self::state( $post_id, $now );
		if ( self::OPEN === $state ) {
			return null;
		}
		return new WP_Error( 'ttdt_draft_' . $state, self::message( $post_id, $state ), array( 'status' => self::NONE === $state ? 404 : 403 ) );
	}

	/**
	 * What the page says when comments are not accepted.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id Draft.
	 * @param string $state   State.
	 * @return string
	 */
	public static function message( int $post_id, string $state ): string {
		$opens  = DocumentView::date( (string) get_post_meta( $post_id, DraftMeta::OPENS, true ) );
		$closes = DocumentView::date( (string) get_post_meta( $post_id, DraftMeta::CLOSES, true ) );
		switch ( $state ) {
			case self::CLOSED:
				/* translators: %s: last day of the comment period. */
				return sprintf( __( 'The comment period on this draft ended on %s, so comments are no longer accepted. You can still read the draft, and the board\'s report on the comments once it is published.', 'ttdt-portal' ), $closes );
			case self::UPCOMING:
				/* translators: %s: first day of the comment period. */
				return sprintf( __( 'Comments on this draft are accepted from %s. Please come back then to send yours.', 'ttdt-portal' ), $opens );
			default:
				return __( 'This draft is not open for comments. Please check its address on the portal\'s list of drafts.', 'ttdt-portal' );
		}
	}
}
