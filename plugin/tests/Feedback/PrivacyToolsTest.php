<?php
/**
 * Tests the shapes feedback and draft comments give WordPress's personal-data tools.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Feedback;

use Ttdt\Drafts\CommentPrivacy;
use Ttdt\Feedback\FeedbackPrivacy;
use Ttdt\Feedback\PrivacyTools;
use Ttdt\Tests\Support\TestCase;

/**
 * Against the booted plugin's filters.
 */
final class PrivacyToolsTest extends TestCase {

	/**
	 * Both kinds of submission are listed by the export and erase tools, each with a name and a
	 * callback that answers.
	 */
	public function test_both_are_registered(): void {
		$exporters = apply_filters( 'wp_privacy_personal_data_exporters', array() );
		$erasers   = apply_filters( 'wp_privacy_personal_data_erasers', array() );
		foreach ( array( FeedbackPrivacy::ID, CommentPrivacy::ID ) as $id ) {
			$this->assertNotSame( '', $exporters[ $id ]['exporter_friendly_name'] ?? '', $id );
			$this->assertNotSame( '', $erasers[ $id ]['eraser_friendly_name'] ?? '', $id );
			$this->assertSame(
				array(
					'data' => array(),
					'done' => true,
				),
				call_user_func( $exporters[ $id ]['callback'], 'nobody@example.org', 1 )
			);
			$this->assertSame(
				array(
					'items_removed'  => false,
					'items_retained' => false,
					'messages'       => array(),
					'done'           => true,
				),
				call_user_func( $erasers[ $id ]['callback'], 'nobody@example.org', 1 )
			);
		}
	}

	/**
	 * An export item lists its fields as name/value pairs, in order; consent reads with its time.
	 */
	public function test_export_item_and_consent(): void {
		$item = PrivacyTools::export_item(
			array(
				'id'          => 'g',
				'label'       => 'Nhóm',
				'description' => 'Mô tả',
			),
			'g-7',
			array(
				'Họ tên' => 'Lê Văn Góp',
				'Ý kiến' => 'Đồng ý',
			)
		);
		$this->assertSame( 'g', $item['group_id'] );
		$this->assertSame( 'g-7', $item['item_id'] );
		$this->assertSame(
			array(
				array(
					'name'  => 'Họ tên',
					'value' => 'Lê Văn Góp',
				),
				array(
					'name'  => 'Ý kiến',
					'value' => 'Đồng ý',
				),
			),
			$item['data']
		);
		$this->assertSame(
			'Tôi đồng ý. (2026-01-02 03:04:05 UTC)',
			PrivacyTools::consent(
				array(
					'consent_text' => 'Tôi đồng ý.',
					'consent_at'   => '2026-01-02 03:04:05',
				)
			)
		);
		$this->assertSame(
			'Tôi đồng ý.',
			PrivacyTools::consent(
				array(
					'consent_text' => 'Tôi đồng ý.',
					'consent_at'   => null,
				)
			)
		);
	}
}
