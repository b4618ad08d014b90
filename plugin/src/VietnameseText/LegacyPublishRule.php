<?php
/**
 * Keeps text still in a legacy Vietnamese encoding from being published.
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

use Ttdt\Publishing\PublishAttempt;
use Ttdt\Publishing\PublishGate;
use Ttdt\Support\WriteSide;
use WP_Error;

/**
 * Garbled TCVN3/VNI text ("Héi nghÞ") on the public page breaks Art. 8.1; it must be converted
 * to Unicode first. A rule of the publish gate, so every way of publishing is covered.
 *
 * @since 0.1.0
 */
final class LegacyPublishRule implements WriteSide {

	/**
	 * Error code of the rule.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ERROR_CODE = 'ttdt_legacy_encoding';

	/**
	 * Filter of the text meta keys checked besides title, content and excerpt.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const META_KEYS_FILTER = 'ttdt_legacy_text_meta_keys';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( PublishGate::ERRORS_FILTER, array( $this, 'check' ), 10, 2 );
	}

	/**
	 * Adds an error naming the fields still in a legacy encoding.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Error       $errors  Reasons found so far.
	 * @param PublishAttempt $attempt What is about to be published.
	 * @return WP_Error
	 */
	public function check( $errors, $attempt ) {
		if ( ! $errors instanceof WP_Error || ! $attempt instanceof PublishAttempt ) {
			return $errors;
		}
		$labels    = array();
		$fields    = array();
		$encodings = array();
		foreach ( $this->texts( $attempt ) as $name => $text ) {
			$encoding = LegacyText::detect( $text['value'] );
			if ( null !== $encoding ) {
				$fields[]               = $name;
				$labels[]               = $text['label'];
				$encodings[ $encoding ] = 'vni' === $encoding ? 'VNI' : 'TCVN3';
			}
		}
		if ( $fields ) {
			$errors->add(
				self::ERROR_CODE,
				sprintf(
					/* translators: 1: encoding names, e.g. "TCVN3", 2: fields, e.g. "title, content". */
					__( 'The text is still in an old Vietnamese encoding (%1$s) in: %2$s. Use the "Convert to Unicode" button, then publish again.', 'ttdt-portal' ),
					implode( ', ', $encodings ),
					implode( ', ', $labels )
				),
				array(
					'status'    => 400,
					'fields'    => $fields,
					'encodings' => array_keys( $encodings ),
				)
			);
		}
		return $errors;
	}

	/**
	 * The texts to check, by field name, with their labels.
	 *
	 * @param PublishAttempt $attempt The attempt.
	 * @return array<string, array{value: string, label: string}>
	 */
	private function texts( PublishAttempt $attempt ): array {
		$texts = array(
			'title'   => array(
				'value' => $attempt->field( 'post_title' ),
				'label' => _x( 'title', 'field with legacy-encoded text', 'ttdt-portal' ),
			),
			'content' => array(
				'value' => $attempt->field( 'post_content' ),
				'label' => _x( 'content', 'field with legacy-encoded text', 'ttdt-portal' ),
			),
			'excerpt' => array(
				'value' => $attempt->field( 'post_excerpt' ),
				'label' => _x( 'excerpt', 'field with legacy-encoded text', 'ttdt-portal' ),
			),
		);
		/**
		 * Filters the post meta keys whose text must not be in a legacy encoding when published.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, string> $meta_keys Meta key => label shown in the error.
		 * @param string                $post_type Post type.
		 */
		$meta_keys = (array) apply_filters(
			self::META_KEYS_FILTER,
			array(
				'ttdt_source' => _x( 'source', 'field with legacy-encoded text', 'ttdt-portal' ),
				'ttdt_writer' => _x( 'writer', 'field with legacy-encoded text', 'ttdt-portal' ),
			),
			$attempt->post_type
		);
		foreach ( $meta_keys as $key => $label ) {
			$value = $attempt->meta( (string) $key );
			if ( is_string( $value ) && '' !== $value ) {
				$texts[ (string) $key ] = array(
					'value' => $value,
					'label' => (string) $label,
				);
			}
		}
		return $texts;
	}
}
