<?php
/**
 * Tests of the accent-insensitive search of documents and procedures.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Documents;

use Ttdt\Documents\DocumentMeta;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Documents\DocumentTaxonomies;
use Ttdt\Documents\ItemFinder;
use Ttdt\Documents\ProcedureMeta;
use Ttdt\Documents\ProcedurePostType;
use Ttdt\Documents\SearchIndex;
use Ttdt\Documents\SearchText;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Tests\Support\TestCase;
use WP_Query;

/**
 * Real items saved through `wp_insert_post()`, searched through `WP_Query` and the token table.
 */
final class SearchTest extends TestCase {

	/**
	 * Documents this test made.
	 *
	 * @var int[]
	 */
	private static array $made = array();

	/**
	 * Starts each test with no documents of its own.
	 */
	protected function setUp(): void {
		parent::setUp();
		self::$made = array();
	}

	/**
	 * Folding drops tone marks and diacritics, "đ" included, and splits on punctuation.
	 */
	public function test_folds_vietnamese_to_ascii_tokens(): void {
		$this->assertSame( 'quyet dinh so 12 qd ubnd', SearchText::fold( 'Quyết định số 12/QĐ-UBND' ) );
		$this->assertSame( array( 'dang', 'uy', 'xa', 'nghi', 'quyet' ), SearchText::tokens( 'Đảng uỷ xã — Nghị quyết; Đảng ủy' ) );
		// Decomposed input (base letter + combining marks) folds the same as composed input.
		$this->assertSame( SearchText::fold( 'Quyết định' ), SearchText::fold( "Quye\u{0302}\u{0301}t đi\u{0323}nh" ) );
		$this->assertSame( array(), SearchText::tokens( ' /-- ' ) );
	}

	/**
	 * A document is found by its number typed without accents, and only by words it has.
	 */
	public function test_finds_a_document_by_its_number_without_accents(): void {
		// A unique name of letters only: digits in it could match the numbers searched below.
		$type     = wp_insert_term( 'Quyết định thử ' . strtr( (string) wp_rand(), '0123456789', 'abcdefghij' ), DocumentTaxonomies::TYPE );
		$decision = self::document( '12/QĐ-UBND', 'Về việc ban hành quy chế tiếp công dân' );
		wp_set_object_terms( $decision, array( (int) $type['term_id'] ), DocumentTaxonomies::TYPE );
		$other = self::document( '13/QĐ-UBND', 'Về việc thành lập tổ công tác' );

		$this->assertSame( array( $decision ), self::search( 'quyet dinh 12' ) );
		$this->assertSame( array( $decision ), self::search( 'Quyết định số 12/QĐ-UBND' ) );
		$this->assertSame( array( $decision ), self::search( 'tiep cong dan' ) );
		// The last word may be the start of a word being typed.
		$this->assertSame( array( $decision ), self::search( 'quy che tiep cong d' ) );
		$this->assertSame( array( $other ), self::search( 'qd ubnd 13' ) );
		$this->assertSame( array(), self::search( 'quyet dinh 14' ) );
		$this->assertSame( array(), self::search( '%' ) );
	}

	/**
	 * The unfiltered library is paged by core's count of published documents instead of
	 * counting the whole sorted list; its pages still hold every published document once, and
	 * a filtered page still counts what it found.
	 */
	public function test_unfiltered_pages_are_counted_without_reading_every_row(): void {
		global $wpdb;
		self::document( '1/TB-UBND', 'Thông báo lịch tiếp công dân' );
		self::document( '2/TB-UBND', 'Thông báo nghỉ lễ' );
		self::document( '3/KH-UBND', 'Kế hoạch phòng chống thiên tai' );
		self::create_post(
			array(
				'post_type'   => DocumentPostType::NAME,
				'post_status' => 'draft',
			)
		);
		$published = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type = %s AND post_status = 'publish'", DocumentPostType::NAME ) ) );

		$first = ItemFinder::query( DocumentPostType::NAME, array( 'page' => 1 ), 2 );
		$this->assertStringNotContainsString( 'SQL_CALC_FOUND_ROWS', $first->request );
		$this->assertSame( count( $published ), $first->found_posts );
		$this->assertSame( (int) ceil( count( $published ) / 2 ), $first->max_num_pages );
		$seen = array();
		for ( $page = 1; $page <= $first->max_num_pages; $page++ ) {
			$query = ItemFinder::query( DocumentPostType::NAME, array( 'page' => $page ), 2 );
			$seen  = array_merge( $seen, wp_list_pluck( $query->posts, 'ID' ) );
		}
		sort( $published );
		sort( $seen );
		$this->assertSame( $published, $seen, 'Every published document on exactly one page.' );

		// The kept number follows publishing, unpublishing and deletion.
		$extra = self::document( '4/TB-UBND', 'Thông báo tuyển dụng' );
		$this->assertSame( count( $published ) + 1, ItemFinder::query( DocumentPostType::NAME, array( 'page' => 1 ), 2 )->found_posts );
		wp_update_post(
			array(
				'ID'          => $extra,
				'post_status' => 'draft',
			)
		);
		$this->assertSame( count( $published ), ItemFinder::query( DocumentPostType::NAME, array( 'page' => 1 ), 2 )->found_posts );
		wp_publish_post( $extra );
		wp_delete_post( $extra, true );
		$this->assertSame( count( $published ), ItemFinder::query( DocumentPostType::NAME, array( 'page' => 1 ), 2 )->found_posts );

		$filtered = ItemFinder::query( DocumentPostType::NAME, array( 'page' => 1, 'q' => 'thong bao ubnd' ), 1 );
		$this->assertGreaterThanOrEqual( 2, $filtered->found_posts );
		$this->assertSame( $filtered->found_posts, $filtered->max_num_pages );
	}

