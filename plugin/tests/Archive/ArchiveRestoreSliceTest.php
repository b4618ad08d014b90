<?php
/**
 * Tests of the restore's slices: a slice run twice (a runner killed after the slice committed,
 * before its cursor was stored) writes nothing twice, and a restore resumed that way ends as
 * an uninterrupted one does.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Archive;

use Ttdt\Archive\ArchiveExporter;
use Ttdt\Archive\ArchiveJobRunner;
use Ttdt\Archive\ArchiveJobs;
use Ttdt\Archive\ArchiveRestorer;
use Ttdt\Archive\ArchiveStore;
use Ttdt\Archive\ArchiveVerifier;
use Ttdt\Archive\RestoreMap;
use Ttdt\Audit\AuditLog;
use Ttdt\Audit\AuditTable;
use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;

/**
 * The package is made of this site's own content, which is then deleted, so the site is
 * empty again and the package restores into it (the test's transaction undoes it all).
 */
final class ArchiveRestoreSliceTest extends TestCase {

	/**
	 * The store.
	 *
	 * @var ArchiveStore
	 */
	private ArchiveStore $store;

	/**
	 * The package.
	 *
	 * @var string
	 */
	private string $id = '';

	/**
	 * Items, revisions and media the package holds.
	 *
	 * @var array<string, int>
	 */
	private array $exported = array();

	/**
	 * Highest post ID and audit entry ID before the restore: what is above was restored.
	 *
	 * @var array{0: int, 1: int}
	 */
	private array $floor = array( 0, 0 );

	protected function setUp(): void {
		global $wpdb;

		parent::setUp();
		$this->store = new ArchiveStore();
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$category = wp_insert_term( 'Tin xã', 'category', array( 'slug' => 'tin-xa-lat' ) );
		$this->assertIsArray( $category );
		$image = self::create_post(
			array(
				'post_type'      => 'attachment',
				'post_title'     => 'Ảnh hội nghị',
				'post_status'    => 'inherit',
				'post_mime_type' => 'image/jpeg',
			)
		);
		$ids   = array( $image->ID );
		for ( $i = 1; $i <= 12; $i++ ) {
			$post = self::create_post(
				array(
					'post_title'    => "Tin lát {$i}",
					'post_status'   => 'publish',
					'post_content'  => "<p>Xem <a href=\"?p={$image->ID}\">ảnh</a> lần {$i}.</p>",
					'post_category' => array( (int) $category['term_id'] ),
				)
			);
			$ids[] = $post->ID;
			add_post_meta( $post->ID, 'ttdt_source', "Nguồn {$i}" );
			add_post_meta( $post->ID, 'ttdt_writer', "Người viết {$i}" );
			if ( 0 === $i % 3 ) {
				set_post_thumbnail( $post->ID, $image->ID );
				wp_update_post(
					array(
						'ID'           => $post->ID,
						'post_content' => "Bản sửa {$i}.",
					)
				); // A revision.
			}
			AuditLog::record( 'post.publish', 'post', $post->ID, "Tin lát {$i}" );
		}
		$package = ( new ArchiveExporter( $this->store, new Settings() ) )->export();
		$this->assertIsArray( $package );
		$this->id       = $package['id'];
		$this->exported = array_intersect_key( (array) $package['counts'], array_flip( array( 'items', 'revisions', 'media' ) ) );
		$this->assertGreaterThanOrEqual( 12, $this->exported['items'] ); // With WordPress's sample post and pages.
		$this->assertGreaterThanOrEqual( 4, $this->exported['revisions'] );
		foreach ( $ids as $id ) {
			wp_delete_post( $id, true );
		}
		wp_delete_term( (int) $category['term_id'], 'category' );
		$this->assertTrue( ArchiveRestorer::site_is_empty() );
		$this->floor = array(
			(int) $wpdb->get_var( "SELECT MAX(ID) FROM {$wpdb->posts}" ),
			(int) $wpdb->get_var( 'SELECT MAX(id) FROM ' . $wpdb->prefix . AuditTable::NAME ),
		);
	}

	protected function tearDown(): void {
		$this->store->delete( $this->id );
		parent::tearDown();
	}

