<?php
/**
 * The yearly stipends of the editorial board (Art. 10), prorated by each member's term.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use Ttdt\Board\BoardPosition;
use Ttdt\Board\BoardRoster;
use Ttdt\Support\Transaction;
use WP_Error;

/**
 * Records one stipend line per member of the board (head, deputies, members) for a fiscal
 * year, at the amount of the year's rules prorated by the days of their term within the year
 * (see {@see RoyaltyCalculator::stipend()}). A member who already has a stipend line for the
 * year gets none again, so running it twice changes nothing; a correction is an adjustment or
 * a reversal like any other line.
 *
 * @since 0.1.0
 */
final class Stipends {

	/**
	 * The board roster: members, positions and terms.
	 *
	 * @var BoardRoster
	 */
	private BoardRoster $roster;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param BoardRoster $roster The board roster.
	 */
	public function __construct( BoardRoster $roster ) {
		$this->roster = $roster;
	}

	/**
	 * Records the stipends of a year.
	 *
	 * @since 0.1.0
	 *
	 * @param int $year Fiscal year.
	 * @return int[]|WP_Error IDs of the lines recorded.
	 */
	public function accrue( int $year ) {
		$rules = RoyaltyRules::for_year( $year );
		return Transaction::run(
			function () use ( $year, $rules ) {
				$ids = array();
				foreach ( $this->roster->members() as $user ) {
					$board    = $this->roster->read( $user->ID );
					$position = $board['position'];
					if ( ! isset( $rules['stipends'][ $position ] ) || self::has_stipend( $user->ID, $year ) ) {
						continue;
					}
					$amount = RoyaltyCalculator::stipend( (int) $rules['stipends'][ $position ], $year, $board['term_start'], $board['term_end'] );
					if ( $amount <= 0 ) {
						continue;
					}
					$id = Ledger::add(
						array(
							'kind'          => 'stipend',
							'accrued_on'    => $year . '-12-31',
							'payee_user_id' => $user->ID,
							'payee_name'    => $user->display_name,
							'amount'        => $amount,
							/* translators: %s: board position, e.g. "Trưởng ban". */
							'note'          => sprintf( __( 'Board stipend (%s), prorated by the term.', 'ttdt-portal' ), BoardPosition::label( $position ) ),
						)
					);
					if ( ! $id ) {
						return Transaction::database_error();
					}
					$ids[] = $id;
				}
				return $ids;
			}
		);
	}

	/**
	 * Whether a member already has a stipend line for a year.
	 *
	 * @param int $user_id Member.
	 * @param int $year    Fiscal year.
	 * @return bool
	 */
	private static function has_stipend( int $user_id, int $year ): bool {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM %i WHERE fiscal_year = %d AND kind = 'stipend' AND payee_user_id = %d LIMIT 1", LedgerTable::name(), $year, $user_id ) );
	}
}
