<?php
/**
 * Tests of the royalty ledger: lines on publication, locking, reversals, access per role.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Royalty;

use Ttdt\Board\BoardRoster;
use Ttdt\Royalty\ItemPricing;
use Ttdt\Royalty\Ledger;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;
use WP_REST_Response;
use WP_User;

/**
 * Runs against the real site: items published through WordPress, lines read through REST.
 */
final class LedgerTest extends TestCase {

	/**
	 * Publishes a graded item written by a user, as an administrator.
	 *
	 * @param WP_User              $writer Author.
	 * @param array<string, mixed> $meta   More meta.
	 * @return int Item ID.
	 */
	private function publish( WP_User $writer, array $meta = array() ): int {
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$post = self::create_post(
			array(
				'post_author' => $writer->ID,
				'post_date'   => '2026-03-10 09:00:00',
				'meta_input'  => $meta + array(
					'ttdt_source'        => 'UBND thị trấn',
					'ttdt_writer'        => 'Nguyễn Thị Viết',
					ItemPricing::GENRE => 'tin',
					ItemPricing::GRADE => 'a',
				),
			)
		);
		$result = wp_update_post(
			array(
				'ID'          => $post->ID,
				'post_status' => 'publish',
				// A draft's date floats until it is published: give the one of the test.
				'post_date'   => '2026-03-10 09:00:00',
				'edit_date'   => true,
			),
			true
		);
		$this->assertIsInt( $result, is_wp_error( $result ) ? $result->get_error_message() : '' );
		return $post->ID;
	}

	/**
	 * A REST request as a user.
	 *
	 * @param int                  $user_id User.
	 * @param string               $method  Method.
	 * @param string               $route   Route.
	 * @param array<string, mixed> $params  Parameters.
	 * @return WP_REST_Response
	 */
	private function rest( int $user_id, string $method, string $route, array $params = array() ): WP_REST_Response {
		wp_set_current_user( $user_id );
		$request = new WP_REST_Request( $method, $route );
		foreach ( $params as $key => $value ) {
			$request->set_param( $key, $value );
		}
		return rest_do_request( $request );
	}

	/**
	 * The links of one item of a collection response.
	 *
	 * @param WP_REST_Response $response Collection.
	 * @param int              $index    Item.
	 * @return array<string, mixed>
	 */
	private function links( WP_REST_Response $response, int $index ): array {
		return (array) ( $response->get_data()[ $index ]['_links'] ?? array() );
	}

	public function test_publishing_a_graded_item_records_its_royalty_once(): void {
		$writer = self::create_user( 'ttdt_collaborator' );
		$id     = $this->publish( $writer );
		$lines  = Ledger::of_item( $id, array( 'royalty' ) );

		$this->assertCount( 1, $lines );
		$this->assertSame( '56160', $lines[0]['amount'] );
		$this->assertSame( (string) $writer->ID, $lines[0]['payee_user_id'] );
		$this->assertSame( 'Nguyễn Thị Viết', $lines[0]['payee_name'] );
		$this->assertSame( '2026-03', $lines[0]['period'] );

		wp_update_post( array( 'ID' => $id, 'post_status' => 'draft' ) );
		wp_update_post( array( 'ID' => $id, 'post_status' => 'publish' ) );
		$this->assertCount( 1, Ledger::of_item( $id, array( 'royalty' ) ), 'publishing again adds nothing' );
	}

	public function test_an_ungraded_item_records_nothing(): void {
		$id = $this->publish( self::create_user( 'ttdt_collaborator' ), array( ItemPricing::GENRE => '' ) );
		$this->assertSame( array(), Ledger::of_item( $id, Ledger::KINDS ) );
	}

	public function test_co_writers_share_the_capped_amount(): void {
		$writer = self::create_user( 'ttdt_collaborator' );
		$id     = $this->publish(
			$writer,
			array(
				ItemPricing::GENRE  => 'bai',
				ItemPricing::SHARES => array(
					array( 'name' => 'Trần Văn Một', 'user_id' => $writer->ID, 'percent' => 50 ),
					array( 'name' => 'Lê Thị Hai (không có tài khoản)', 'percent' => 25 ),
					array( 'name' => 'Phạm Ba', 'percent' => 25 ),
				),
			)
		);
		$lines = Ledger::of_item( $id, array( 'royalty' ) );
		$this->assertSame( array( '53181', '26591', '26591' ), array_column( $lines, 'amount' ) );
		$this->assertSame( array( (string) $writer->ID, '0', '0' ), array_column( $lines, 'payee_user_id' ) );
	}

