<?php
/**
 * Tests of moving a commune's own site into the province's network (README, "Đưa trang của
 * một xã đang chạy riêng vào mạng lưới").
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Network;

use Ttdt\Archive\ArchiveExporter;
use Ttdt\Archive\ArchiveRestorer;
use Ttdt\Archive\ArchiveStore;
use Ttdt\Audit\AuditLog;
use Ttdt\Audit\AuditQuery;
use Ttdt\Settings\Settings;

/**
 * The README's steps, in order: the old site makes and verifies a package; the network gets a
 * new site for the commune; the package's `.zip` and `.json` are copied into that site's
 * folder of the archive store (`site-<ID>`); the new site restores it. The package is made by
 * a site of the network standing for the commune's old single site: the exporter is the same
 * code on both, and what matters here is where the package lands.
 */
final class SiteMoveTest extends NetworkTestCase {

	/**
	 * The old site's items: title => meta value.
	 *
	 * @var array<string, string>
	 */
	private const ITEMS = array(
		'Thông báo lịch tiếp công dân tháng 7' => 'tiep-cong-dan',
		'Kế hoạch phòng chống thiên tai năm 2025' => 'thien-tai',
	);

	public function test_a_package_of_a_communes_own_site_restores_into_a_new_network_site(): void {
		// A seeded commune of the network: its tables are real ones (a site the test creates has
		// temporary tables, which the exporter's SHOW TABLES does not list). The test's
		// transaction takes its rows back.
		$old = (int) get_id_from_blogname( 'xa-cat-ngan' );
		$this->assertGreaterThan( 1, $old );
		$new = self::create_site( 'xa-chuyen-moi' );

		// 1. On the old site: content, its audit trail, a package, verified.
		switch_to_blog( $old );
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$editor = self::create_user( 'ttdt_publisher', array( 'user_login' => 'bientap-xa-cu-' . wp_rand() ) );
		$status = array();
		foreach ( self::ITEMS as $title => $meta ) {
			$post = self::create_post(
				array(
					'post_title'  => $title,
					'post_status' => 'publish',
					'post_author' => $editor->ID,
				)
			);
			update_post_meta( $post->ID, 'ttdt_test_move', $meta );
			// Whatever the workflow made of it (publishing needs an approval): kept as it is.
			$status[ $title ] = get_post_status( $post->ID );
		}
		AuditLog::record( 'test.move', 'site', 0, 'Nhật ký của trang cũ' );
		$old_audit = self::audit( 'test.move' );
		$this->assertCount( 1, $old_audit );
		$old_store = new ArchiveStore();
		$package   = ( new ArchiveExporter( $old_store, new Settings() ) )->export();
		$this->assertIsArray( $package, is_wp_error( $package ) ? $package->get_error_message() : '' );
		$id   = (string) $package['id'];
		$zip  = (string) $old_store->path( $id );
		$json = (string) $old_store->path( $id, 'json' );
		$this->assertFileExists( $zip );
		$this->assertFileExists( $json );
		restore_current_blog();

		// 2–3. The new site of the network: empty, and the package copied into its folder.
		switch_to_blog( $new );
		$store = new ArchiveStore();
		$this->assertSame( array(), $store->all() );
		$this->assertTrue( ArchiveRestorer::site_is_empty(), 'a new site of the network counts as empty' );
		$this->assertTrue( copy( $zip, (string) $store->path( $id ) ) );
		$this->assertTrue( copy( $json, (string) $store->path( $id, 'json' ) ) );
		$this->assertSame( array( $id ), array_column( $store->all(), 'id' ), 'the new site lists the package' );

		$result = ( new ArchiveRestorer( $store, new Settings() ) )->restore( $id );
		$this->assertIsArray( $result, is_wp_error( $result ) ? $result->get_error_message() : '' );

		// The items, with their meta and author, are the new site's now. The author is the
		// network's account of that login; restored accounts get no role (as on a single site):
		// the new site's administrator grants them.
		foreach ( self::ITEMS as $title => $meta ) {
			$found = get_posts(
				array(
					'title'       => $title,
					'post_type'   => 'post',
					'post_status' => $status[ $title ],
				)
			);
			$this->assertCount( 1, $found, $title );
			$this->assertSame( $meta, get_post_meta( $found[0]->ID, 'ttdt_test_move', true ) );
			$author = get_userdata( (int) $found[0]->post_author );
			$this->assertSame( $editor->user_login, $author ? $author->user_login : null );
		}
		// The audit trail came along, and the restore is recorded on top of it.
		$moved = self::audit( 'test.move' );
		$this->assertSame( array_column( $old_audit, 'summary' ), array_column( $moved, 'summary' ) );
		$this->assertCount( 1, self::audit( 'archive.restore' ) );
		restore_current_blog();

		// The main site got nothing.
		$this->assertSame( array(), get_posts( array( 'title' => array_key_first( self::ITEMS ), 'post_status' => 'any' ) ) );
		foreach ( array( $old, $new ) as $site ) {
			switch_to_blog( $site );
			( new ArchiveStore() )->delete( $id );
			restore_current_blog();
		}
	}

	/**
	 * The current site's audit entries of an action, as arrays.
	 *
	 * @param string $action Action.
	 * @return array<int, array<string, mixed>>
	 */
	private static function audit( string $action ): array {
		$query         = new AuditQuery();
		$query->action = $action;
		return array_map( static fn( $entry ): array => (array) $entry, AuditLog::find( $query ) );
	}
}
