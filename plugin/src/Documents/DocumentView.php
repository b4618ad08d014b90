<?php
/**
 * What the public blocks show of a document or procedure, ready to escape and print.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Confidentiality\ConfidentialFlag;
use Ttdt\Settings\DateFormats;
use WP_Post;

/**
 * Reads and formats; never prints. The block templates escape what they print.
 *
 * @since 0.1.0
 */
final class DocumentView {

	/**
	 * A stored date as the plugin writes it (dd/mm/yyyy, {@see DateFormats::DATE}), or empty.
	 *
	 * @since 0.1.0
	 *
	 * @param string $ymd `YYYY-MM-DD`.
	 * @return string
	 */
	public static function date( string $ymd ): string {
		if ( '' === MetaField::sanitize_date( $ymd ) ) {
			return '';
		}
		$day = date_create_immutable( $ymd . ' 12:00:00', wp_timezone() );
		return $day ? (string) wp_date( DateFormats::DATE, $day->getTimestamp() ) : '';
	}

	/**
	 * The names of an item's terms in a taxonomy, comma separated.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id  Item.
	 * @param string $taxonomy Taxonomy.
	 * @return string
	 */
	public static function terms( int $post_id, string $taxonomy ): string {
		$terms = get_the_terms( $post_id, $taxonomy );
		return is_array( $terms ) ? implode( ', ', wp_list_pluck( $terms, 'name' ) ) : '';
	}

	/**
	 * The attached files of an item: name, address, kind and size.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id Item.
	 * @param string $key     `DocumentMeta::FILES` or `ProcedureMeta::FORMS`.
	 * @return array<int, array{title: string, url: string, kind: string, size: string}>
	 */
	public static function files( int $post_id, string $key ): array {
		$files = array();
		$ids   = MetaField::id_list( $post_id, $key );
		// The files and their marks in two queries, not two per file.
		_prime_post_caches( $ids, false, true );
		foreach ( $ids as $id ) {
			// A confidential file is not named on a public page: its title may say too much.
			if ( 'attachment' !== get_post_type( $id ) || ConfidentialFlag::is_marked( $id ) ) {
				continue;
			}
			$url  = wp_get_attachment_url( $id );
			$path = get_attached_file( $id );
			if ( ! $url ) {
				continue;
			}
			$files[] = array(
				'title' => get_the_title( $id ) ? get_the_title( $id ) : wp_basename( $url ),
				'url'   => $url,
				'kind'  => strtoupper( (string) pathinfo( $url, PATHINFO_EXTENSION ) ),
				'size'  => $path && is_readable( $path ) ? size_format( (int) filesize( $path ) ) : '',
			);
		}
		return $files;
	}

	/**
	 * The relations of a document, both ways, for its page: label => documents.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Document.
	 * @return array<string, WP_Post[]>
	 */
	public static function relations( int $post_id ): array {
		$relations = array(
			__( 'Replaced by', 'ttdt-portal' )      => Relations::sources( $post_id, DocumentMeta::REPLACES ),
			__( 'Amended by', 'ttdt-portal' )       => Relations::sources( $post_id, DocumentMeta::AMENDS ),
			__( 'Supplemented by', 'ttdt-portal' )  => Relations::sources( $post_id, DocumentMeta::SUPPLEMENTS ),
			__( 'Replaces', 'ttdt-portal' )         => Relations::targets( $post_id, DocumentMeta::REPLACES ),
			__( 'Amends', 'ttdt-portal' )           => Relations::targets( $post_id, DocumentMeta::AMENDS ),
			__( 'Supplements', 'ttdt-portal' )      => Relations::targets( $post_id, DocumentMeta::SUPPLEMENTS ),
		);
		return array_filter( $relations );
	}

	/**
	 * How a related document is named in a list: number and summary.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post Document.
	 * @return string
	 */
	public static function name( WP_Post $post ): string {
		$number = (string) get_post_meta( $post->ID, DocumentMeta::NUMBER, true );
		$title  = get_the_title( $post );
		return '' !== $number ? $number . ' — ' . $title : $title;
	}
}
