<?php
/**
 * Tests of the board roster's validation and storage.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Board;

use Ttdt\Board\BoardMeta;
use Ttdt\Board\BoardPosition;
use Ttdt\Board\BoardRoster;
use Ttdt\Tests\Support\TestCase;
use WP_Error;

/**
 * Positions, decision dates and terms, stored in user meta.
 */
final class BoardRosterTest extends TestCase {

	/**
	 * The roster under test.
	 *
	 * @var BoardRoster
	 */
	private BoardRoster $roster;

	/**
	 * A fresh roster service per test.
	 */
	protected function setUp(): void {
		parent::setUp();
		$this->roster = new BoardRoster();
	}

	/**
	 * Changes that must be refused, and the error code.
	 *
	 * @return array<string, array{array<string, string>, string}>
	 */
	public static function invalid_changes(): array {
		return array(
			'unknown position'          => array( array( 'position' => 'chairman' ), 'ttdt_board_position' ),
			'position in capitals'      => array( array( 'position' => 'HEAD' ), 'ttdt_board_position' ),
			'date written dd/mm/yyyy'   => array( array( 'decision_date' => '15/03/2024' ), 'ttdt_board_date' ),
			'30 February'               => array( array( 'term_start' => '2024-02-30' ), 'ttdt_board_date' ),
			'no leap day in 2023'       => array( array( 'term_end' => '2023-02-29' ), 'ttdt_board_date' ),
			'term ending before it starts' => array(
				array(
					'term_start' => '2024-06-01',
					'term_end'   => '2024-05-31',
				),
				'ttdt_board_term',
			),
		);
	}

	/**
	 * @dataProvider invalid_changes
	 *
	 * @param array<string, string> $changes Change.
	 * @param string                $code    Expected error code.
	 */
	public function test_invalid_changes_are_refused_and_nothing_is_stored( array $changes, string $code ): void {
		$user    = self::create_user( 'ttdt_updater' );
		$fired   = 0;
		$changes = $changes + array( 'decision_number' => '12/QĐ-UBND' );
		add_action( BoardRoster::UPDATED_ACTION, static function () use ( &$fired ): void {
			++$fired;
		} );

		$result = $this->roster->update( $user, $changes );

		$this->assertInstanceOf( WP_Error::class, $result );
		$this->assertSame( $code, $result->get_error_code() );
		$this->assertSame( 400, $result->get_error_data()['status'] );
		$this->assertSame( array_fill_keys( $this->roster->fields(), '' ), $this->roster->read( $user->ID ) );
		$this->assertSame( 0, $fired );
	}

	public function test_a_valid_change_is_stored_and_announced_with_before_and_after(): void {
		$user   = self::create_user( 'ttdt_publisher' );
		$events = array();
		add_action(
			BoardRoster::UPDATED_ACTION,
			static function ( int $user_id, array $after, array $before ) use ( &$events ): void {
				$events[] = array( $user_id, $after, $before );
			},
			10,
			3
		);

		$after = $this->roster->update(
			$user,
			array(
				'position'        => BoardPosition::HEAD,
				'decision_number' => '125/QĐ-UBND',
				'decision_date'   => '2024-02-29',
				'term_start'      => '2024-03-01',
				'term_end'        => '2026-03-01',
				'not_a_field'     => 'ignored',
			)
		);

		$this->assertSame( 'head', $after['position'] );
		$this->assertSame( '125/QĐ-UBND', get_user_meta( $user->ID, BoardMeta::DECISION_NUMBER_META, true ) );
		$this->assertSame( $this->roster->read( $user->ID ), $after );
		$this->assertArrayNotHasKey( 'not_a_field', $after );
		$this->assertCount( 1, $events );
		$this->assertSame( $user->ID, $events[0][0] );
		$this->assertSame( '', $events[0][2]['position'] );
		$this->assertSame( 'head', $events[0][1]['position'] );

		// A partial change keeps the other fields and announces only what changed.
		$this->roster->update( $user, array( 'term_end' => '' ) );
		$this->assertSame( 'head', $this->roster->position( $user->ID ) );
		$this->assertSame( '', get_user_meta( $user->ID, BoardMeta::TERM_END_META, true ) );
		$this->assertSame( array( 'term_end' => '' ), $events[1][1] );

		// Saving the same values again announces nothing.
		$this->roster->update( $user, array( 'position' => 'head' ) );
		$this->assertCount( 2, $events );
	}

	public function test_members_are_listed_in_board_order(): void {
		$standing = self::create_user( 'ttdt_updater', array( 'display_name' => 'An' ) );
		$head     = self::create_user( 'ttdt_publisher', array( 'display_name' => 'Bình' ) );
		$deputy   = self::create_user( 'ttdt_moderator', array( 'display_name' => 'Cường' ) );
		$outside  = self::create_user( 'ttdt_collaborator', array( 'display_name' => 'Dũng' ) );
		$this->roster->update( $standing, array( 'position' => BoardPosition::STANDING ) );
		$this->roster->update( $head, array( 'position' => BoardPosition::HEAD ) );
		$this->roster->update( $deputy, array( 'position' => BoardPosition::DEPUTY ) );
		// A value written around the roster (an import) does not make anyone a member.
		update_user_meta( $outside->ID, BoardMeta::POSITION_META, 'president' );

		// Only this test's accounts are compared: a used site has members of its own.
		$mine = array( $standing->ID, $head->ID, $deputy->ID, $outside->ID );
		$ids  = static fn( array $users ) => array_values( array_intersect( array_map( static fn( $user ) => $user->ID, $users ), $mine ) );
		$this->assertSame( array( $head->ID, $deputy->ID, $standing->ID ), $ids( $this->roster->members() ) );
		$this->assertSame( '', $this->roster->position( $outside->ID ) );

		// Everyone who may be named is listed, members first.
		$this->assertSame( array( $head->ID, $deputy->ID, $standing->ID, $outside->ID ), $ids( $this->roster->people() ) );
	}

	public function test_dates_and_codes(): void {
		$this->assertTrue( $this->roster->is_date( '2024-02-29' ) );
		$this->assertFalse( $this->roster->is_date( '2024-2-29' ) );
		$this->assertFalse( $this->roster->is_date( '2024-02-29 ' ) );
		$this->assertSame( '2024-03-01', BoardMeta::sanitize_code( '2024-03-01' ) );
		$this->assertSame( 'headscript', BoardMeta::sanitize_code( ' HEAD<script>' ) );
		$this->assertSame( '', BoardMeta::sanitize_code( array( 'head' ) ) );
	}
}
