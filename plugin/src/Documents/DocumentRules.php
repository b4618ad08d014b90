<?php
/**
 * Checks a document's fields together: dates in order, relations and files that exist, and
 * the fields a document must have before it is published.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Publishing\PublishAttempt;
use Ttdt\Publishing\PublishGate;
use Ttdt\Support\WriteSide;
use WP_Error;
use WP_Post;
use WP_REST_Request;

/**
 * The REST schema checks each field alone; these rules need several fields or other posts.
 * A REST save that breaks them is refused with a 400 before anything is written. The fields
 * a published document must have are a publishing rule, so the gate enforces them on every
 * path (REST, screens, XML-RPC, cron).
 *
 * @since 0.1.0
 */
final class DocumentRules implements WriteSide {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'rest_pre_insert_' . DocumentPostType::NAME, array( $this, 'check_document_rest' ), 20, 2 );
		add_filter( 'rest_pre_insert_' . ProcedurePostType::NAME, array( $this, 'check_procedure_rest' ), 20, 2 );
		add_filter( PublishGate::ERRORS_FILTER, array( $this, 'check_publish' ), 10, 2 );
	}

	/**
	 * Refuses a REST save of a document whose fields do not fit together.
	 *
	 * @since 0.1.0
	 *
	 * @param \stdClass|WP_Error $prepared Post prepared for the database.
	 * @param WP_REST_Request    $request  The request.
	 * @return \stdClass|WP_Error
	 */
	public function check_document_rest( $prepared, $request ) {
		if ( is_wp_error( $prepared ) || ! $request instanceof WP_REST_Request ) {
			return $prepared;
		}
		$post_id = isset( $prepared->ID ) ? (int) $prepared->ID : 0;
		$errors  = self::document_errors( $post_id, self::reader( $request, $post_id ) );
		return $errors->has_errors() ? $errors : $prepared;
	}

	/**
	 * Refuses a REST save of a procedure whose forms are not in the media library.
	 *
	 * @since 0.1.0
	 *
	 * @param \stdClass|WP_Error $prepared Post prepared for the database.
	 * @param WP_REST_Request    $request  The request.
	 * @return \stdClass|WP_Error
	 */
	public function check_procedure_rest( $prepared, $request ) {
		if ( is_wp_error( $prepared ) || ! $request instanceof WP_REST_Request ) {
			return $prepared;
		}
		$read   = self::reader( $request, isset( $prepared->ID ) ? (int) $prepared->ID : 0 );
		$errors = self::file_errors( (array) $read( ProcedureMeta::FORMS ), ProcedureMeta::FORMS );
		return $errors->has_errors() ? $errors : $prepared;
	}

	/**
	 * Reads a field as the save will leave it: sent in the request, else stored.
	 *
	 * @param WP_REST_Request $request The request.
	 * @param int             $post_id The item (0 when new).
	 * @return callable fn( string $key ): mixed
	 */
	private static function reader( WP_REST_Request $request, int $post_id ): callable {
		$sent  = is_array( $request['meta'] ) ? $request['meta'] : array();
		$lists = array_merge( DocumentMeta::RELATIONS, array( DocumentMeta::FILES, ProcedureMeta::FORMS ) );
		return static function ( string $key ) use ( $sent, $post_id, $lists ) {
			if ( array_key_exists( $key, $sent ) ) {
				return $sent[ $key ];
			}
			if ( ! $post_id ) {
				return in_array( $key, $lists, true ) ? array() : '';
			}
			return get_post_meta( $post_id, $key, ! in_array( $key, $lists, true ) );
		};
	}

	/**
	 * What is wrong with a document's dates, relations and files.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $post_id The document (0 when new).
	 * @param callable $value   Reads a field as it will be stored: fn( string $key ): mixed.
	 * @return WP_Error
	 */
	public static function document_errors( int $post_id, callable $value ): WP_Error {
		$errors    = new WP_Error();
		$issued    = (string) $value( DocumentMeta::ISSUED );
		$effective = (string) $value( DocumentMeta::EFFECTIVE );
		$expires   = (string) $value( DocumentMeta::EXPIRES );
		if ( '' !== $issued && '' !== $effective && $effective < $issued ) {
			$errors->add( 'ttdt_document_dates', __( 'The effective date is before the issue date. Check both dates and save again.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		$start = '' !== $effective ? $effective : $issued;
		if ( '' !== $start && '' !== $expires && $expires <= $start ) {
			$errors->add( 'ttdt_document_dates', __( 'The expiry date must be after the date the document takes effect. Correct the expiry date or leave it empty.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		foreach ( DocumentMeta::RELATIONS as $relation ) {
			foreach ( array_map( 'intval', (array) $value( $relation ) ) as $target ) {
				$post = get_post( $target );
				if ( ! $post instanceof WP_Post || DocumentPostType::NAME !== $post->post_type || 'trash' === $post->post_status ) {
					$errors->add( 'ttdt_document_relation', __( 'A related document does not exist. Choose the related document again from the documents library.', 'ttdt-portal' ), array( 'status' => 400 ) );
				} elseif ( $post_id && $target === $post_id ) {
					$errors->add( 'ttdt_document_relation', __( 'A document cannot replace, amend or supplement itself. Remove it from its own relations.', 'ttdt-portal' ), array( 'status' => 400 ) );
				} elseif ( $post_id && in_array( $post_id, MetaField::id_list( $target, $relation ), true ) ) {
					$errors->add( 'ttdt_document_relation', __( 'The related document already names this document the same way; two documents cannot replace each other. Remove one of the two relations.', 'ttdt-portal' ), array( 'status' => 400 ) );
				}
			}
		}
		$files = self::file_errors( (array) $value( DocumentMeta::FILES ), DocumentMeta::FILES );
		foreach ( $files->get_error_codes() as $code ) {
			$errors->add( $code, $files->get_error_message( $code ), $files->get_error_data( $code ) );
		}
		return $errors;
	}

	/**
	 * What is wrong with a list of attached files.
	 *
	 * @param mixed[] $ids IDs sent.
	 * @param string  $key Meta key.
	 * @return WP_Error
	 */
	private static function file_errors( array $ids, string $key ): WP_Error {
		$errors = new WP_Error();
		foreach ( array_map( 'intval', $ids ) as $id ) {
			if ( 'attachment' !== get_post_type( $id ) ) {
				$errors->add(
					'ttdt_document_file',
					__( 'An attached file is not in the media library. Upload the file again and attach it.', 'ttdt-portal' ),
					array(
						'status' => 400,
						'field'  => $key,
					)
				);
				break;
			}
		}
		return $errors;
	}

	/**
	 * A document is published only with its number and issue date.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Error       $errors  Reasons found so far.
	 * @param PublishAttempt $attempt What is about to be published.
	 * @return WP_Error
	 */
	public function check_publish( $errors, $attempt ) {
		if ( ! $errors instanceof WP_Error || ! $attempt instanceof PublishAttempt || DocumentPostType::NAME !== $attempt->post_type ) {
			return $errors;
		}
		if ( '' === trim( (string) $attempt->meta( DocumentMeta::NUMBER ) ) ) {
			$errors->add(
				'ttdt_document_number',
				__( 'The document number and symbol (số/ký hiệu) is missing: enter it, e.g. 12/QĐ-UBND, then publish.', 'ttdt-portal' ),
				array(
					'status' => 400,
					'field'  => DocumentMeta::NUMBER,
				)
			);
		}
		if ( '' === MetaField::sanitize_date( $attempt->meta( DocumentMeta::ISSUED ) ) ) {
			$errors->add(
				'ttdt_document_issued',
				__( 'The issue date (ngày ban hành) is missing: enter the date the document was signed, then publish.', 'ttdt-portal' ),
				array(
					'status' => 400,
					'field'  => DocumentMeta::ISSUED,
				)
			);
		}
		return $errors;
	}
}
