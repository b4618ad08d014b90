<?php
/**
 * A confidential item is refused publication on every path (Art. 4.2, 8.2).
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Confidentiality;

use Ttdt\Confidentiality\ConfidentialFlag;
use Ttdt\Confidentiality\ConfidentialRule;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Publishing\PublishGate;
use Ttdt\Publishing\StoredItemGuard;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * Real items published by a publisher through each path WordPress offers: REST, the classic
 * edit screen and quick edit (both `edit_post()`), bulk edit, XML-RPC, scheduled publishing
 * and `wp_publish_post()`. Each time the item stays unpublished and the reason recorded by the
 * gate is the confidentiality rule; the same item unmarked is not refused for that reason.
 */
final class ConfidentialGateTest extends TestCase {

	/**
	 * Codes of the reasons the gate gave in this test, per blocked attempt.
	 *
	 * @var array<int, string[]>
	 */
	private array $blocked = array();

	/**
	 * Records the gate's refusals.
	 */
	protected function setUp(): void {
		parent::setUp();
		require_once ABSPATH . 'wp-admin/includes/post.php';
		$this->blocked = array();
		add_action(
			PublishGate::BLOCKED_ACTION,
			function ( $attempt, $errors ): void {
				$this->blocked[] = $errors->get_error_codes();
			},
			10,
			2
		);
	}

	/**
	 * Puts the request globals back.
	 */
	protected function tearDown(): void {
		$_POST    = array();
		$_REQUEST = array();
		parent::tearDown();
	}

	/**
	 * REST: the save is refused with the rule's reason and the item stays a draft.
	 */
	public function test_rest_publication_is_refused(): void {
		$item = $this->marked_item();
		wp_set_current_user( self::create_user( 'ttdt_publisher' )->ID );

		$request = new WP_REST_Request( 'POST', '/wp/v2/posts/' . $item );
		$request->set_body_params( array( 'status' => 'publish' ) );
		$response = rest_do_request( $request );

		$this->assertSame( 403, $response->get_status() );
		$this->assertContains( ConfidentialRule::ERROR, wp_list_pluck( $response->get_data()['data']['reasons'], 'code' ) );
		$this->assertSame( 'draft', get_post_status( $item ) );
		$this->assertTrue( ConfidentialFlag::is_marked( $item ), 'A refused save keeps the mark.' );
	}

	/**
	 * The classic edit screen and quick edit both save through `edit_post()`.
	 */
	public function test_classic_screen_and_quick_edit_are_refused(): void {
		$item = $this->marked_item();
		wp_set_current_user( self::create_user( 'ttdt_publisher' )->ID );

		$_POST = array(
			'post_ID'     => $item,
			'post_type'   => 'post',
			'post_title'  => 'Tin mật',
			'post_status' => 'publish',
			'_status'     => 'publish',
			'publish'     => 'Đăng',
		);
		edit_post();
		$this->assertRefused( $item, 'classic screen' );

		// Quick edit: the form `wp_ajax_inline_save()` hands to `edit_post()` after its nonce
		// check, with `_status` copied to `post_status` as it does.
		$_POST = array(
			'post_ID'      => $item,
			'post_type'    => 'post',
			'post_title'   => 'Tin mật',
			'_status'      => 'publish',
			'post_status'  => 'publish',
			'_inline_edit' => 'x',
		);
		edit_post();
		$this->assertRefused( $item, 'quick edit' );
	}

	/**
	 * Bulk edit of several items.
	 */
	public function test_bulk_edit_is_refused(): void {
		$item = $this->marked_item();
		wp_set_current_user( self::create_user( 'ttdt_publisher' )->ID );

		$result = bulk_edit_posts(
			array(
				'post'      => array( $item ),
				'post_type' => 'post',
				'_status'   => 'publish',
			)
		);
		$this->assertContains( $item, $result['updated'] );
		$this->assertRefused( $item, 'bulk edit' );
	}

	/**
	 * XML-RPC `wp.editPost` and `wp.newPost` (an item created marked and published at once).
	 */
	public function test_xmlrpc_is_refused(): void {
		require_once ABSPATH . WPINC . '/class-IXR.php';
		require_once ABSPATH . WPINC . '/class-wp-xmlrpc-server.php';
		$item = $this->marked_item();
		self::create_user(
			'ttdt_publisher',
			array(
				'user_login' => 'ttdt_conf_rpc',
				'user_pass'  => 'mat-khau-thu-123',
			)
		);
		add_filter( 'xmlrpc_enabled', '__return_true' );
		$server = new \wp_xmlrpc_server();

		$edited = $server->wp_editPost( array( 1, 'ttdt_conf_rpc', 'mat-khau-thu-123', $item, array( 'post_status' => 'publish' ) ) );
		$this->assertNotInstanceOf( \IXR_Error::class, $edited );
		$this->assertRefused( $item, 'wp.editPost' );

		$created = $server->wp_newPost(
			array(
				1,
				'ttdt_conf_rpc',
				'mat-khau-thu-123',
				array(
					'post_title'    => 'Tin mật mới',
					'post_status'   => 'publish',
					'custom_fields' => array(
						array(
							'key'   => ConfidentialFlag::KEY,
							'value' => '1',
						),
					),
				),
			)
		);
		$this->assertIsString( $created );
		$this->assertTrue( ConfidentialFlag::is_marked( (int) $created ) );
		$this->assertNotSame( 'publish', get_post_status( (int) $created ) );
	}

