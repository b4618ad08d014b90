<?php
/**
 * Stores titles, content, excerpts and post meta as Unicode NFC, whatever the input.
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * Art. 8.1: text is Unicode per TCVN 6909:2001. Decomposed input (macOS, some tools) is
 * composed on every path that writes a post (`wp_insert_post()` serves REST, classic screens,
 * quick edit, XML-RPC and importers) and for every post meta value, whoever registered it.
 *
 * @since 0.1.0
 */
final class TextNormalizer implements Hookable {

	/**
	 * Post fields holding text.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const POST_FIELDS = array( 'post_title', 'post_content', 'post_excerpt' );

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// Early, so later filters (the publish gate's checks) see the stored form.
		add_filter( 'wp_insert_post_data', array( $this, 'normalize_post' ), 5 );
		add_filter( 'wp_insert_attachment_data', array( $this, 'normalize_post' ), 5 );
		add_filter( 'add_post_metadata', array( $this, 'add_meta' ), 5, 5 );
		add_filter( 'update_post_metadata', array( $this, 'update_meta' ), 5, 5 );
		add_filter( 'pre_comment_content', array( Nfc::class, 'normalize_deep' ) );
		add_filter( 'pre_term_name', array( Nfc::class, 'normalize_deep' ) );
		add_filter( 'pre_term_description', array( Nfc::class, 'normalize_deep' ) );
	}

	/**
	 * Normalises the text fields of a post about to be written.
	 *
	 * Slashed values are safe to normalise: backslashes and quotes never combine with marks.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data Slashed post data.
	 * @return array<string, mixed>
	 */
	public function normalize_post( $data ) {
		if ( ! is_array( $data ) ) {
			return $data;
		}
		foreach ( self::POST_FIELDS as $field ) {
			if ( isset( $data[ $field ] ) && is_string( $data[ $field ] ) ) {
				$data[ $field ] = Nfc::normalize( $data[ $field ] );
			}
		}
		return $data;
	}

	/**
	 * Adds a meta value in NFC instead of the one given, when they differ.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $check      Null, or a value that short-circuits the addition.
	 * @param int    $object_id  Post ID.
	 * @param string $meta_key   Meta key (unslashed).
	 * @param mixed  $meta_value Meta value (unslashed, sanitised).
	 * @param bool   $unique     Whether the key must be unique.
	 * @return mixed
	 */
	public function add_meta( $check, $object_id, $meta_key, $meta_value, $unique ) {
		if ( null !== $check ) {
			return $check;
		}
		$normalized = Nfc::normalize_deep( $meta_value );
		if ( $normalized === $meta_value ) {
			return null;
		}
		return add_metadata( 'post', (int) $object_id, wp_slash( (string) $meta_key ), wp_slash( $normalized ), (bool) $unique );
	}

	/**
	 * Updates a meta value in NFC instead of the one given, when they differ.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $check      Null, or a value that short-circuits the update.
	 * @param int    $object_id  Post ID.
	 * @param string $meta_key   Meta key (unslashed).
	 * @param mixed  $meta_value Meta value (unslashed, sanitised).
	 * @param mixed  $prev_value Only update rows with this value, when given.
	 * @return mixed
	 */
	public function update_meta( $check, $object_id, $meta_key, $meta_value, $prev_value ) {
		if ( null !== $check ) {
			return $check;
		}
		$normalized = Nfc::normalize_deep( $meta_value );
		if ( $normalized === $meta_value ) {
			return null;
		}
		// The NFC value is already stored: nothing to write, and saying so keeps callers such as
		// the REST API from reporting a failed update.
		$stored = get_metadata( 'post', (int) $object_id, (string) $meta_key, false );
		if ( is_array( $stored ) && array( $normalized ) === $stored ) {
			return true;
		}
		return update_metadata( 'post', (int) $object_id, wp_slash( (string) $meta_key ), wp_slash( $normalized ), Nfc::normalize_deep( $prev_value ) );
	}
}
