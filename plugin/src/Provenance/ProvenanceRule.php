<?php
/**
 * The publishing rule of Article 7.1: every news item states its source and its writer,
 * except a reader's contribution.
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

use Ttdt\Publishing\PublishAttempt;
use Ttdt\Publishing\PublishGate;
use Ttdt\Support\WriteSide;
use WP_Error;

/**
 * A rule of the publish gate, so it holds on every path the gate guards (REST, classic
 * screens, quick edit, XML-RPC, scheduled publishing).
 *
 * @since 0.1.0
 */
final class ProvenanceRule implements WriteSide {

	/**
	 * Error code when the source is missing.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MISSING_SOURCE = 'ttdt_missing_source';

	/**
	 * Error code when the writer is missing.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MISSING_WRITER = 'ttdt_missing_writer';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( PublishGate::ERRORS_FILTER, array( $this, 'check' ), 10, 2 );
	}

	/**
	 * Adds one error per missing field.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Error       $errors  Reasons found so far.
	 * @param PublishAttempt $attempt What is about to be published.
	 * @return WP_Error
	 */
	public function check( $errors, $attempt ) {
		if ( ! $errors instanceof WP_Error || ! $attempt instanceof PublishAttempt || ! ProvenanceMeta::applies_to( $attempt->post_type ) ) {
			return $errors;
		}
		if ( rest_sanitize_boolean( $attempt->meta( ProvenanceMeta::IS_READER_CONTRIBUTION ) ) ) {
			return $errors;
		}
		if ( self::is_blank( $attempt->meta( ProvenanceMeta::SOURCE ) ) ) {
			$errors->add(
				self::MISSING_SOURCE,
				__( 'The source (nguồn tin) is missing: enter where the information comes from, or mark the item as a reader\'s contribution.', 'ttdt-portal' ),
				array(
					'status' => 400,
					'field'  => ProvenanceMeta::SOURCE,
				)
			);
		}
		if ( self::is_blank( $attempt->meta( ProvenanceMeta::WRITER ) ) ) {
			$errors->add(
				self::MISSING_WRITER,
				__( 'The writer (người viết) is missing: enter the name of the person who wrote the item.', 'ttdt-portal' ),
				array(
					'status' => 400,
					'field'  => ProvenanceMeta::WRITER,
				)
			);
		}
		return $errors;
	}

	/**
	 * Whether a value says nothing: missing, not text, or only spaces.
	 *
	 * @param mixed $value Value sent or stored.
	 * @return bool
	 */
	private static function is_blank( $value ): bool {
		return ! is_scalar( $value ) || '' === ProvenanceMeta::sanitize_text( $value );
	}
}
