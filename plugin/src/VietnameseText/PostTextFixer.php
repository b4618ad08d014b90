<?php
/**
 * Converts a stored post's legacy-encoded text to Unicode in place.
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

use Ttdt\Publishing\PublishAttempt;
use Ttdt\Publishing\PublishGate;
use WP_Error;
use WP_Post;

/**
 * The one-click fix for existing content: title, content, excerpt and text meta. The post is
 * saved through `wp_update_post()`, so a revision keeps the text as it was.
 *
 * @since 0.1.0
 */
final class PostTextFixer {

	/**
	 * Post fields => names used in responses.
	 *
	 * @var array<string, string>
	 */
	private const FIELDS = array(
		'post_title'   => 'title',
		'post_content' => 'content',
		'post_excerpt' => 'excerpt',
	);

	/**
	 * Whether the post seems to have text in a legacy encoding, judged on a bounded sample of
	 * each field and text meta value: the list of posts asks this of every row, and one huge
	 * draft must not make the list slow or fail for everybody. Publishing and converting read
	 * the whole text.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post Post.
	 * @return bool
	 */
	public static function needs_fix( WP_Post $post ): bool {
		foreach ( array_keys( self::FIELDS ) as $field ) {
			if ( null !== LegacyText::detect_sample( (string) $post->$field ) ) {
				return true;
			}
		}
		foreach ( self::text_meta( $post ) as $value ) {
			if ( null !== LegacyText::detect_sample( $value ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Converts the post's text.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post Post.
	 * @return array{encoding: string|null, fields: string[]}|WP_Error What was converted, or
	 *                                                               why nothing could be.
	 */
	public static function fix( WP_Post $post ) {
		$changes  = array();
		$encoding = null;
		foreach ( self::FIELDS as $field => $name ) {
			$result = LegacyText::convert( (string) $post->$field );
			if ( null !== $result['encoding'] ) {
				$changes[ $field ] = $result['text'];
				$encoding        ??= $result['encoding'];
			}
		}
		$meta = self::meta_changes( $post );
		if ( ! $changes && ! $meta ) {
			return array(
				'encoding' => null,
				'fields'   => array(),
			);
		}

		$blocked = self::publish_errors( $post, $changes, $meta );
		if ( $blocked->has_errors() ) {
			return new WP_Error(
				'ttdt_text_fix_blocked',
				sprintf(
					/* translators: %s: the publishing checks that fail, each a sentence. */
					__( 'The text was not converted: this published item would have to be taken offline, because: %s Open it in the editor, complete it and convert it there.', 'ttdt-portal' ),
					implode( ' ', $blocked->get_error_messages() )
				),
				array( 'status' => 409 )
			);
		}

		// Meta first: when the post is saved the publish checks read the stored meta.
		foreach ( $meta as $key => $value ) {
			update_post_meta( $post->ID, wp_slash( $key ), wp_slash( $value['text'] ) );
			$encoding ??= $value['encoding'];
		}
		if ( $changes ) {
			$updated = wp_update_post( wp_slash( array( 'ID' => $post->ID ) + $changes ), true );
			if ( is_wp_error( $updated ) ) {
				return $updated;
			}
		}
		return array(
			'encoding' => $encoding,
			'fields'   => array_merge( array_values( array_intersect_key( self::FIELDS, $changes ) ), array_keys( $meta ) ),
		);
	}

	/**
	 * Converted single string meta values (not protected `_` keys), by key.
	 *
	 * @param WP_Post $post Post.
	 * @return array<string, array{text: string, encoding: string|null}>
	 */
	private static function meta_changes( WP_Post $post ): array {
		$changes = array();
		foreach ( self::text_meta( $post ) as $key => $value ) {
			$result = LegacyText::convert( $value );
			if ( null !== $result['encoding'] ) {
				$changes[ $key ] = $result;
			}
		}
		return $changes;
	}

	/**
	 * Single string meta values (not protected `_` keys), by key.
	 *
	 * @param WP_Post $post Post.
	 * @return array<string, string>
	 */
	private static function text_meta( WP_Post $post ): array {
		$texts = array();
		foreach ( (array) get_post_meta( $post->ID ) as $key => $values ) {
			$key = (string) $key;
			if ( is_protected_meta( $key, 'post' ) || ! is_array( $values ) || 1 !== count( $values ) ) {
				continue;
			}
			$value = maybe_unserialize( $values[0] );
			if ( is_string( $value ) ) {
				$texts[ $key ] = $value;
			}
		}
		return $texts;
	}

	/**
	 * What the publish gate would object to if the converted post were saved while live (a
	 * live item that breaks a rule is taken offline on a non-REST save).
	 *
	 * @param WP_Post                                                   $post    Post.
	 * @param array<string, string>                                     $changes Converted fields.
	 * @param array<string, array{text: string, encoding: string|null}> $meta    Converted meta.
	 * @return WP_Error
	 */
	private static function publish_errors( WP_Post $post, array $changes, array $meta ): WP_Error {
		if ( ! $changes || ! in_array( $post->post_status, array( 'publish', 'future' ), true ) || ! in_array( $post->post_type, PublishGate::post_types(), true ) ) {
			return new WP_Error();
		}
		$attempt = new PublishAttempt(
			'admin',
			$post->ID,
			array_merge( $post->to_array(), $changes ),
			$post->post_status,
			wp_list_pluck( $meta, 'text' )
		);
		return PublishGate::errors_for( $attempt );
	}
}
