<?php
/**
 * Tests the export, erasure and retention of comments on drafts.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Drafts;

use Ttdt\Drafts\CommentPrivacy;
use Ttdt\Drafts\CommentRepository;
use Ttdt\Drafts\CommentTable;
use Ttdt\Drafts\DraftPostType;
use Ttdt\Settings\Settings;
use Ttdt\Tests\Support\TestCase;

/**
 * Against the real comments table, rolled back after each test.
 */
final class CommentPrivacyTest extends TestCase {

	/**
	 * Stores a comment.
	 *
	 * @param int    $draft_id Draft.
	 * @param string $email    Contact.
	 * @param string $received UTC time received.
	 * @return int
	 */
	private static function comment( int $draft_id, string $email, string $received = '' ): int {
		global $wpdb;
		$id = ( new CommentRepository() )->insert(
			array(
				'draft_id'     => $draft_id,
				'name'         => 'Lê Văn Góp',
				'email'        => $email,
				'content'      => 'Nên giữ nguyên giờ họp chợ.',
				'consent_text' => 'Đồng ý.',
				'consent_at'   => gmdate( 'Y-m-d H:i:s' ),
			)
		);
		self::assertIsInt( $id );
		if ( '' !== $received ) {
			$wpdb->update( CommentTable::table(), array( 'received_at' => $received ), array( 'id' => $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a fixture.
		}
		return $id;
	}

	/**
	 * A stored row.
	 *
	 * @param int $id Comment.
	 * @return array<string, mixed>
	 */
	private static function row( int $id ): array {
		global $wpdb;
		$table = CommentTable::table();
		return (array) $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- a test read.
	}

	/**
	 * Export finds a citizen's comments by address; erasure keeps what was said, not who.
	 */
	public function test_export_and_erase_by_email(): void {
		$privacy = new CommentPrivacy( new CommentRepository(), new Settings() );
		$draft   = self::create_post( array( 'post_type' => DraftPostType::NAME ) )->ID;
		$mine    = self::comment( $draft, 'gop.y@example.org' );
		$other   = self::comment( $draft, 'khac@example.org' );

		$export = $privacy->export( 'Gop.Y@example.org' );
		$this->assertCount( 1, $export['data'] );
		$this->assertContains( 'Nên giữ nguyên giờ họp chợ.', wp_list_pluck( $export['data'][0]['data'], 'value' ) );

		$erased = $privacy->erase( 'gop.y@example.org' );
		$this->assertTrue( $erased['items_removed'] );
		$row = self::row( $mine );
		$this->assertSame( array( '', null, 'Nên giữ nguyên giờ họp chợ.' ), array( $row['name'], $row['email'], $row['content'] ) );
		$this->assertSame( 'khac@example.org', self::row( $other )['email'] );
	}

	/**
	 * The daily run erases names and contacts past the retention period only.
	 */
	public function test_retention_erases_old_contacts(): void {
		$privacy = new CommentPrivacy( new CommentRepository(), new Settings() );
		$draft   = self::create_post( array( 'post_type' => DraftPostType::NAME ) )->ID;
		$old     = self::comment( $draft, 'cu@example.org', gmdate( 'Y-m-d H:i:s', strtotime( '-30 months' ) ) );
		$recent  = self::comment( $draft, 'moi@example.org' );
		$this->assertGreaterThanOrEqual( 1, $privacy->run_retention() );
		$this->assertNull( self::row( $old )['email'] );
		$this->assertSame( 'moi@example.org', self::row( $recent )['email'] );
	}
}
