<?php
/**
 * E-mails the writer when the publishing rules kept an item off the public page.
 *
 * @package Ttdt
 */

namespace Ttdt\Publishing;

defined( 'ABSPATH' ) || exit;

use WP_Error;
use WP_Post;

/**
 * Both cases happen where nobody watches — cron publishing a scheduled item, or code calling
 * `wp_publish_post()` — so without this mail the item would silently stay unpublished.
 *
 * @since 0.1.0
 */
final class BlockedItemMailer {

	/**
	 * A scheduled item could not be published at its time and is now a draft.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post  $post   The item, now a draft.
	 * @param WP_Error $errors Why it was not published.
	 * @return bool Whether the mail was handed over.
	 */
	public static function scheduled_not_published( WP_Post $post, WP_Error $errors ): bool {
		return self::send(
			$post,
			$errors,
			static fn( string $title ): array => array(
				sprintf(
					/* translators: %s: item title. */
					__( '"%s" was not published at its scheduled time', 'ttdt-portal' ),
					$title
				),
				/* translators: 1: item title, 2: reasons, one per line, 3: edit link. */
				__( "The item \"%1\$s\" was scheduled for publication but was not published, and is now a draft:\n\n%2\$s\n\nPlease complete it and publish it again: %3\$s", 'ttdt-portal' ),
			)
		);
	}

	/**
	 * An item that went live breaking a rule was taken back to draft or private.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post  $post   The item, now back to draft or private.
	 * @param WP_Error $errors Why it may not be public.
	 * @return bool Whether the mail was handed over.
	 */
	public static function taken_off( WP_Post $post, WP_Error $errors ): bool {
		return self::send(
			$post,
			$errors,
			static fn( string $title ): array => array(
				sprintf(
					/* translators: %s: item title. */
					__( '"%s" was taken off the public page', 'ttdt-portal' ),
					$title
				),
				/* translators: 1: item title, 2: reasons, one per line, 3: edit link. */
				__( "The item \"%1\$s\" was published but breaks the publishing rules, so it was taken off the public page and is no longer live:\n\n%2\$s\n\nPlease complete it and publish it again: %3\$s", 'ttdt-portal' ),
			)
		);
	}

	/**
	 * Sends the mail to the item's author, in the author's language.
	 *
	 * @param WP_Post  $post    The item.
	 * @param WP_Error $errors  The rules it breaks.
	 * @param callable $compose Gives [ subject, body format ] for a title, called in the
	 *                          author's locale so both are translated for them.
	 * @return bool Whether the mail was handed over.
	 */
	private static function send( WP_Post $post, WP_Error $errors, callable $compose ): bool {
		$author = get_userdata( (int) $post->post_author );
		if ( ! $author || ! is_email( $author->user_email ) ) {
			return false;
		}
		$switched = switch_to_user_locale( $author->ID );

		$title                   = wp_strip_all_tags( $post->post_title );
		list( $subject, $format ) = $compose( $title );
		$body                    = sprintf(
			$format,
			$title,
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
