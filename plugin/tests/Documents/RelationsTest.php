<?php
/**
 * Tests of relations between documents, their standing and the rules on their fields.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Documents;

use Ttdt\Documents\DocumentMeta;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Documents\DocumentRules;
use Ttdt\Documents\MetaField;
use Ttdt\Documents\Relations;
use Ttdt\Documents\SearchQuery;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Tests\Support\TestCase;
use WP_Query;

/**
 * Real documents; the inverse relation is read back, never stored.
 */
final class RelationsTest extends TestCase {

	/**
	 * A published document that replaces another marks it replaced; a draft does not.
	 */
	public function test_replaced_by_is_derived_from_published_documents_only(): void {
		$old   = self::document( '1/QĐ-UBND', 'publish' );
		$draft = self::document( '2/QĐ-UBND', 'draft', array( DocumentMeta::REPLACES => $old ) );
		$this->assertSame( Relations::IN_FORCE, Relations::standing( $old, '2025-06-01' ) );
		$this->assertSame( array(), Relations::sources( $old, DocumentMeta::REPLACES ) );

		$new = self::document( '3/QĐ-UBND', 'publish', array( DocumentMeta::REPLACES => $old ) );
		$this->assertSame( Relations::REPLACED, Relations::standing( $old, '2025-06-01' ) );
		$this->assertSame( array( $new ), wp_list_pluck( Relations::sources( $old, DocumentMeta::REPLACES ), 'ID' ) );
		$this->assertSame( array( $old ), wp_list_pluck( Relations::targets( $new, DocumentMeta::REPLACES ), 'ID' ) );
		// Nothing was written on the older document.
		$this->assertSame( array(), get_post_meta( $old, DocumentMeta::REPLACES, false ) );
		$this->assertNotSame( 0, $draft );

		// The standing filter of the list agrees with the page.
		$this->assertSame( array( $old ), self::with_standing( Relations::REPLACED, array( $old, $new ) ) );
		$this->assertSame( array( $new ), self::with_standing( Relations::IN_FORCE, array( $old, $new ) ) );
	}

	/**
	 * Expired and not-yet-effective documents stay listed and say so.
	 */
	public function test_standing_follows_the_dates(): void {
		$id = self::document(
			'4/KH-UBND',
			'publish',
			array(
				DocumentMeta::EFFECTIVE => '2025-02-01',
				DocumentMeta::EXPIRES   => '2025-12-31',
			)
		);
		$this->assertSame( Relations::NOT_YET, Relations::standing( $id, '2025-01-15' ) );
		$this->assertSame( Relations::IN_FORCE, Relations::standing( $id, '2025-12-31' ) );
		$this->assertSame( Relations::EXPIRED, Relations::standing( $id, '2026-01-01' ) );
		$this->assertSame( 'publish', get_post_status( $id ) );
	}

	/**
	 * Dates out of order, relations to nothing, to itself or both ways are refused.
	 */
	public function test_rules_refuse_fields_that_do_not_fit(): void {
		$old   = self::document( '5/QĐ-UBND', 'publish' );
		$page  = self::create_post( array( 'post_type' => 'page' ) )->ID;
		$codes = static function ( int $post_id, array $fields ): array {
			return DocumentRules::document_errors(
				$post_id,
				static fn( string $key ) => $fields[ $key ] ?? ( in_array( $key, array_merge( DocumentMeta::RELATIONS, array( DocumentMeta::FILES ) ), true ) ? array() : '' )
			)->get_error_codes();
		};
		$this->assertSame( array(), $codes( 0, array( DocumentMeta::ISSUED => '2025-01-01', DocumentMeta::EFFECTIVE => '2025-01-01', DocumentMeta::REPLACES => array( $old ) ) ) );
		$this->assertSame( array( 'ttdt_document_dates' ), $codes( 0, array( DocumentMeta::ISSUED => '2025-02-01', DocumentMeta::EFFECTIVE => '2025-01-01' ) ) );
		$this->assertSame( array( 'ttdt_document_dates' ), $codes( 0, array( DocumentMeta::ISSUED => '2025-02-01', DocumentMeta::EXPIRES => '2025-02-01' ) ) );
		$this->assertSame( array( 'ttdt_document_relation' ), $codes( 0, array( DocumentMeta::AMENDS => array( $page ) ) ) );
		$this->assertSame( array( 'ttdt_document_relation' ), $codes( $old, array( DocumentMeta::REPLACES => array( $old ) ) ) );
		$this->assertSame( array( 'ttdt_document_file' ), $codes( 0, array( DocumentMeta::FILES => array( $page ) ) ) );

		$newer = self::document( '6/QĐ-UBND', 'publish', array( DocumentMeta::REPLACES => $old ) );
		$this->assertSame( array( 'ttdt_document_relation' ), $codes( $old, array( DocumentMeta::REPLACES => array( $newer ) ) ) );
	}

	/**
	 * Dates that are not calendar dates are not stored, on any path.
	 */
	public function test_dates_are_stored_only_when_real(): void {
		$this->assertSame( '2024-02-29', MetaField::sanitize_date( ' 2024-02-29 ' ) );
		$this->assertSame( '', MetaField::sanitize_date( '2025-02-29' ) );
		$this->assertSame( '', MetaField::sanitize_date( '01/02/2025' ) );
		$id = self::document( '7/QĐ-UBND', 'draft', array( DocumentMeta::EXPIRES => '2025-13-01' ) );
		$this->assertSame( '', get_post_meta( $id, DocumentMeta::EXPIRES, true ) );
	}

	/**
	 * A document of the given status.
	 *
	 * @param string               $number Number and symbol.
	 * @param string               $status Status.
	 * @param array<string, mixed> $meta   More fields.
	 * @return int
	 */
	private static function document( string $number, string $status, array $meta = array() ): int {
		return self::create_post(
			array(
				'post_type'   => DocumentPostType::NAME,
				'post_status' => $status,
				'meta_input'  => $meta + array(
					DocumentMeta::NUMBER   => $number,
					DocumentMeta::ISSUED   => '2025-01-02',
					ProvenanceMeta::SOURCE => 'Văn phòng UBND xã',
					ProvenanceMeta::WRITER => 'Nguyễn Văn Viết',
				),
			)
		)->ID;
	}

	/**
	 * Which of some documents have a standing today.
	 *
	 * @param string $standing Standing.
	 * @param int[]  $among    Documents.
	 * @return int[]
	 */
	private static function with_standing( string $standing, array $among ): array {
		$query = new WP_Query(
			array(
				'post_type'           => DocumentPostType::NAME,
				'post__in'            => $among,
				'fields'              => 'ids',
				'orderby'             => 'ID',
				'order'               => 'ASC',
				SearchQuery::STANDING => $standing,
			)
		);
		return array_map( 'intval', $query->posts );
	}
}