	public function test_finalised_lines_are_locked_and_corrected_by_reversal(): void {
		$id    = $this->publish( self::create_user( 'ttdt_collaborator' ) );
		$line  = Ledger::of_item( $id, array( 'royalty' ) )[0];
		$admin = self::create_user( 'administrator' )->ID;

		$over = $this->rest( $admin, 'POST', '/ttdt/v1/royalty/lines/' . $line['id'], array( 'amount' => 200000, 'note' => 'Tăng mức' ) );
		$this->assertSame( 400, $over->get_status(), 'the cap holds on adjustments too' );
		$this->assertSame( 'ttdt_royalty_cap', $over->as_error()->get_error_code() );

		$open = $this->rest( $admin, 'GET', '/ttdt/v1/royalty/lines/' . $line['id'] );
		$this->assertArrayHasKey( 'https://api.w.org/action-adjust', $open->get_links() );
		$this->assertArrayNotHasKey( 'https://api.w.org/action-reverse', $open->get_links() );

		$adjusted = $this->rest( $admin, 'POST', '/ttdt/v1/royalty/lines/' . $line['id'], array( 'amount' => 50000, 'note' => 'Bài ngắn hơn dự kiến' ) );
		$this->assertSame( 200, $adjusted->get_status() );
		$this->assertSame( 50000, $adjusted->get_data()['amount'] );

		$closed = $this->rest( $admin, 'POST', '/ttdt/v1/royalty/periods', array( 'period' => '2026-Q1', 'status' => 'final' ) );
		$this->assertSame( 200, $closed->get_status() );
		$this->assertGreaterThanOrEqual( 1, $closed->get_data()['lines'] );

		$refused = $this->rest( $admin, 'POST', '/ttdt/v1/royalty/lines/' . $line['id'], array( 'amount' => 40000, 'note' => 'Sửa lại' ) );
		$this->assertSame( 409, $refused->get_status() );
		$this->assertSame( '50000', Ledger::get( (int) $line['id'] )['amount'] );

		$reversed = $this->rest( $admin, 'POST', '/ttdt/v1/royalty/lines/' . $line['id'] . '/reverse', array( 'note' => 'Sai thể loại', 'amount' => 40000 ) );
		$this->assertSame( 201, $reversed->get_status() );
		$this->assertSame( array( -50000, 40000 ), array_column( $reversed->get_data(), 'amount' ) );
		$this->assertSame( 'final', Ledger::get( (int) $line['id'] )['status'] );
		$final = $this->rest( $admin, 'GET', '/ttdt/v1/royalty/lines/' . $line['id'] )->get_links();
		$this->assertArrayHasKey( 'https://api.w.org/action-reverse', $final );
		$this->assertArrayNotHasKey( 'https://api.w.org/action-adjust', $final );

		$again = $this->rest( $admin, 'POST', '/ttdt/v1/royalty/lines/' . $line['id'] . '/reverse', array( 'note' => 'Lần nữa' ) );
		$this->assertSame( 409, $again->get_status(), 'a line is reversed once' );
	}

