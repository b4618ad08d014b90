<?php
/**
 * Tests the dates the public blocks show.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Documents;

use Ttdt\Confidentiality\ConfidentialFlag;
use Ttdt\Documents\DocumentMeta;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Documents\DocumentView;
use Ttdt\Drafts\DraftMeta;
use Ttdt\Drafts\DraftPeriod;
use Ttdt\Drafts\DraftPostType;
use Ttdt\Tests\Support\TestCase;

/**
 * Against the real site, with its date format set to WordPress's default.
 */
final class DocumentViewTest extends TestCase {

	/**
	 * Sets the formats a fresh WordPress install has ("Tháng Mười Một 30, 2026").
	 */
	protected function setUp(): void {
		parent::setUp();
		update_option( 'date_format', 'F j, Y' );
		update_option( 'time_format', 'g:i a' );
	}

	/**
	 * Issue, effective and expiry dates read dd/mm/yyyy whatever the site's format.
	 */
	public function test_date_is_dd_mm_yyyy_whatever_the_site_format(): void {
		$this->assertSame( '30/11/2026', DocumentView::date( '2026-11-30' ) );
		$this->assertSame( '05/03/2024', DocumentView::date( '2024-03-05' ) );
		$this->assertSame( '', DocumentView::date( '' ) );
		$this->assertSame( '', DocumentView::date( '2026-02-31' ) );
	}

	/**
	 * A draft's comment period is told in dd/mm/yyyy too.
	 */
	public function test_draft_period_message_uses_dd_mm_yyyy(): void {
		$id = self::create_post(
			array(
				'post_type'  => DraftPostType::NAME,
				'meta_input' => array(
					DraftMeta::OPENS  => '2026-11-01',
					DraftMeta::CLOSES => '2026-11-30',
				),
			)
		)->ID;
		$this->assertStringContainsString( '30/11/2026', DraftPeriod::message( $id, DraftPeriod::CLOSED ) );
		$this->assertStringContainsString( '01/11/2026', DraftPeriod::message( $id, DraftPeriod::UPCOMING ) );
	}

	/**
	 * A confidential file named in a document's list is left out of its public page: its
	 * title alone may tell what it holds.
	 */
	public function test_a_confidential_file_is_not_listed(): void {
		$document = self::create_post( array( 'post_type' => DocumentPostType::NAME ) )->ID;
		$file     = static fn( string $title, string $name ): int => (int) wp_insert_attachment(
			array(
				'post_title'     => $title,
				'post_mime_type' => 'application/pdf',
				'post_status'    => 'inherit',
			),
			$name
		);
		$public = $file( 'Quyết định số 12/QĐ-UBND', 'quyet-dinh-12.pdf' );
		$secret = $file( 'Danh sách hộ nghèo kèm số CCCD', 'danh-sach.pdf' );
		update_post_meta( $secret, ConfidentialFlag::KEY, true );
		add_post_meta( $document, DocumentMeta::FILES, $secret );
		add_post_meta( $document, DocumentMeta::FILES, $public );

		$files = DocumentView::files( $document, DocumentMeta::FILES );
		$this->assertSame( array( 'Quyết định số 12/QĐ-UBND' ), array_column( $files, 'title' ) );
		$this->assertSame( 'PDF', $files[0]['kind'] );
	}
}
