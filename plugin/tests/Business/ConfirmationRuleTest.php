<?php
/**
 * Tests of the business promotion rule on the paths that do not go through REST.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Business;

use Ttdt\Business\BusinessMeta;
use Ttdt\Business\BusinessPostType;
use Ttdt\Content\ItemTypes;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Publishing\PublishAttempt;
use Ttdt\Publishing\PublishGate;
use Ttdt\Tests\Support\TestCase;

/**
 * Real entries saved through `wp_update_post()` (the path of classic screens, quick edit and
 * XML-RPC) and judged as scheduled publishing judges them; `business.spec.ts` covers REST.
 */
final class ConfirmationRuleTest extends TestCase {

	/**
	 * Entries are workflow items, under the gate.
	 */
	public function test_entries_are_workflow_items(): void {
		$this->assertTrue( ItemTypes::covers( BusinessPostType::NAME ) );
		$this->assertContains( BusinessPostType::NAME, PublishGate::post_types() );
	}

	/**
	 * Without its confirmation, and until a moderator checked that very file, an entry stays a
	 * draft when a screen publishes it; then it is published.
	 */
	public function test_screen_save_publishes_only_a_checked_confirmation(): void {
		$writer = self::create_user( 'ttdt_collaborator' );
		$admin  = self::create_user( 'administrator' );
		$entry  = self::create_post(
			array(
				'post_type'   => BusinessPostType::NAME,
				'post_status' => 'draft',
				'post_author' => $writer->ID,
				'post_title'  => 'Hợp tác xã rau an toàn',
				'meta_input'  => array(
					ProvenanceMeta::SOURCE => 'Văn phòng UBND xã',
					ProvenanceMeta::WRITER => 'Nguyễn Văn Viết',
				),
			)
		)->ID;
		wp_set_current_user( $admin->ID );
		$publish = static function () use ( $entry ): string {
			wp_update_post(
				array(
					'ID'          => $entry,
					'post_status' => 'publish',
				)
			);
			clean_post_cache( $entry );
			return (string) get_post_status( $entry );
		};

		$this->assertSame( 'draft', $publish() );

		$first  = self::file( 'xac-nhan-1.pdf' );
		$second = self::file( 'xac-nhan-2.pdf' );
		update_post_meta( $entry, BusinessMeta::CONFIRMATION, $second );
		update_post_meta( $entry, BusinessMeta::CHECKED, $first );
		$this->assertSame( 'draft', $publish(), 'The check was of another file.' );
		$this->assertSame( 'private', get_post_status( $second ), 'The confirmation is not public.' );

		update_post_meta( $entry, BusinessMeta::CHECKED, $second );
		$this->assertSame( 'publish', $publish() );
	}

	/**
	 * Scheduled publishing asks the same rule: first the file, then its check.
	 */
	public function test_scheduled_publishing_is_judged_by_the_rule(): void {
		$entry   = self::create_post(
			array(
				'post_type'   => BusinessPostType::NAME,
				'post_status' => 'future',
				'post_date'   => gmdate( 'Y-m-d H:i:s', time() + 3600 ),
			)
		);
		$fields  = array_merge( $entry->to_array(), array( 'post_status' => 'publish' ) );
		$attempt = new PublishAttempt( 'cron', $entry->ID, $fields, 'future' );
		$reasons = PublishGate::errors_for( $attempt )->get_error_codes();
		$this->assertContains( 'ttdt_business_confirmation', $reasons );

		update_post_meta( $entry->ID, BusinessMeta::CONFIRMATION, self::file( 'xac-nhan-3.pdf' ) );
		$reasons = PublishGate::errors_for( $attempt )->get_error_codes();
		$this->assertNotContains( 'ttdt_business_confirmation', $reasons );
		$this->assertContains( 'ttdt_business_unchecked', $reasons );
	}

	/**
	 * A file in the media library.
	 *
	 * @param string $name File name.
	 * @return int Attachment ID.
	 */
	private static function file( string $name ): int {
		return (int) wp_insert_attachment(
			array(
				'post_title'     => $name,
				'post_mime_type' => 'application/pdf',
				'post_status'    => 'inherit',
			),
			$name
		);
	}
}