	public function test_access_per_role(): void {
		$writer = self::create_user( 'ttdt_collaborator' );
		$other  = self::create_user( 'ttdt_collaborator' );
		$this->publish( $writer );
		$this->publish( $other );
		$accountant = self::create_user( 'ttdt_accountant' )->ID;

		$own = $this->rest( $writer->ID, 'GET', '/ttdt/v1/royalty/lines', array( 'period' => '2026-03' ) );
		$this->assertSame( 200, $own->get_status() );
		$this->assertNotEmpty( $own->get_data() );
		$this->assertSame( array( $writer->ID ), array_values( array_unique( array_column( $own->get_data(), 'payee_user_id' ) ) ) );
		$this->assertSame( 403, $this->rest( $writer->ID, 'GET', '/ttdt/v1/royalty/lines', array( 'payee' => $other->ID ) )->get_status() );
		$line = Ledger::of_item( $this->publish( $other ), array( 'royalty' ) )[0];
		$this->assertSame( 403, $this->rest( $writer->ID, 'GET', '/ttdt/v1/royalty/lines/' . $line['id'] )->get_status() );
		$this->assertSame( 200, $this->rest( $accountant, 'GET', '/ttdt/v1/royalty/lines/' . $line['id'] )->get_status() );

		$all = $this->rest( $accountant, 'GET', '/ttdt/v1/royalty/lines', array( 'period' => '2026-03', 'per_page' => 500 ) );
		$this->assertContains( $other->ID, array_column( $all->get_data(), 'payee_user_id' ) );
		$this->assertContains( $writer->ID, array_column( $all->get_data(), 'payee_user_id' ) );
		$this->assertSame( 200, $this->rest( $accountant, 'GET', '/ttdt/v1/royalty/statement', array( 'period' => '2026-03' ) )->get_status() );
		// The server tells the UI what the user may do: the accountant may not adjust.
		$this->assertArrayHasKey( 'self', $this->links( $all, 0 ) );
		$this->assertArrayNotHasKey( 'https://api.w.org/action-adjust', $this->links( $all, 0 ) );

		foreach ( array( $accountant, $writer->ID ) as $user ) {
			$this->assertSame( 403, $this->rest( $user, 'POST', '/ttdt/v1/royalty/lines/' . $line['id'], array( 'amount' => 1, 'note' => 'Thử sửa' ) )->get_status() );
			$this->assertSame( 403, $this->rest( $user, 'POST', '/ttdt/v1/royalty/periods', array( 'period' => '2026-03', 'status' => 'final' ) )->get_status() );
			$this->assertSame( 403, $this->rest( $user, 'PUT', '/ttdt/v1/royalty/rules/2026', array( 'budget' => 1 ) )->get_status() );
		}
		$this->assertSame( '56160', Ledger::get( (int) $line['id'] )['amount'] );
		$this->assertSame( 200, $this->rest( self::create_user( 'administrator' )->ID, 'PUT', '/ttdt/v1/royalty/rules/2026', array( 'budget' => 1 ) )->get_status() );
		$this->assertSame( 401, $this->rest( 0, 'GET', '/ttdt/v1/royalty/lines' )->get_status() );
	}

	public function test_board_stipends_are_prorated_by_term_and_recorded_once(): void {
		$head   = self::create_user( 'ttdt_publisher' );
		$member = self::create_user( 'ttdt_moderator' );
		$gone   = self::create_user( 'ttdt_updater' );
		( new BoardRoster() )->update( $head, array( 'position' => 'head', 'term_start' => '2020-01-01' ) );
		( new BoardRoster() )->update( $member, array( 'position' => 'member', 'term_start' => '2026-07-01', 'term_end' => '2031-06-30' ) );
		( new BoardRoster() )->update( $gone, array( 'position' => 'deputy', 'term_start' => '2020-01-01', 'term_end' => '2025-12-31' ) );
		$admin = self::create_user( 'administrator' )->ID;

		$this->assertSame( 403, $this->rest( self::create_user( 'ttdt_accountant' )->ID, 'POST', '/ttdt/v1/royalty/stipends', array( 'year' => 2026 ) )->get_status() );
		$first = $this->rest( $admin, 'POST', '/ttdt/v1/royalty/stipends', array( 'year' => 2026 ) );
		$this->assertSame( 200, $first->get_status() );
		$lines = array_column( $this->rest( $admin, 'GET', '/ttdt/v1/royalty/lines', array( 'kind' => 'stipend', 'period' => '2026', 'per_page' => 500 ) )->get_data(), 'amount', 'payee_user_id' );
		$this->assertSame( 2000000, $lines[ $head->ID ] );
		// 184 of 365 days.
		$this->assertSame( 1008219, $lines[ $member->ID ] );
		$this->assertArrayNotHasKey( $gone->ID, $lines, 'a term over before the year earns nothing' );

		$again = $this->rest( $admin, 'POST', '/ttdt/v1/royalty/stipends', array( 'year' => 2026 ) );
		$this->assertSame( 0, $again->get_data()['lines'] );
	}