	public function test_a_restore_whose_every_slice_ran_twice_ends_as_an_uninterrupted_one(): void {
		global $wpdb;

		$wpdb->query( 'SAVEPOINT ttdt_test_before_restore' );
		$result = ( new ArchiveRestorer( $this->store, new Settings() ) )->restore( $this->id );
		$this->assertIsArray( $result );
		$this->assertSame( $this->exported, array_intersect_key( $result['restored'], $this->exported ) );
		$this->assertSame( 1, $result['restored']['media'] );
		$expected = $this->snapshot();
		$this->assertSame( array_sum( $this->exported ), array_sum( $expected['types'] ) );
		$wpdb->query( 'ROLLBACK TO SAVEPOINT ttdt_test_before_restore' );
		wp_cache_flush();
		$this->assertSame( array(), $this->snapshot()['types'] );

		// Three items a slice: media, items, relinking and records each take several.
		$restorer = new ArchiveRestorer( $this->store, new Settings(), 3 );
		$state    = $restorer->begin( array( 'package' => $this->id ) );
		$slices   = 0;
		while ( empty( $state['finished'] ) ) {
			$this->assertIsArray( $state );
			$writing = 'write' === $state['phase'];
			$once    = $restorer->step( $state );
			$after   = $this->snapshot();
			if ( $writing ) {
				// The runner died after the slice committed: the next one runs it again. Relinking
				// has no cursor (it takes the next posts not yet relinked): run again, it relinks
				// the next ones, so only its counts are compared; the end compares the links.
				$relink = 'relink' === $state['step'];
				$state  = $restorer->step( $state );
				$again  = $this->snapshot();
				if ( $relink ) {
					unset( $after['posts'], $again['posts'] );
				}
				$this->assertSame( $after, $again, 'A slice run again added or changed rows (step ' . $once['step'] . ').' );
				++$slices;
			} else {
				$state = $once;
			}
		}
		$this->assertGreaterThan( 10, $slices );
		$this->assertSame( $result['restored'], $state['result']['restored'] );
		$this->assertSame( $expected, $this->snapshot() );
		$this->assertSame( 0, (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . RestoreMap::table() . ' WHERE run = %s', $state['run'] ) ) );
	}

	public function test_a_restore_job_killed_after_its_first_slice_is_resumed_by_the_next_runner(): void {
		$jobs   = new ArchiveJobs();
		$store  = $this->store;
		$runner = new ArchiveJobRunner(
			$jobs,
			array(
				'verify'  => new ArchiveVerifier( $store ),
				'restore' => new ArchiveRestorer( $store, new Settings(), 4 ),
			)
		);
		add_filter( 'pre_http_request', static fn() => array( 'response' => array( 'code' => 200 ), 'body' => '' ) );
		$job = $runner->start( 'restore', array( 'package' => $this->id ) );
		$this->assertIsArray( $job );
		do {
			$job = $runner->run( (int) $job['id'], 0 ); // One step a run.
		} while ( 'item' !== ( $job['state']['step'] ?? '' ) || 0 === $job['done'] );
		$first = $job['done'];
		$this->assertLessThan( $job['total'], $first );
		$this->assertSame( 'running', $job['status'] );

		// The runner of the next slice dies holding the lease; the next one waits for it to run out.
		$this->assertNotNull( $jobs->claim( (int) $job['id'] ) );
		$this->assertSame( $first, $runner->run( (int) $job['id'], 0 )['done'] );
		do {
			$job = $runner->run( (int) $job['id'], 60, time() + ArchiveJobs::LEASE + 1 );
		} while ( 'running' === $job['status'] );
		$this->assertSame( 'done', $job['status'], (string) $job['error'] );
		$this->assertSame( $this->exported, array_intersect_key( $job['state']['result']['restored'], $this->exported ) );
		$this->assertSame( array_sum( $this->exported ), array_sum( $this->snapshot()['types'] ) );
		$this->assertContains( __( 'The previous run stopped; going on from the last stored step.', 'ttdt-portal' ), array_column( $job['state']['messages'], 'text' ) );
	}

	public function test_more_posts_cost_the_restore_less_than_a_query_each(): void {
		global $wpdb;

		// A second package with forty more items, each with meta and a revision; then the site
		// is put back as it was (empty), the package file stays.
		$wpdb->query( 'SAVEPOINT ttdt_test_larger' );
		for ( $i = 1; $i <= 40; $i++ ) {
			$post = self::create_post( array( 'post_status' => 'publish' ) );
			add_post_meta( $post->ID, 'ttdt_source', "Nguồn {$i}" );
			wp_update_post(
				array(
					'ID'           => $post->ID,
					'post_content' => "Bản sửa {$i}.",
				)
			);
		}
		$larger = ( new ArchiveExporter( $this->store, new Settings() ) )->export();
		$this->assertIsArray( $larger );
		$wpdb->query( 'ROLLBACK TO SAVEPOINT ttdt_test_larger' );
		wp_cache_flush();

		$costs = array();
		foreach ( array( $this->id, $larger['id'] ) as $package ) {
			$wpdb->query( 'SAVEPOINT ttdt_test_restore' );
			$before = $wpdb->num_queries;
			$result = ( new ArchiveRestorer( $this->store, new Settings() ) )->restore( $package );
			$this->assertIsArray( $result );
			$costs[] = array( $wpdb->num_queries - $before, array_sum( $this->snapshot()['types'] ) );
			$wpdb->query( 'ROLLBACK TO SAVEPOINT ttdt_test_restore' );
			wp_cache_flush();
		}
		$this->store->delete( $larger['id'] );
		$more = $costs[1][1] - $costs[0][1];
		$this->assertGreaterThanOrEqual( 40, $more );
		$this->assertLessThan( $more, $costs[1][0] - $costs[0][0], "{$more} more posts cost a query or more each." );
	}

	/**
	 * What the restore wrote, by content rather than IDs (each restore gets new IDs): counts
	 * of posts by type, of their meta, terms and audit entries; each post's title, status,
	 * slug, parent, featured image, meta, terms and content with IDs named by title.
	 *
	 * @return array<string, mixed>
	 */
	private function snapshot(): array {
		global $wpdb;

		list( $posts, $audit ) = $this->floor;
		$types                 = array();
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT post_type, COUNT(*) AS n FROM {$wpdb->posts} WHERE ID > %d GROUP BY post_type ORDER BY post_type", $posts ) ) as $row ) {
			$types[ $row->post_type ] = (int) $row->n;
		}
		$titles = array();
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT ID, post_title FROM {$wpdb->posts} WHERE ID > %d", $posts ) ) as $row ) {
			$titles[ (int) $row->ID ] = $row->post_title;
		}
		$named = static fn( string $text ): string => (string) preg_replace_callback( '/(\?p=|_thumbnail_id=)(\d+)/', static fn( array $m ): string => $m[1] . ( $titles[ (int) $m[2] ] ?? 'old ' . $m[2] ), $text );
		$rows  = array();
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$wpdb->posts} WHERE ID > %d", $posts ) ) as $post ) {
			$meta = array();
			foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT meta_key, meta_value FROM {$wpdb->postmeta} WHERE post_id = %d ORDER BY meta_key, meta_value", $post->ID ) ) as $m ) {
				$meta[] = $named( $m->meta_key . '=' . $m->meta_value );
			}
			$terms  = $wpdb->get_col( $wpdb->prepare( "SELECT t.slug FROM {$wpdb->term_relationships} r JOIN {$wpdb->term_taxonomy} tt USING (term_taxonomy_id) JOIN {$wpdb->terms} t USING (term_id) WHERE r.object_id = %d ORDER BY t.slug", $post->ID ) );
			$rows[] = implode( ' | ', array( $post->post_type, $post->post_title, $post->post_status, $post->post_name, $titles[ (int) $post->post_parent ] ?? (string) $post->post_parent, $named( $post->post_content ), '' === $post->guid ? 'no guid' : 'guid', implode( ';', $meta ), implode( ';', $terms ) ) );
		}
		sort( $rows );
		return array(
			'types'  => $types,
			'meta'   => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE post_id > %d", $posts ) ),
			'terms'  => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->term_relationships} WHERE object_id > %d", $posts ) ),
			'count'  => (int) $wpdb->get_var( "SELECT count FROM {$wpdb->term_taxonomy} tt JOIN {$wpdb->terms} t USING (term_id) WHERE t.slug = 'tin-xa-lat'" ),
			'audit'  => (array) $wpdb->get_col( $wpdb->prepare( 'SELECT CONCAT(action, " ", object_type, " ", summary) FROM ' . $wpdb->prefix . AuditTable::NAME . ' WHERE id > %d ORDER BY id', $audit ) ),
			'posts'  => $rows,
		);
	}
}
