<?php
/**
 * Access tests of the royalty rules: only administrators change them.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Royalty;

use Ttdt\Royalty\RoyaltyRules;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Every role asks `PUT ttdt/v1/royalty/rules/<year>` through the real REST server.
 */
final class RulesAccessTest extends TestCase {

	private const ROUTE = '/ttdt/v1/royalty/rules/2031';

	/**
	 * A REST request as a user (0: anonymous).
	 *
	 * @param int                  $user_id User.
	 * @param string               $method  Method.
	 * @param array<string, mixed> $params  Body.
	 * @return WP_REST_Response
	 */
	private function rest( int $user_id, string $method, array $params = array() ): WP_REST_Response {
		wp_set_current_user( $user_id );
		$request = new WP_REST_Request( $method, self::ROUTE );
		foreach ( $params as $key => $value ) {
			$request->set_param( $key, $value );
		}
		return rest_do_request( $request );
	}

	public function test_only_administrators_change_the_rules(): void {
		$before = RoyaltyRules::for_year( 2031 )['budget'];
		$change = array(
			'budget'   => 123456789,
			'stipends' => array(
				'head'   => 1,
				'deputy' => 1,
				'member' => 1,
			),
		);
		foreach ( array( 'ttdt_collaborator', 'ttdt_accountant', 'ttdt_moderator' ) as $role ) {
			$refused = $this->rest( self::create_user( $role )->ID, 'PUT', $change );
			$this->assertSame( 403, $refused->get_status(), $role );
			$this->assertSame( $before, RoyaltyRules::for_year( 2031 )['budget'], $role . ' changed nothing' );
		}
		$this->assertSame( 401, $this->rest( 0, 'PUT', $change )->get_status() );
		$this->assertSame( 401, $this->rest( 0, 'GET' )->get_status() );

		// The accountant reads them (they price the statements), without the right to change.
		$read = $this->rest( self::create_user( 'ttdt_accountant' )->ID, 'GET' );
		$this->assertSame( 200, $read->get_status() );
		$this->assertArrayNotHasKey( 'https://api.w.org/action-manage-royalty-rules', $read->get_links() );
		$this->assertSame( 403, $this->rest( self::create_user( 'ttdt_collaborator' )->ID, 'GET' )->get_status() );

		$admin = self::create_user( 'administrator' )->ID;
		$this->assertArrayHasKey( 'https://api.w.org/action-manage-royalty-rules', $this->rest( $admin, 'GET' )->get_links() );
		$saved = $this->rest( $admin, 'PUT', $change );
		$this->assertSame( 200, $saved->get_status() );
		$this->assertSame( 123456789, RoyaltyRules::for_year( 2031 )['budget'] );
		$this->assertSame( 1, RoyaltyRules::for_year( 2031 )['stipends']['deputy'] );
	}

	public function test_a_refused_rule_names_its_field(): void {
		$admin = self::create_user( 'administrator' )->ID;

		$schema = $this->rest( $admin, 'PUT', array( 'budget' => -5 ) );
		$this->assertSame( 400, $schema->get_status() );
		$this->assertArrayHasKey( 'budget', $schema->as_error()->get_error_data()['params'] );

		$twice = array(
			array(
				'key'         => 'tin',
				'label'       => 'Tin',
				'coefficient' => 1,
			),
			array(
				'key'         => 'tin',
				'label'       => 'Tin ngắn',
				'coefficient' => 0.5,
			),
		);
		$keys  = $this->rest( $admin, 'PUT', array( 'genres' => $twice ) );
		$this->assertSame( 400, $keys->get_status() );
		$this->assertSame( array( 'genres' ), array_keys( $keys->as_error()->get_error_data()['params'] ) );

		$divisor = $this->rest( $admin, 'PUT', array( 'day_divisor' => array( array( 'from' => '2031-01-01', 'value' => 40 ) ) ) );
		$this->assertSame( 400, $divisor->get_status() );
		$this->assertSame( array( 'day_divisor' ), array_keys( $divisor->as_error()->get_error_data()['params'] ) );
	}
}