	public function test_only_those_who_approve_may_grade_an_item_and_the_editor_is_told(): void {
		$writer    = self::create_user( 'ttdt_collaborator' );
		$moderator = self::create_user( 'ttdt_moderator' );
		$post      = self::create_post( array( 'post_author' => $writer->ID ) );
		$route     = '/wp/v2/posts/' . $post->ID;

		$refused = $this->rest( $writer->ID, 'POST', $route, array( 'meta' => array( ItemPricing::GENRE => 'bai' ) ) );
		$this->assertSame( 403, $refused->get_status() );
		$this->assertArrayNotHasKey( 'https://api.w.org/action-grade-royalty', $this->rest( $writer->ID, 'GET', $route, array( 'context' => 'edit' ) )->get_links() );

		$this->assertArrayHasKey( 'https://api.w.org/action-grade-royalty', $this->rest( $moderator->ID, 'GET', $route, array( 'context' => 'edit' ) )->get_links() );
		$this->assertSame( 400, $this->rest( $moderator->ID, 'POST', $route, array( 'meta' => array( ItemPricing::GENRE => 'sach' ) ) )->get_status() );
		$this->assertSame( 200, $this->rest( $moderator->ID, 'POST', $route, array( 'meta' => array( ItemPricing::GENRE => 'bai', ItemPricing::GRADE => 'b' ) ) )->get_status() );
		$this->assertSame( 'bai', get_post_meta( $post->ID, ItemPricing::GENRE, true ) );
	}

	public function test_the_dashboard_and_the_statement_add_up(): void {
		global $wpdb;
		// Only this test's lines count: the site may hold others of 2026.
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE fiscal_year = 2026', \Ttdt\Royalty\LedgerTable::name() ) );
		\Ttdt\Royalty\LedgerTotals::rebuild( '2026-01', '2026-12' );
		$writer = self::create_user( 'ttdt_collaborator' );
		$this->publish( $writer );
		$this->publish( $writer, array( ItemPricing::GENRE => 'bai' ) );
		$accountant = self::create_user( 'ttdt_accountant' )->ID;

		$summary = $this->rest( $accountant, 'GET', '/ttdt/v1/royalty/summary', array( 'year' => 2026 ) )->get_data();
		$royalties = 56160 + 106363;
		$march     = $summary['months'][2];
		$this->assertSame( '2026-03', $march['period'] );
		$this->assertSame( $royalties, $march['royalties'] );
		$this->assertSame( $summary['spent'], $march['royalties'] + $march['fees'] + $march['other'] );
		$this->assertSame( $summary['spent'], $summary['unpaid'] );
		$this->assertSame( array( 'bai' => 106363 + $march['fees'] / 2, 'tin' => 56160 + $march['fees'] / 2 ), array_column( $summary['genres'], 'total', 'genre' ) );
		$this->assertSame( 'Bài', array_column( $summary['genres'], 'label', 'genre' )['bai'] );
		$this->assertSame( $royalties, array_column( $summary['top'], 'total', 'name' )['Nguyễn Thị Viết'] );
		$this->assertFalse( $summary['can_manage'] );
		$this->assertTrue( $summary['can_export'] );

		$statement = $this->rest( $accountant, 'GET', '/ttdt/v1/royalty/statement', array( 'period' => '2026-Q1' ) )->get_data();
		$this->assertSame( $summary['spent'], $statement['total'] );
		$this->assertSame( $statement['total'], array_sum( array_column( $statement['rows'], 'total' ) ) );
		$this->assertSame( \Ttdt\Royalty\AmountInWords::dong( $statement['total'] ), $statement['in_words'] );
		$this->assertSame( array(), $this->rest( $accountant, 'GET', '/ttdt/v1/royalty/statement', array( 'period' => '2026-04' ) )->get_data()['rows'] );
	}
}
