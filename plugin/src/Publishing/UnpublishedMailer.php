<?php
/**
 * E-mails the writer when an item that went live breaking a rule was taken back.
 *
 * @package Ttdt
 */

namespace Ttdt\Publishing;

defined( 'ABSPATH' ) || exit;

use WP_Error;
use WP_Post;

/**
 * The item may have been published by code nobody watches (a plugin calling
 * `wp_publish_post()`): without this mail it would silently stay unpublished.
 *
 * @since 0.1.0
 */
final class UnpublishedMailer {

	/**
	 * Sends the mail to the item's author, in the author's language.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post  $post   The item, now back to draft or private.
	 * @param WP_Error $errors Why it may not be public.
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
			__( '"%s" was taken off the public page', 'ttdt-portal' ),
			wp_strip_all_tags( $post->post_title )
		);
		$body = sprintf(
			/* translators: 1: item title, 2: reasons, one per line, 3: edit link. */
			__( "The item \"%1\$s\" was published but breaks the publishing rules, so it was taken off the public page and is no longer live:\n\n%2\$s\n\nPlease complete it and publish it again: %3\$s", 'ttdt-portal' ),
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
