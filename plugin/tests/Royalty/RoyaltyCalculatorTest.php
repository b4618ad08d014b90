<?php
/**
 * Tests of the royalty arithmetic: cap, grades, shares, stipend proration, rounding, words.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Royalty;

use Ttdt\Royalty\AmountInWords;
use Ttdt\Royalty\Money;
use Ttdt\Royalty\RoyaltyCalculator;
use Ttdt\Royalty\RoyaltyRules;
use Ttdt\Tests\Support\TestCase;

/**
 * The rules of Art. 10 and Decree 18/2014 as the ledger applies them.
 */
final class RoyaltyCalculatorTest extends TestCase {

	/**
	 * Rules of 2026 with the defaults.
	 *
	 * @return array<string, mixed>
	 */
	private static function rules(): array {
		return RoyaltyRules::defaults( 2026 );
	}

	public function test_the_defaults_are_the_legal_figures_with_their_source(): void {
		$rules = self::rules();
		// Art. 10: 2,000,000 đồng a year for the head, each deputy and each member.
		$this->assertSame( array( 'head' => 2000000, 'deputy' => 2000000, 'member' => 2000000 ), $rules['stipends'] );
		$this->assertSame( array( '2024-07-01' => 2340000, '2026-07-01' => 2530000 ), array_column( $rules['base_wage'], 'value', 'from' ) );
		foreach ( array( 'base_wage', 'day_divisor', 'unit_value' ) as $figure ) {
			foreach ( $rules[ $figure ] as $value ) {
				$this->assertNotEmpty( $value['source'], $figure . ' from ' . $value['from'] . ' names its legal source' );
			}
		}
	}

	public function test_the_cap_is_one_days_wage_rounded_down_and_follows_the_dated_wage(): void {
		// 2,340,000 / 22 = 106,363.6… → 106,363 (never more than a day); 2,530,000 / 22 = 115,000.
		$this->assertSame( 106363, RoyaltyCalculator::day_cap( self::rules(), '2026-06-30' ) );
		$this->assertSame( 115000, RoyaltyCalculator::day_cap( self::rules(), '2026-07-01' ) );
	}

	public function test_the_cap_always_wins(): void {
		// Article (0.4) × good (1.2) × 234,000 = 112,320 > 106,363.
		$price = RoyaltyCalculator::item( self::rules(), '2026-03-10', 'bai', 'a' );
		$this->assertSame( 106363, $price['amount'] );
		$this->assertSame( 112320, $price['uncapped'] );
		$this->assertTrue( $price['capped'] );
	}

	public function test_grades_multiply_the_genre_coefficient(): void {
		$fair       = RoyaltyCalculator::item( self::rules(), '2026-03-10', 'tin', 'b' );
		$good       = RoyaltyCalculator::item( self::rules(), '2026-03-10', 'tin', 'a' );
		$acceptable = RoyaltyCalculator::item( self::rules(), '2026-03-10', 'tin', 'c' );
		// News item 0.2 × 234,000 = 46,800; × 1.2 = 56,160; × 0.8 = 37,440.
		$this->assertSame( array( 46800, 56160, 37440 ), array( $fair['amount'], $good['amount'], $acceptable['amount'] ) );
		$this->assertFalse( $good['capped'] );
		$this->assertNull( RoyaltyCalculator::item( self::rules(), '2026-03-10', 'tin', 'z' ) );
		$this->assertNull( RoyaltyCalculator::item( self::rules(), '2026-03-10', 'nope', 'a' ) );
	}

	public function test_an_item_is_priced_with_the_unit_value_in_force_on_its_date(): void {
		$this->assertSame( 46800, RoyaltyCalculator::item( self::rules(), '2026-06-30', 'tin', 'b' )['amount'] );
		$this->assertSame( 50600, RoyaltyCalculator::item( self::rules(), '2026-07-01', 'tin', 'b' )['amount'] );
	}