	/**
	 * The index follows a change of number made outside a save, and forgets a deleted item.
	 */
	public function test_index_follows_changes_and_deletion(): void {
		$id = self::document( '5/TB-UBND', 'Thông báo lịch tiếp công dân' );
		update_post_meta( $id, DocumentMeta::NUMBER, '7/TB-UBND' );
		$this->assertSame( array(), self::search( 'tb ubnd 5' ) );
		$this->assertSame( array( $id ), self::search( 'tb ubnd 7' ) );

		wp_delete_post( $id, true );
		global $wpdb;
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE post_id = %d', SearchIndex::table(), $id ) ) );
	}

	/**
	 * Items written while the index did not exist (before the update that brought it, or by a
	 * set-up that ran before the plugin started) are indexed when its table is made.
	 */
	public function test_items_written_before_the_index_are_indexed_when_it_is_made(): void {
		$id = self::document( '9/QĐ-UBND', 'Quyết định thành lập tổ công tác' );
		SearchIndex::forget( $id );
		$this->assertSame( array(), self::search( 'qd ubnd 9' ), 'Not in the index.' );

		delete_option( SearchIndex::VERSION_OPTION );
		SearchIndex::maybe_install();

		$this->assertSame( array( $id ), self::search( 'qd ubnd 9' ) );
		$this->assertSame( array( $id ), self::search( 'thanh lap to cong tac' ) );
	}

	/**
	 * A table made early on `init` (the tables come before the types' taxonomies) indexes its
	 * first batch once WordPress has loaded, with the items' type, body and field names.
	 */
	public function test_an_index_made_during_init_waits_for_the_taxonomies(): void {
		$id = self::document( '10/QĐ-UBND', 'Quyết định về tổ công tác' );
		$field = wp_insert_term( 'Lĩnh vực thử ' . strtr( (string) wp_rand(), '0123456789', 'abcdefghij' ), DocumentTaxonomies::FIELD );
		wp_set_object_terms( $id, array( (int) $field['term_id'] ), DocumentTaxonomies::FIELD );
		SearchIndex::forget( $id );
		delete_option( SearchIndex::VERSION_OPTION );

		$loaded = $GLOBALS['wp_actions']['wp_loaded'];
		unset( $GLOBALS['wp_actions']['wp_loaded'] );
		try {
			SearchIndex::maybe_install();
		} finally {
			$GLOBALS['wp_actions']['wp_loaded'] = $loaded;
		}
		$this->assertSame( array(), self::search( 'qd ubnd 10' ), 'Not indexed before WordPress has loaded.' );
		$this->assertSame( 10, has_action( 'wp_loaded', array( SearchIndex::class, 'backfill' ) ) );

		SearchIndex::backfill();
		$this->assertSame( array( $id ), self::search( 'linh vuc thu' ), 'Indexed with its field.' );
	}

