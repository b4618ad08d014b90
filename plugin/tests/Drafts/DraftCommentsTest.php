<?php
/**
 * Tests the comment period of drafts and the comment intake.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Drafts;

use Ttdt\Content\ItemTypes;
use Ttdt\Drafts\CommentIntake;
use Ttdt\Drafts\CommentRepository;
use Ttdt\Drafts\CommentsAdmin;
use Ttdt\Drafts\CommentTable;
use Ttdt\Drafts\DraftMeta;
use Ttdt\Drafts\DraftPeriod;
use Ttdt\Drafts\DraftPostType;
use Ttdt\Feedback\FormToken;
use Ttdt\Publishing\PublishAttempt;
use Ttdt\Publishing\PublishGate;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * Against the real site: posts, meta and the comments table, rolled back after each test.
 */
final class DraftCommentsTest extends TestCase {

	/**
	 * A published draft whose period runs between two days from today.
	 *
	 * @param int $from First day, in days from today.
	 * @param int $to   Last day, in days from today.
	 * @return int
	 */
	private static function draft( int $from, int $to ): int {
		global $wpdb;
		$day = static fn( int $days ): string => wp_date( 'Y-m-d', time() + $days * DAY_IN_SECONDS );
		$id  = self::create_post(
			array(
				'post_type'  => DraftPostType::NAME,
				'meta_input' => array(
					DraftMeta::OPENS  => $day( $from ),
					DraftMeta::CLOSES => $day( $to ),
				),
			)
		)->ID;
		// Published as the workflow would leave it; the gate is tested on its own below.
		$wpdb->update( $wpdb->posts, array( 'post_status' => 'publish' ), array( 'ID' => $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a fixture.
		clean_post_cache( $id );
		return $id;
	}

	/**
	 * What a citizen sends, with a form shown a minute ago.
	 *
	 * @param array<string, string> $more Fields to change.
	 * @return array<string, string>
	 */
	private static function input( array $more = array() ): array {
		return $more + array(
			'name'    => 'Trần Thị Góp Ý',
			// A number no earlier run used: counters left on the site by a browser test that
			// sent comments would otherwise count against it.
			'contact' => '09' . wp_rand( 10000000, 99999999 ),
			'content' => 'Đề nghị bổ sung quy định về giờ họp chợ.',
			'consent' => '1',
			'website' => '',
			'started' => FormToken::issue( time() - MINUTE_IN_SECONDS ),
		);
	}

	/**
	 * How many comments a draft has.
	 *
	 * @param int $draft_id Draft.
	 * @return int
	 */
	private static function comments_on( int $draft_id ): int {
		return ( new CommentRepository() )->counts( array( $draft_id ) )[ $draft_id ] ?? 0;
	}

	/**
	 * The period is in calendar days, both ends included, and only for published drafts.
	 */
	public function test_period_states(): void {
		$this->assertSame( DraftPeriod::OPEN, DraftPeriod::state( self::draft( -3, 3 ) ) );
		$this->assertSame( DraftPeriod::OPEN, DraftPeriod::state( self::draft( 0, 0 ) ) );
		$this->assertSame( DraftPeriod::CLOSED, DraftPeriod::state( self::draft( -10, -1 ) ) );
		$this->assertSame( DraftPeriod::UPCOMING, DraftPeriod::state( self::draft( 1, 10 ) ) );
		$unpublished = self::create_post( array( 'post_type' => DraftPostType::NAME ) )->ID;
		$this->assertSame( DraftPeriod::NONE, DraftPeriod::state( $unpublished ) );
		$this->assertTrue( ItemTypes::covers( DraftPostType::NAME ) );
	}

	/**
	 * A comment within the period is stored; the same comment after the last day is refused
	 * with the reason and leaves nothing stored, whatever else it carries.
	 */
	public function test_late_comment_is_refused(): void {
		$intake = new CommentIntake( new CommentRepository() );
		$open   = self::draft( -3, 3 );
		$this->assertIsInt( $intake->submit( $open, self::input() ) );
		$this->assertSame( 1, self::comments_on( $open ) );

		$closed = self::draft( -10, -1 );
		$late   = $intake->submit( $closed, self::input() );
		$this->assertInstanceOf( \WP_Error::class, $late );
		$this->assertSame( 'ttdt_draft_closed', $late->get_error_code() );
		$this->assertSame( 403, $late->get_error_data()['status'] );
		$this->assertStringContainsString( wp_date( 'Y', time() - DAY_IN_SECONDS ), $late->get_error_message() );
		$this->assertSame( 0, self::comments_on( $closed ) );

		$this->assertSame( 'ttdt_draft_upcoming', $intake->submit( self::draft( 1, 5 ), self::input() )->get_error_code() );
	}

	/**
	 * The feedback form's protections hold: honeypot, fill time, bounded lengths, consent.
	 */
	public function test_abuse_and_bounds_are_refused(): void {
		$intake = new CommentIntake( new CommentRepository() );
		$open   = self::draft( -3, 3 );
		$this->assertSame( 'ttdt_draft_comment_refused', $intake->submit( $open, self::input( array( 'website' => 'http://spam.test' ) ) )->get_error_code() );
		$this->assertSame( 'ttdt_draft_comment_too_fast', $intake->submit( $open, self::input( array( 'started' => FormToken::issue() ) ) )->get_error_code() );
		$invalid = $intake->submit(
			$open,
			self::input(
				array(
					'content' => str_repeat( 'ý', 5001 ),
					'contact' => 'không phải liên hệ',
					'consent' => '',
				)
			)
		);
		$this->assertSame( array( 'content', 'contact', 'consent' ), array_keys( $invalid->get_error_data()['errors'] ) );
		$this->assertSame( 0, self::comments_on( $open ) );
	}

	/**
	 * A draft is published only with its period, in order.
	 */
	public function test_draft_needs_its_period_to_be_published(): void {
		$attempt = static fn( array $meta ): PublishAttempt => new PublishAttempt(
			'rest',
			0,
			array(
				'post_type'   => DraftPostType::NAME,
				'post_status' => 'publish',
				'post_title'  => 'Dự thảo quy chế',
			),
			'new',
			$meta
		);
		$this->assertContains( 'ttdt_draft_period', PublishGate::errors_for( $attempt( array( DraftMeta::OPENS => '2026-01-10' ) ) )->get_error_codes() );
		$this->assertContains(
			'ttdt_draft_period',
			PublishGate::errors_for(
				$attempt(
					array(
						DraftMeta::OPENS  => '2026-01-10',
						DraftMeta::CLOSES => '2026-01-01',
					)
				)
			)->get_error_codes()
		);
		$this->assertNotContains(
			'ttdt_draft_period',
			PublishGate::errors_for(
				$attempt(
					array(
						DraftMeta::OPENS  => '2026-01-01',
						DraftMeta::CLOSES => '2026-01-10',
					)
				)
			)->get_error_codes()
		);
	}
	/**
	 * A REST save with the period in the wrong order is refused before anything is written.
	 */
	public function test_rest_refuses_a_period_in_the_wrong_order(): void {
		$GLOBALS['wp_rest_server'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- a server built with this test's hooks.
		wp_set_current_user( self::create_user( 'ttdt_publisher' )->ID );
		$request = new WP_REST_Request( 'POST', '/wp/v2/ttdt-drafts' );
		$request->set_body_params(
			array(
				'title'  => 'Dự thảo quy ước thôn',
				'status' => 'draft',
				'meta'   => array(
					DraftMeta::OPENS  => '2026-03-10',
					DraftMeta::CLOSES => '2026-03-01',
				),
			)
		);
		$response = rest_do_request( $request );
		$GLOBALS['wp_rest_server'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- see above.
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'ttdt_draft_period', $response->get_data()['code'] );
	}

	/**
	 * The comments box writes when a comment came as dd/mm/yyyy HH:mm in site time, whatever
	 * the site's formats.
	 */
	public function test_comments_box_writes_dd_mm_yyyy_hh_mm(): void {
		global $wpdb;
		update_option( 'date_format', 'F j, Y' );
		update_option( 'time_format', 'g:i a' );
		update_option( 'timezone_string', 'Asia/Ho_Chi_Minh' );
		$repository = new CommentRepository();
		$draft      = self::draft( -3, 3 );
		$id         = $repository->insert(
			array(
				'draft_id'     => $draft,
				'name'         => 'Trần Thị Góp Ý',
				'phone'        => '0912345678',
				'content'      => 'Đề nghị bổ sung quy định về giờ họp chợ.',
				'consent_text' => 'Đồng ý.',
				'consent_at'   => gmdate( 'Y-m-d H:i:s' ),
			)
		);
		$this->assertIsInt( $id );
		$wpdb->update( CommentTable::table(), array( 'received_at' => '2026-11-30 07:05:09' ), array( 'id' => $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a fixture.
		ob_start();
		( new CommentsAdmin( $repository ) )->render_box( get_post( $draft ) );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( '30/11/2026 14:05', $html );
	}
}
