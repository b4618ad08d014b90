<?php
/**
 * The classic edit screen's confidentiality box, judged by the gate in the same click.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Confidentiality;

use Ttdt\Board\BoardMeta;
use Ttdt\Board\BoardPosition;
use Ttdt\Confidentiality\ConfidentialFlag;
use Ttdt\Tests\Support\TestCase;

/**
 * Real saves of the classic form through `edit_post()`, with the box's nonce.
 */
final class ClassicMarkBoxTest extends TestCase {

	/**
	 * Loads the admin functions.
	 */
	protected function setUp(): void {
		parent::setUp();
		require_once ABSPATH . 'wp-admin/includes/post.php';
	}

	/**
	 * Puts the request globals back.
	 */
	protected function tearDown(): void {
		$_POST = array();
		parent::tearDown();
	}

	/**
	 * Marking and publishing in one click stores the mark and publishes nothing; a publisher
	 * cannot lift the mark; the head lifts it and the item is no longer refused for it.
	 */
	public function test_classic_box_marks_and_only_the_head_unmarks(): void {
		$publisher = self::create_user( 'ttdt_publisher' );
		$head      = self::create_user( 'ttdt_publisher' );
		update_user_meta( $head->ID, BoardMeta::POSITION_META, BoardPosition::HEAD );
		$item = self::create_post( array( 'post_author' => self::create_user( 'ttdt_updater' )->ID ) )->ID;

		$refused = array();
		add_action(
			'ttdt_publish_blocked',
			static function ( $attempt, $errors ) use ( &$refused ): void {
				$refused = array_merge( $refused, $errors->get_error_codes() );
			},
			10,
			2
		);

		self::submit( $publisher->ID, $item, '1', 'publish' );
		$this->assertTrue( ConfidentialFlag::is_marked( $item ) );
		$this->assertSame( 'draft', get_post_status( $item ) );
		$this->assertContains( 'ttdt_confidential', $refused, 'The gate judged the mark being set.' );
		$refused = array();

		self::submit( $publisher->ID, $item, '0', 'draft' );
		$this->assertTrue( ConfidentialFlag::is_marked( $item ), 'A publisher who is not the head cannot lift the mark.' );

		self::submit( $head->ID, $item, '0', 'publish' );
		$this->assertFalse( ConfidentialFlag::is_marked( $item ) );
		$this->assertNotContains( 'ttdt_confidential', $refused, 'The gate judged the mark being lifted.' );
	}

	/**
	 * Saves the classic form as a user.
	 *
	 * @param int    $user_id User.
	 * @param int    $item    Item ID.
	 * @param string $box     Checkbox value.
	 * @param string $status  Status asked.
	 */
	private static function submit( int $user_id, int $item, string $box, string $status ): void {
		wp_set_current_user( $user_id );
		$_POST = array(
			'post_ID'                  => $item,
			'post_type'                => 'post',
			'post_title'               => 'Tin thử bảo mật',
			'post_status'              => $status,
			'_ttdt_confidential_nonce' => wp_create_nonce( 'ttdt_confidential_box' ),
			ConfidentialFlag::KEY      => $box,
		);
		edit_post();
		clean_post_cache( $item );
		wp_set_current_user( 0 );
	}
}
