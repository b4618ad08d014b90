<?php
/**
 * Tests of the ledger's running totals: they always equal the sums of the lines.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Royalty;

use Ttdt\Royalty\Ledger;
use Ttdt\Royalty\LedgerReport;
use Ttdt\Royalty\LedgerTable;
use Ttdt\Royalty\LedgerTotals;
use Ttdt\Tests\Support\TestCase;

/**
 * Writes lines through the ledger on the real site and compares the totals the dashboard
 * reads with a `GROUP BY` over the lines themselves.
 */
final class LedgerTotalsTest extends TestCase {

	private const PAYEE = 'Tổng Thử Nhuận Bút';

	/**
	 * Rows per group, from the lines and from the totals, of this test's payee.
	 *
	 * @return array{0: array<int, array<string, string>>, 1: array<int, array<string, string>>}
	 */
	private static function both(): array {
		global $wpdb;
		$columns = 'fiscal_year, period, kind, status, genre, payee_user_id, payee_name';
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- fixed column list.
		$lines  = $wpdb->get_results( $wpdb->prepare( "SELECT {$columns}, COUNT(*) AS line_count, SUM(amount) AS amount FROM %i WHERE payee_name = %s GROUP BY {$columns} ORDER BY {$columns}", LedgerTable::name(), self::PAYEE ), ARRAY_A );
		$totals = $wpdb->get_results( $wpdb->prepare( "SELECT {$columns}, line_count, amount FROM %i WHERE payee_name = %s ORDER BY {$columns}", LedgerTotals::name(), self::PAYEE ), ARRAY_A );
		// phpcs:enable
		return array( $lines, $totals );
	}

	/**
	 * Adds a royalty line of this test's payee.
	 *
	 * @param int    $item   Item ID.
	 * @param int    $amount Amount.
	 * @param string $date   Accrual date.
	 * @return int Line ID.
	 */
	private static function line( int $item, int $amount, string $date ): int {
		return Ledger::add(
			array(
				'kind'          => 'royalty',
				'accrued_on'    => $date,
				'amount'        => $amount,
				'item_id'       => $item,
				'genre'         => 'tin',
				'grade'         => 'a',
				'payee_user_id' => 0,
				'payee_name'    => self::PAYEE,
			)
		);
	}

	public function test_totals_follow_every_write_of_the_ledger(): void {
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$first  = self::line( 910001, 50000, '2031-02-03' );
		$second = self::line( 910002, 30000, '2031-02-20' );
		self::line( 910003, 20000, '2031-05-01' );
		$this->assertGreaterThan( 0, $first );
		list( $lines, $totals ) = self::both();
		$this->assertSame( $lines, $totals, 'new lines are added to their rows' );
		$this->assertCount( 2, $totals, 'one row per month here' );

		$this->assertIsArray( Ledger::adjust( $second, 25000, 'Bài ngắn hơn' ) );
		list( $lines, $totals ) = self::both();
		$this->assertSame( $lines, $totals, 'an adjustment moves its row' );

		$this->assertSame( 2, Ledger::close( '2031-Q1', 'final' ) );
		list( $lines, $totals ) = self::both();
		$this->assertSame( $lines, $totals, 'finalising recounts the period' );
		$this->assertContains( 'final', array_column( $totals, 'status' ) );

		$this->assertIsArray( Ledger::reverse( $first, 'Sai thể loại', 40000 ) );
		$this->assertIsArray( Ledger::reverse( $second, 'Không đăng', null ) );
		list( $lines, $totals ) = self::both();
		$this->assertSame( $lines, $totals, 'reversals and corrections are added' );

		// Written: three items; one corrected (still one item), one cancelled (none).
		$year = (int) current_datetime()->format( 'Y' );
		$this->assertSame( 2, $this->items_of_payee( 2031 ) + $this->items_of_payee( $year ) );

		// The same figures when counted afresh from the lines.
		$this->assertTrue( LedgerTotals::rebuild( '2031-01', '2031-12' ) );
		$this->assertSame( $totals, self::both()[1] );
	}

	/**
	 * Items written by this test's payee in a year, as the dashboard's top list says.
	 *
	 * @param int $year Year.
	 * @return int
	 */
	private function items_of_payee( int $year ): int {
		$top = array_column( LedgerReport::summary( $year, 0 )['top'], 'items', 'name' );
		return (int) ( $top[ self::PAYEE ] ?? 0 );
	}
}