	/**
	 * Scheduled publishing: when its time comes, the item goes back to draft and its writer
	 * is told why.
	 */
	public function test_scheduled_publication_is_refused(): void {
		$item = $this->marked_item();
		global $wpdb;
		// Scheduled before it was marked, and now due: written directly, as the gate would
		// refuse to schedule it.
		$wpdb->update( $wpdb->posts, array( 'post_status' => 'future', 'post_date' => gmdate( 'Y-m-d H:i:s', time() - 60 ), 'post_date_gmt' => gmdate( 'Y-m-d H:i:s', time() - 60 ) ), array( 'ID' => $item ) );
		clean_post_cache( $item );

		do_action( 'publish_future_post', $item );

		$this->assertRefused( $item, 'cron' );
		$this->assertNotEmpty( $this->mail, 'The writer is e-mailed.' );
	}

	/**
	 * `wp_publish_post()` writes the status directly: the stored-item guard puts it back.
	 */
	public function test_wp_publish_post_is_undone(): void {
		$item = $this->marked_item();
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		// A fresh guard: the booted one keeps what it put back for the REST answer of the
		// request, and in this process the next test's request would get it.
		self::replace_booted( new StoredItemGuard() );

		wp_publish_post( $item );

		$this->assertRefused( $item, 'wp_publish_post' );
	}

	/**
	 * Marking a live item takes it offline at once.
	 */
	public function test_marking_a_live_item_takes_it_offline(): void {
		$writer = self::create_user( 'ttdt_publisher' );
		$item   = self::create_post( array( 'post_author' => $writer->ID ) )->ID;
		global $wpdb;
		$wpdb->update( $wpdb->posts, array( 'post_status' => 'publish' ), array( 'ID' => $item ) );
		clean_post_cache( $item );
		wp_set_current_user( $writer->ID );

		update_post_meta( $item, ConfidentialFlag::KEY, true );

		clean_post_cache( $item );
		$this->assertSame( 'draft', get_post_status( $item ) );
	}

	/**
	 * The control: the same path on the item unmarked gives no confidentiality reason, so
	 * the refusals above are the rule's.
	 */
	public function test_an_unmarked_item_is_not_refused_for_confidentiality(): void {
		$item = $this->marked_item();
		delete_post_meta( $item, ConfidentialFlag::KEY );
		wp_set_current_user( self::create_user( 'administrator' )->ID );

		wp_update_post(
			array(
				'ID'          => $item,
				'post_status' => 'publish',
			)
		);

		foreach ( $this->blocked as $codes ) {
			$this->assertNotContains( ConfidentialRule::ERROR, $codes );
		}
	}

	/**
	 * Asserts the item is not live and the gate refused it for confidentiality.
	 *
	 * @param int    $item Item ID.
	 * @param string $path Path tried.
	 */
	private function assertRefused( int $item, string $path ): void {
		clean_post_cache( $item );
		$this->assertNotContains( get_post_status( $item ), array( 'publish', 'future' ), $path );
		$this->assertNotEmpty( $this->blocked, $path . ': the gate refused nothing.' );
		$this->assertContains( ConfidentialRule::ERROR, end( $this->blocked ), $path );
		$this->blocked = array();
	}

	/**
	 * A draft with its source and writer, marked confidential by its writer.
	 *
	 * @return int Item ID.
	 */
	private function marked_item(): int {
		$writer = self::create_user( 'ttdt_updater' );
		$item   = self::create_post(
			array(
				'post_author' => $writer->ID,
				'meta_input'  => array(
					ProvenanceMeta::SOURCE => 'Văn phòng UBND xã',
					ProvenanceMeta::WRITER => 'Nguyễn Văn Viết',
				),
			)
		)->ID;
		wp_set_current_user( $writer->ID );
		update_post_meta( $item, ConfidentialFlag::KEY, true );
		wp_set_current_user( 0 );
		$this->assertTrue( ConfidentialFlag::is_marked( $item ) );
		return $item;
	}
}
