<?php
/**
 * Tests of the indexed copy of documents' dates and of the library's order, year filter,
 * standings and year list read through it.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Documents;

use Ttdt\Documents\DocumentDates;
use Ttdt\Documents\DocumentMeta;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Documents\DocumentYears;
use Ttdt\Documents\ItemFinder;
use Ttdt\Documents\Relations;
use Ttdt\Documents\SearchQuery;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Tests\Support\TestCase;
use WP_Query;

/**
 * Real documents saved through `wp_insert_post()`; the copy is read back with SQL and through
 * the same queries the `ttdt/documents` block runs.
 */
final class LibraryIndexTest extends TestCase {

	/**
	 * The copy follows a save, a date changed outside a save, and deletion.
	 */
	public function test_copy_follows_the_dates(): void {
		$id = self::document( '7/QĐ-UBND', '2024-05-06', array( DocumentMeta::EFFECTIVE => '2099-01-01' ) );
		$this->assertSame( array( '2024-05-06', '2099-01-01', null ), self::row( $id ) );

		update_post_meta( $id, DocumentMeta::EFFECTIVE, '2099-02-02' );
		$this->assertSame( array( '2024-05-06', '2099-02-02', null ), self::row( $id ) );
		add_post_meta( $id, DocumentMeta::EXPIRES, '2099-12-31' );
		$this->assertSame( array( '2024-05-06', '2099-02-02', '2099-12-31' ), self::row( $id ) );
		delete_post_meta( $id, DocumentMeta::EFFECTIVE );
		$this->assertSame( array( '2024-05-06', null, '2099-12-31' ), self::row( $id ) );

		wp_delete_post( $id, true );
		$this->assertNull( self::row( $id ) );
	}

	/**
	 * The standing filter reads the copy: a date moved outside a save moves the document.
	 */
	public function test_standing_filter_follows_changed_dates(): void {
		$id = self::document( '8/KH-UBND', '2024-01-02', array( DocumentMeta::EFFECTIVE => '2099-01-01' ) );
		$this->assertSame( array( $id ), self::with_standing( Relations::NOT_YET, $id ) );
		$this->assertSame( array(), self::with_standing( Relations::IN_FORCE, $id ) );

		update_post_meta( $id, DocumentMeta::EFFECTIVE, '2024-01-10' );
		update_post_meta( $id, DocumentMeta::EXPIRES, '2024-06-30' );
		$this->assertSame( array( $id ), self::with_standing( Relations::EXPIRED, $id ) );
		$this->assertSame( array(), self::with_standing( Relations::NOT_YET, $id ) );
		$this->assertSame( Relations::EXPIRED, Relations::standing( $id ) );
	}

	/**
	 * The library lists newest issue date first, keeps one year when asked, and its year list
	 * follows a document published in a new year.
	 */
	public function test_library_order_year_and_years(): void {
		$year  = 1990 + wp_rand( 0, 5 );
		$older = self::document( '1/TB-UBND', $year . '-02-01' );
		$newer = self::document( '2/TB-UBND', $year . '-11-20' );
		self::document( '3/TB-UBND', ( $year + 1 ) . '-01-05' );

		$query = ItemFinder::query( DocumentPostType::NAME, ItemFinder::filters( DocumentPostType::NAME, array( 'vb_nam' => (string) $year ) ), 50 );
		$this->assertSame( array( $newer, $older ), wp_list_pluck( $query->posts, 'ID' ) );

		$this->assertContains( $year, DocumentYears::all() );
		$draft = self::document( '4/TB-UBND', '1989-03-03', array(), 'draft' );
		$this->assertNotContains( 1989, DocumentYears::all() );
		wp_publish_post( $draft );
		$this->assertSame( 'publish', get_post_status( $draft ) );
		$this->assertContains( 1989, DocumentYears::all(), 'A new year shows once a document of that year is published.' );
	}

	/**
	 * Standings primed for a list agree with each document's own answer.
	 */
	public function test_primed_standings_agree(): void {
		$old = self::document( '5/QĐ-UBND', '2023-01-01' );
		$new = self::document( '6/QĐ-UBND', '2024-01-01', array( DocumentMeta::REPLACES => $old ) );
		Relations::prime_replaced( array( $old, $new ) );
		$this->assertSame( Relations::REPLACED, Relations::standing( $old ) );
		$this->assertSame( Relations::IN_FORCE, Relations::standing( $new ) );
	}

	/**
	 * A document, published unless told.
	 *
	 * @param string               $number Number and symbol.
	 * @param string               $issued Issue date.
	 * @param array<string, mixed> $meta   More fields.
	 * @param string               $status Status.
	 * @return int
	 */
	private static function document( string $number, string $issued, array $meta = array(), string $status = 'publish' ): int {
		return self::create_post(
			array(
				'post_type'   => DocumentPostType::NAME,
				'post_status' => $status,
				'post_title'  => 'Văn bản ' . $number,
				'meta_input'  => $meta + array(
					DocumentMeta::NUMBER   => $number,
					DocumentMeta::ISSUED   => $issued,
					ProvenanceMeta::SOURCE => 'Văn phòng UBND xã',
					ProvenanceMeta::WRITER => 'Nguyễn Văn Viết',
				),
			)
		)->ID;
	}

	/**
	 * A document's row in the copy: issued, effective, expires; null when it has none.
	 *
	 * @param int $id Document.
	 * @return array<int, string|null>|null
	 */
	private static function row( int $id ): ?array {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- reads the table under test.
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT issued, effective, expires FROM %i WHERE post_id = %d', DocumentDates::table(), $id ), ARRAY_N );
		return is_array( $row ) ? $row : null;
	}

	/**
	 * Whether a document has a standing today, as the list's filter finds it.
	 *
	 * @param string $standing Standing.
	 * @param int    $id       Document.
	 * @return int[]
	 */
	private static function with_standing( string $standing, int $id ): array {
		$query = new WP_Query(
			array(
				'post_type'           => DocumentPostType::NAME,
				'post__in'            => array( $id ),
				'fields'              => 'ids',
				SearchQuery::STANDING => $standing,
			)
		);
		return array_map( 'intval', $query->posts );
	}
}
