<?php
/**
 * Checks a draft's comment period and files.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Documents\MetaField;
use Ttdt\Publishing\PublishAttempt;
use Ttdt\Publishing\PublishGate;
use Ttdt\Support\WriteSide;
use WP_Error;
use WP_REST_Request;

/**
 * A REST save whose period ends before it begins, or whose files are not in the media
 * library, is refused with a 400 before anything is written. A draft is published only with
 * its period: the gate enforces that on every path (REST, screens, XML-RPC, cron), so no
 * published draft is left without a deadline for its form.
 *
 * @since 0.1.0
 */
final class DraftRules implements WriteSide {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'rest_pre_insert_' . DraftPostType::NAME, array( $this, 'check_rest' ), 20, 2 );
		add_filter( PublishGate::ERRORS_FILTER, array( $this, 'check_publish' ), 10, 2 );
	}

	/**
	 * Refuses a REST save of a draft whose fields do not fit together.
	 *
	 * @since 0.1.0
	 *
	 * @param \stdClass|WP_Error $prepared Post prepared for the database.
	 * @param WP_REST_Request    $request  The request.
	 * @return \stdClass|WP_Error
	 */
	public function check_rest( $prepared, $request ) {
		if ( is_wp_error( $prepared ) || ! $request instanceof WP_REST_Request ) {
			return $prepared;
		}
		$post_id = isset( $prepared->ID ) ? (int) $prepared->ID : 0;
		$sent    = is_array( $request['meta'] ) ? $request['meta'] : array();
		$read    = static function ( string $key, bool $single ) use ( $sent, $post_id ) {
			if ( array_key_exists( $key, $sent ) ) {
				return $sent[ $key ];
			}
			return $post_id ? get_post_meta( $post_id, $key, $single ) : ( $single ? '' : array() );
		};
		$opens  = (string) $read( DraftMeta::OPENS, true );
		$closes = (string) $read( DraftMeta::CLOSES, true );
		if ( '' !== $opens && '' !== $closes && $closes < $opens ) {
			return new WP_Error( 'ttdt_draft_period', __( 'The last day of the comment period is before the first day. Check both dates and save again.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		foreach ( array_map( 'intval', (array) $read( DraftMeta::FILES, false ) ) as $id ) {
			if ( 'attachment' !== get_post_type( $id ) ) {
				return new WP_Error(
					'ttdt_document_file',
					__( 'An attached file is not in the media library. Upload the file again and attach it.', 'ttdt-portal' ),
					array(
						'status' => 400,
						'field'  => DraftMeta::FILES,
					)
				);
			}
		}
		return $prepared;
	}

	/**
	 * A draft is published only with both days of its comment period, in order.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Error       $errors  Reasons found so far.
	 * @param PublishAttempt $attempt What is about to be published.
	 * @return WP_Error
	 */
	public function check_publish( $errors, $attempt ) {
		if ( ! $errors instanceof WP_Error || ! $attempt instanceof PublishAttempt || DraftPostType::NAME !== $attempt->post_type ) {
			return $errors;
		}
		$opens  = MetaField::sanitize_date( $attempt->meta( DraftMeta::OPENS ) );
		$closes = MetaField::sanitize_date( $attempt->meta( DraftMeta::CLOSES ) );
		if ( '' === $opens || '' === $closes || $closes < $opens ) {
			$errors->add(
				'ttdt_draft_period',
				__( 'The comment period is missing or in the wrong order: enter the first and the last day comments are accepted, then publish.', 'ttdt-portal' ),
				array(
					'status' => 400,
					'field'  => '' === $opens ? DraftMeta::OPENS : DraftMeta::CLOSES,
				)
			);
		}
		return $errors;
	}
}
