<?php
/**
 * Tests that documents and procedures go through the approval workflow like news items.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Documents;

use Ttdt\Content\ItemTypes;
use Ttdt\Documents\DocumentMeta;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Documents\ProcedurePostType;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Publishing\PublishAttempt;
use Ttdt\Publishing\PublishGate;
use Ttdt\Tests\Support\TestCase;
use Ttdt\Workflow\ApprovalFingerprint;
use Ttdt\Workflow\WorkflowState;
use WP_REST_Request;

/**
 * REST requests dispatched inside WordPress, with the plugin's hooks in place.
 */
final class WorkflowGateTest extends TestCase {

	/**
	 * A fresh REST server per test: it runs `rest_api_init` again, where the gate hooks its
	 * REST checks (the hook table is put back after each test).
	 */
	protected function setUp(): void {
		parent::setUp();
		$GLOBALS['wp_rest_server'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- see above.
	}

	/**
	 * Leaves no server built with this test's hooks.
	 */
	protected function tearDown(): void {
		$GLOBALS['wp_rest_server'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- see setUp().
		parent::tearDown();
	}

	/**
	 * Fields of a document ready to publish except for its approval.
	 *
	 * @var array<string, mixed>
	 */
	private const FIELDS = array(
		'title' => 'Kế hoạch phòng chống thiên tai',
		'meta'  => array(
			DocumentMeta::NUMBER   => '9/KH-UBND',
			DocumentMeta::ISSUED   => '2025-01-10',
			ProvenanceMeta::SOURCE => 'Văn phòng UBND xã',
			ProvenanceMeta::WRITER => 'Nguyễn Văn Viết',
		),
	);

	/**
	 * One list of item types serves the workflow and the gate.
	 */
	public function test_documents_and_procedures_are_workflow_items(): void {
		foreach ( array( 'post', DocumentPostType::NAME, ProcedurePostType::NAME ) as $type ) {
			$this->assertTrue( ItemTypes::covers( $type ), $type );
			$this->assertContains( $type, PublishGate::post_types() );
			$this->assertTrue( WorkflowState::applies_to( self::create_post( array( 'post_type' => $type ) ) ), $type );
		}
		$this->assertFalse( WorkflowState::applies_to( self::create_post( array( 'post_type' => 'page' ) ) ) );
	}

	/**
	 * A publisher may not publish their own document without another person's approval, by
	 * REST or by any other save.
	 */
	public function test_own_document_is_not_published_without_approval(): void {
		$publisher = self::create_user( 'ttdt_publisher' );
		wp_set_current_user( $publisher->ID );

		$request = new WP_REST_Request( 'POST', '/wp/v2/ttdt-documents' );
		$request->set_body_params( self::FIELDS + array( 'status' => 'publish' ) );
		$response = rest_do_request( $request );
		$this->assertSame( 403, $response->get_status() );
		$this->assertSame( array( 'ttdt_own_item' ), wp_list_pluck( $response->get_data()['data']['reasons'], 'code' ) );

		$id = wp_insert_post(
			array(
				'post_type'   => DocumentPostType::NAME,
				'post_title'  => self::FIELDS['title'],
				'post_status' => 'publish',
				'meta_input'  => self::FIELDS['meta'],
			)
		);
		$this->assertSame( 'draft', get_post_status( $id ) );
	}

	/**
	 * A document without its number is not published, even by someone who may approve it.
	 */
	public function test_document_needs_its_number_to_be_published(): void {
		$writer = self::create_user( 'ttdt_collaborator' );
		wp_set_current_user( self::create_user( 'ttdt_publisher' )->ID );
		$meta = self::FIELDS['meta'];
		unset( $meta[ DocumentMeta::NUMBER ] );

		$request = new WP_REST_Request( 'POST', '/wp/v2/ttdt-documents' );
		$request->set_body_params(
			array(
				'title'  => self::FIELDS['title'],
				'status' => 'publish',
				'author' => $writer->ID,
				'meta'   => $meta,
			)
		);
		$response = rest_do_request( $request );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( array( 'ttdt_document_number' ), wp_list_pluck( $response->get_data()['data']['reasons'], 'code' ) );

		// With its number, nothing else stands in the way (checked without publishing, since a
		// REST save that passes the gate marks the gate's REST check done for the process).
		$attempt = new PublishAttempt(
			'rest',
			0,
			array(
				'post_type'   => DocumentPostType::NAME,
				'post_status' => 'publish',
				'post_author' => $writer->ID,
				'post_title'  => self::FIELDS['title'],
			),
			'new',
			self::FIELDS['meta']
		);
		$this->assertSame( array(), PublishGate::errors_for( $attempt )->get_error_codes() );
	}

	/**
	 * An approval covers a document's relations as a whole list: the same list sent again
	 * (typed, where the stored rows are text) is no change, another list is.
	 */
	public function test_approval_compares_list_fields_whole(): void {
		$old = self::create_post( array( 'post_type' => DocumentPostType::NAME ) )->ID;
		$id  = self::create_post(
			array(
				'post_type'  => DocumentPostType::NAME,
				'meta_input' => array( DocumentMeta::REPLACES => $old ),
			)
		)->ID;
		$stored = ApprovalFingerprint::of_post( $id );
		$same   = ApprovalFingerprint::overlay( $stored, array(), array( DocumentMeta::REPLACES => array( $old ) ), DocumentPostType::NAME );
		$other  = ApprovalFingerprint::overlay( $stored, array(), array( DocumentMeta::REPLACES => array( $old, $id + 1 ) ), DocumentPostType::NAME );
		$none   = ApprovalFingerprint::overlay( $stored, array(), array( DocumentMeta::AMENDS => array() ), DocumentPostType::NAME );

		$this->assertSame( array(), ApprovalFingerprint::changed( ApprovalFingerprint::digests( $stored ), $same ) );
		$this->assertSame( array( 'meta:' . DocumentMeta::REPLACES ), ApprovalFingerprint::changed( ApprovalFingerprint::digests( $stored ), $other ) );
		$this->assertSame( array(), ApprovalFingerprint::changed( ApprovalFingerprint::digests( $stored ), $none ) );
	}
}
