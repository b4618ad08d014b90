<?php
/**
 * E-mails the writer when a scheduled item could not be published at its time.
 *
 * @package Ttdt
 */

namespace Ttdt\Publishing;

defined( 'ABSPATH' ) || exit;

use WP_Error;
use WP_Post;

/**
 * Nobody watches cron: without this mail a scheduled item would silently stay a draft.
 *
 * @since 0.1.0
 */
final class ScheduledBlockMailer {

	/**
	 * Sends the mail to the item's author, in the author's language.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post  $post   The item, now a draft.
	 * @param WP_Error $errors Why it was not published.
	 * @return bool Whether the mail was handed over.
	 */
	public static function send( WP_Post $post, WP_Error $errors ): bool {
		$author = get_userdata( (int) $post->post_author );
		if ( ! $author || ! is_email( $author->user_email ) ) {
			return false;
		}
		$switched = switch_to_user_locale( $author->ID );

		$subject = sprintf(
			/* translators: %s: item title. */
			__( '"%s" was not published at its scheduled time', 'ttdt-portal' ),
			wp_strip_all_tags( $post->post_title )
		);
		$body = sprintf(
			/* translators: 1: item title, 2: reasons, one per line, 3: edit link. */
			__( "The item \"%1\$s\" was scheduled for publication but was not published, and is now a draft:\n\n%2\$s\n\nPlease complete it and publish it again: %3\$s", 'ttdt-portal' ),
			wp_strip_all_tags( $post->post_title ),
			'- ' . implode( "\n- ", $errors->get_error_messages() ),
			get_edit_post_link( $post->ID, 'raw' ) ?? admin_url( 'post.php?post=' . $post->ID . '&action=edit' )
		);
		$sent = wp_mail( $author->user_email, $subject, $body );

		if ( $switched ) {
			restore_previous_locale();
		}
		return $sent;
	}
}
