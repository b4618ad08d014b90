<?php
/**
 * Tests of the public lists' filter choices kept between page views.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Documents;

use Ttdt\Documents\DocumentMeta;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Documents\DocumentTaxonomies;
use Ttdt\Documents\FilterChoices;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Tests\Support\TestCase;

/**
 * The kept choices must be what `get_terms()` would say now, after every kind of change.
 */
final class FilterChoicesTest extends TestCase {

	public function test_kept_choices_cost_no_query(): void {
		global $wpdb;
		FilterChoices::of( array( DocumentTaxonomies::TYPE ) );

		$before  = $wpdb->num_queries;
		$choices = FilterChoices::of( array( DocumentTaxonomies::FIELD, DocumentTaxonomies::BODY, 'category' ) );

		$this->assertSame( $before, $wpdb->num_queries );
		$this->assertSame( array( DocumentTaxonomies::FIELD, DocumentTaxonomies::BODY ), array_keys( $choices ), 'Only the lists\' taxonomies, in the order asked.' );
		$this->assertArrayHasKey( FilterChoices::OPTION, wp_load_alloptions(), 'Kept where WordPress reads its options anyway.' );
	}

	public function test_choices_follow_items_and_terms(): void {
		$type = wp_insert_term( 'Chỉ thị thử', DocumentTaxonomies::TYPE, array( 'slug' => 'chi-thi-thu' ) );
		$this->assertArrayNotHasKey( 'chi-thi-thu', $this->types(), 'A type without documents is not offered.' );

		$document = $this->document();
		wp_set_object_terms( $document, array( (int) $type['term_id'] ), DocumentTaxonomies::TYPE );
		$this->assertSame( 'Chỉ thị thử', $this->types()['chi-thi-thu'] ?? null, 'Offered once a published document has it.' );

		wp_update_term( (int) $type['term_id'], DocumentTaxonomies::TYPE, array( 'name' => 'Chỉ thị (thử)' ) );
		$this->assertSame( 'Chỉ thị (thử)', $this->types()['chi-thi-thu'] ?? null, 'Renamed.' );

		wp_update_post(
			array(
				'ID'          => $document,
				'post_status' => 'draft',
			)
		);
		$this->assertArrayNotHasKey( 'chi-thi-thu', $this->types(), 'Its only document unpublished.' );

		wp_publish_post( $document );
		$this->assertArrayHasKey( 'chi-thi-thu', $this->types(), 'Published again.' );
		wp_delete_term( (int) $type['term_id'], DocumentTaxonomies::TYPE );
		$this->assertArrayNotHasKey( 'chi-thi-thu', $this->types(), 'Deleted.' );
	}

	public function test_choices_follow_an_import_that_suspends_cache_invalidation(): void {
		$this->types();
		$was      = wp_suspend_cache_invalidation( true );
		$type     = wp_insert_term( 'Chỉ thị nhập', DocumentTaxonomies::TYPE, array( 'slug' => 'chi-thi-nhap' ) );
		$document = $this->document();
		wp_set_object_terms( $document, array( (int) $type['term_id'] ), DocumentTaxonomies::TYPE );
		wp_suspend_cache_invalidation( $was );
		// As the WordPress importer ends: core's own caches of terms, which the suspended
		// invalidation left as they were, are emptied (the kept choices live in the database).
		wp_cache_flush();

		$this->assertSame( 'Chỉ thị nhập', $this->types()['chi-thi-nhap'] ?? null, 'Offered once the import gave a published document the type.' );
	}

	/**
	 * The document types offered, as a page view reads them.
	 *
	 * @return array<string, string> Slug => name.
	 */
	private function types(): array {
		$choices = FilterChoices::of( array( DocumentTaxonomies::TYPE ) );
		$this->assertSame(
			wp_list_pluck(
				get_terms(
					array(
						'taxonomy'   => DocumentTaxonomies::TYPE,
						'hide_empty' => true,
					)
				),
				'name',
				'slug'
			),
			$choices[ DocumentTaxonomies::TYPE ],
			'What get_terms() says.'
		);
		return $choices[ DocumentTaxonomies::TYPE ];
	}

	/**
	 * A published document.
	 *
	 * @return int
	 */
	private function document(): int {
		return self::create_post(
			array(
				'post_type'   => DocumentPostType::NAME,
				'post_status' => 'publish',
				'meta_input'  => array(
					DocumentMeta::NUMBER   => '01/CT-UBND',
					DocumentMeta::ISSUED   => '2026-11-02',
					ProvenanceMeta::SOURCE => 'Văn phòng UBND xã',
					ProvenanceMeta::WRITER => 'Nguyễn Văn Viết',
				),
			)
		)->ID;
	}
}
