<?php
/**
 * Tests of the export's database work as a portal grows.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Archive;

use Ttdt\Archive\ArchiveExporter;
use Ttdt\Archive\ArchiveStore;
use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;

/**
 * A page of items is read in a few queries (posts, meta, terms, revisions), not several per
 * item: on a busy database server each query costs milliseconds, and 50,000 items took half
 * an hour when each item read its terms per taxonomy and its revisions on its own.
 */
final class ArchiveExportQueriesTest extends TestCase {

	/**
	 * Packages written by the test, deleted afterwards.
	 *
	 * @var string[]
	 */
	private array $packages = array();

	protected function tearDown(): void {
		foreach ( $this->packages as $id ) {
			( new ArchiveStore() )->delete( $id );
		}
		parent::tearDown();
	}

	public function test_more_items_cost_less_than_a_query_each(): void {
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$this->seed( 20 );
		$small = $this->queries();
		$this->seed( 20 );
		$large = $this->queries();

		$this->assertSame( $small['revisions'] + 20, $large['revisions'] );
		$this->assertLessThan( 20, $large['queries'] - $small['queries'], 'Twenty more items, each with a category, a tag and a revision, cost a query or more each.' );
	}

	/**
	 * Items with a category, a tag, meta and a revision.
	 *
	 * @param int $count How many.
	 */
	private function seed( int $count ): void {
		for ( $i = 0; $i < $count; $i++ ) {
			$post = self::create_post(
				array(
					'post_status' => 'publish',
					'tags_input'  => array( 'le-hoi' ),
				)
			);
			update_post_meta( $post->ID, 'ttdt_source', 'Văn phòng UBND' );
			wp_update_post(
				array(
					'ID'           => $post->ID,
					'post_content' => 'Bản sửa.',
				)
			);
		}
	}

	/**
	 * Exports the site, counting the queries.
	 *
	 * @return array{queries: int, revisions: int}
	 */
	private function queries(): array {
		global $wpdb;

		wp_cache_flush();
		$before  = $wpdb->num_queries;
		$package = ( new ArchiveExporter( new ArchiveStore(), new Settings() ) )->export();
		$this->assertIsArray( $package );
		$this->packages[] = $package['id'];
		return array(
			'queries'   => $wpdb->num_queries - $before,
			'revisions' => (int) $package['counts']['revisions'],
		);
	}
}