	/**
	 * A library too large for one request (an update that brings the index to a portal of years
	 * of documents) is indexed a batch at a time: the first now, the rest by cron, each batch
	 * due again should its request die half-way.
	 */
	public function test_a_large_library_is_indexed_a_batch_at_a_time(): void {
		global $wpdb;
		// Written straight to the table, as an import does: nothing indexes them.
		$ids = array();
		for ( $i = 0; $i <= SearchIndex::BACKFILL_BATCH; $i++ ) {
			$wpdb->insert(
				$wpdb->posts,
				array(
					'post_type'             => DocumentPostType::NAME,
					'post_status'           => 'publish',
					'post_title'            => 'Văn bản nhập khẩu thư viện ' . $i,
					'post_content'          => '',
					'post_excerpt'          => '',
					'to_ping'               => '',
					'pinged'                => '',
					'post_content_filtered' => '',
				)
			);
			$ids[] = (int) $wpdb->insert_id;
		}
		$indexed = static fn(): int => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(DISTINCT post_id) FROM %i WHERE token = %s AND post_id >= %d', SearchIndex::table(), 'khau', $ids[0] ) );
		$retry_due_during_batch = null;
		$watch                  = static function ( $check, $object_ids ) use ( &$retry_due_during_batch ) {
			$retry_due_during_batch = $retry_due_during_batch ?? (bool) wp_next_scheduled( SearchIndex::BACKFILL_EVENT, array( 0 ) );
			return $check;
		};
		add_filter( 'update_post_metadata_cache', $watch, 10, 2 );

		delete_option( SearchIndex::VERSION_OPTION );
		SearchIndex::maybe_install();
		remove_filter( 'update_post_metadata_cache', $watch );

		$this->assertSame( SearchIndex::BACKFILL_BATCH, $indexed(), 'The first batch is indexed at once.' );
		$this->assertTrue( $retry_due_during_batch, 'While a batch runs, it is due again in case its request dies.' );
		$this->assertFalse( wp_next_scheduled( SearchIndex::BACKFILL_EVENT, array( 0 ) ), 'A finished batch is not due again.' );
		$next = $ids[ SearchIndex::BACKFILL_BATCH - 1 ];
		$this->assertNotFalse( wp_next_scheduled( SearchIndex::BACKFILL_EVENT, array( $next ) ), 'The next batch is scheduled.' );

		do_action( SearchIndex::BACKFILL_EVENT, $next );

		$this->assertSame( SearchIndex::BACKFILL_BATCH + 1, $indexed(), 'The cron event indexes the rest.' );
		$this->assertFalse( wp_next_scheduled( SearchIndex::BACKFILL_EVENT, array( end( $ids ) ) ), 'Nothing is left to schedule.' );
		self::$made = $ids;
		$this->assertSame( array( end( $ids ) ), self::search( 'nhap khau thu vien ' . SearchIndex::BACKFILL_BATCH ) );
	}

	/**
	 * Procedures are searched the same way, by name or national code.
	 */
	public function test_finds_a_procedure_by_name_or_code(): void {
		$id = self::create_post(
			array(
				'post_type'   => ProcedurePostType::NAME,
				'post_title'  => 'Đăng ký khai sinh',
				'post_status' => 'publish',
				'meta_input'  => array(
					ProcedureMeta::CODE    => '2.002871',
					ProvenanceMeta::SOURCE => 'Văn phòng UBND xã',
					ProvenanceMeta::WRITER => 'Nguyễn Văn Viết',
				),
			)
		)->ID;
		$query = ItemFinder::query( ProcedurePostType::NAME, ItemFinder::filters( ProcedurePostType::NAME, array( 'tt_q' => 'dang ky khai sinh' ) ), 10 );
		$this->assertContains( $id, wp_list_pluck( $query->posts, 'ID' ) );
		$query = ItemFinder::query( ProcedurePostType::NAME, ItemFinder::filters( ProcedurePostType::NAME, array( 'tt_q' => '2.002871' ) ), 10 );
		$this->assertSame( array( $id ), wp_list_pluck( $query->posts, 'ID' ) );
	}

	/**
	 * The filters read from an address keep only values that make sense.
	 */
	public function test_filters_drop_unknown_values(): void {
		$filters = ItemFinder::filters(
			DocumentPostType::NAME,
			array(
				'vb_q'       => '  quyet dinh  ',
				'vb_nam'     => '20x5',
				'vb_hieuluc' => 'deleted',
				'vb_loai'    => 'Quyết định',
				'vb_trang'   => '-3',
				'year'       => '2025',
			)
		);
		$this->assertSame(
			array(
				'q'    => 'quyet dinh',
				'type' => sanitize_title( 'Quyết định' ),
				'page' => 1,
			),
			$filters
		);
		$this->assertStringContainsString( 'vb_q=quyet%20dinh', ItemFinder::url( 'http://example.org/van-ban/', DocumentPostType::NAME, $filters, 1 ) );
		$this->assertStringContainsString( 'vb_trang=2', ItemFinder::url( 'http://example.org/van-ban/', DocumentPostType::NAME, $filters, 2 ) );
	}

	/**
	 * A published document with a number and title.
	 *
	 * @param string $number Number and symbol.
	 * @param string $title  Summary.
	 * @return int
	 */
	private static function document( string $number, string $title ): int {
		return self::$made[] = self::create_post(
			array(
				'post_type'   => DocumentPostType::NAME,
				'post_title'  => $title,
				'post_status' => 'publish',
				'meta_input'  => array(
					DocumentMeta::NUMBER    => $number,
					DocumentMeta::ISSUED    => '2025-01-02',
					ProvenanceMeta::SOURCE => 'Văn phòng UBND xã',
					ProvenanceMeta::WRITER => 'Nguyễn Văn Viết',
				),
			)
		)->ID;
	}

	/**
	 * IDs of the documents a search finds among those this test made (the site may hold others).
	 *
	 * @param string $search What was typed.
	 * @return int[]
	 */
	private static function search( string $search ): array {
		$query = new WP_Query(
			array(
				'post__in'       => self::$made,
				'post_type'      => DocumentPostType::NAME,
				'post_status'    => 'publish',
				'ttdt_search'    => $search,
				'fields'         => 'ids',
				'posts_per_page' => 10,
				'orderby'        => 'ID',
				'order'          => 'ASC',
			)
		);
		return array_map( 'intval', $query->posts );
	}
}
