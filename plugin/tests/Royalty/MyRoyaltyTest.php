<?php
/**
 * Access tests of "My royalties": a collaborator reads their own lines only.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Royalty;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreens;
use Ttdt\Royalty\Ledger;
use Ttdt\Royalty\MyRoyaltyScreen;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * Two collaborators owed money in the same month; each asks what the screen asks.
 */
final class MyRoyaltyTest extends TestCase {

	/**
	 * A GET as a user.
	 *
	 * @param int                  $user_id User.
	 * @param string               $route   Route.
	 * @param array<string, mixed> $params  Query.
	 * @return \WP_REST_Response
	 */
	private function get( int $user_id, string $route, array $params ) {
		wp_set_current_user( $user_id );
		$request = new WP_REST_Request( 'GET', $route );
		$request->set_query_params( $params );
		return rest_do_request( $request );
	}

	public function test_a_collaborator_reaches_their_own_lines_only(): void {
		$me    = self::create_user( 'ttdt_collaborator' )->ID;
		$other = self::create_user( 'ttdt_collaborator' )->ID;
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		foreach ( array( array( $me, 30000 ), array( $me, 20000 ), array( $other, 70000 ) ) as list( $payee, $amount ) ) {
			$this->assertGreaterThan(
				0,
				Ledger::add(
					array(
						'kind'          => 'royalty',
						'accrued_on'    => '2032-04-10',
						'amount'        => $amount,
						'item_id'       => 920000 + $amount,
						'genre'         => 'tin',
						'payee_user_id' => $payee,
						'payee_name'    => 'Người ' . $payee,
					)
				)
			);
		}

		// The menu item is there for whoever writes, not for a subscriber.
		$this->assertTrue( user_can( $me, Capabilities::READ_OWN_ROYALTIES ) );
		$this->assertFalse( user_can( self::create_user( 'subscriber' )->ID, Capabilities::READ_OWN_ROYALTIES ) );
		$this->assertFalse( user_can( $me, Capabilities::VIEW_ROYALTIES ), 'the statements of everyone stay closed' );
		$screens = ( new AdminScreens() )->definitions();
		$this->assertSame( Capabilities::READ_OWN_ROYALTIES, $screens[ MyRoyaltyScreen::NAME ][2] );

		$lines = $this->get( $me, '/ttdt/v1/royalty/lines', array( 'period' => '2032-04' ) );
		$this->assertSame( 200, $lines->get_status() );
		$amounts = array_map( 'intval', array_column( $lines->get_data(), 'amount' ) );
		sort( $amounts );
		$this->assertSame( array( 20000, 30000 ), $amounts );
		$this->assertSame( array( $me ), array_values( array_unique( array_column( $lines->get_data(), 'payee_user_id' ) ) ) );

		$summary = $this->get( $me, '/ttdt/v1/royalty/summary', array( 'year' => 2032 ) )->get_data();
		$this->assertSame( 50000, $summary['spent'] );
		$this->assertSame( array( $me ), array_column( $summary['top'], 'user_id' ) );
		$this->assertFalse( $summary['can_manage'] );
		$this->assertFalse( $summary['can_export'] );

		$this->assertSame( 403, $this->get( $me, '/ttdt/v1/royalty/summary', array( 'year' => 2032, 'payee' => $other ) )->get_status() );
		$this->assertSame( 403, $this->get( $me, '/ttdt/v1/royalty/lines', array( 'payee' => $other ) )->get_status() );
		$statement = $this->get( $me, '/ttdt/v1/royalty/statement', array( 'period' => '2032-04' ) )->get_data();
		$this->assertSame( 50000, $statement['total'] );
	}
}