	public function test_rounding_is_half_up_to_the_dong(): void {
		$rules                 = self::rules();
		$rules['unit_value']   = array( array( 'from' => '2026-01-01', 'value' => 12345 ) );
		$rules['genres'][0]['coefficient'] = 0.25;
		// 0.25 × 1.0 × 12,345 = 3,086.25 → 3,086; × 1.2 = 3,703.5 → 3,704.
		$this->assertSame( 3086, RoyaltyCalculator::item( $rules, '2026-03-10', 'tin', 'b' )['amount'] );
		$this->assertSame( 3704, RoyaltyCalculator::item( $rules, '2026-03-10', 'tin', 'a' )['amount'] );
	}

	public function test_shares_add_up_to_the_amount_by_largest_remainder(): void {
		$this->assertSame( array( 33334, 33333, 33333 ), RoyaltyCalculator::shares( 100000, array( 1, 1, 1 ) ) );
		$this->assertSame( array( 70000, 30000 ), RoyaltyCalculator::shares( 100000, array( 70, 30 ) ) );
		$parts = RoyaltyCalculator::shares( 106363, array( 50, 25, 25 ) );
		// 53,181.5 + 26,590.75 + 26,590.75: the two largest remainders (0.75) get the two đồng left.
		$this->assertSame( array( 53181, 26591, 26591 ), $parts );
		$this->assertSame( 106363, array_sum( $parts ) );
		$this->assertSame( array(), RoyaltyCalculator::shares( 1000, array() ) );
	}

	public function test_stipends_are_prorated_by_the_term_within_the_year(): void {
		$this->assertSame( 2000000, RoyaltyCalculator::stipend( 2000000, 2026, '2024-01-01', '' ) );
		// From 01/07/2026: 184 of 365 days → 1,008,219.17 → 1,008,219.
		$this->assertSame( 1008219, RoyaltyCalculator::stipend( 2000000, 2026, '2026-07-01', '' ) );
		// Until 31/03/2024 in a leap year: 91 of 366 days → 497,267.76 → 497,268 (half up).
		$this->assertSame( 497268, RoyaltyCalculator::stipend( 2000000, 2024, '', '2024-03-31' ) );
		$this->assertSame( 0, RoyaltyCalculator::stipend( 2000000, 2026, '2027-01-01', '' ) );
		$this->assertSame( 0, RoyaltyCalculator::stipend( 2000000, 2026, '2020-01-01', '2025-12-31' ) );
	}

	/**
	 * Amounts and their words.
	 *
	 * @return array<string, array{int, string}>
	 */
	public static function words(): array {
		return array(
			'0'             => array( 0, 'không đồng' ),
			'1'             => array( 1, 'một đồng' ),
			'10'            => array( 10, 'mười đồng' ),
			'15'            => array( 15, 'mười lăm đồng' ),
			'21'            => array( 21, 'hai mươi mốt đồng' ),
			'101'           => array( 101, 'một trăm lẻ một đồng' ),
			'1,005,000'     => array( 1005000, 'một triệu không trăm lẻ năm nghìn đồng' ),
			'2,000,000,000' => array( 2000000000, 'hai tỉ đồng' ),
			'24'            => array( 24, 'hai mươi tư đồng' ),
			'110,000'       => array( 110000, 'một trăm mười nghìn đồng' ),
		);
	}

	/**
	 * @dataProvider words
	 *
	 * @param int    $amount Amount.
	 * @param string $text   Words.
	 */
	public function test_amounts_in_words( int $amount, string $text ): void {
		$this->assertSame( $text, AmountInWords::dong( $amount ) );
	}

	public function test_money_is_printed_with_dots_and_the_dong_sign(): void {
		$this->assertSame( '2.000.000 đ', Money::format( 2000000 ) );
		$this->assertSame( '-106.363 đ', Money::format( -106363 ) );
		$this->assertSame( '0 đ', Money::format( 0 ) );
	}
}
