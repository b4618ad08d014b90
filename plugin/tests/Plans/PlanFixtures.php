<?php
/**
 * Helpers of the plan tests: REST calls and fixtures made through the real routes.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Plans;

use Ttdt\Board\BoardMeta;
use Ttdt\Board\BoardPosition;
use WP_REST_Request;
use WP_REST_Response;
use WP_User;

/**
 * Used by the plan tests, which extend the plugin's `TestCase` (one transaction per test).
 */
trait PlanFixtures {

	/**
	 * A REST request as a user (0: anonymous).
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
	 * The head of the board: a publisher with the board position `head`.
	 *
	 * @return WP_User
	 */
	private static function head(): WP_User {
		$head = self::create_user( 'ttdt_publisher' );
		update_user_meta( $head->ID, BoardMeta::POSITION_META, BoardPosition::HEAD );
		return $head;
	}

	/**
	 * A draft plan for the first half of 2031 with one topic per given target, made by a
	 * writer of plans.
	 *
	 * @param int   $writer  User who writes the plan.
	 * @param int[] $targets Targets of the topics, each assigned to the writer.
	 * @return array{plan: int, topics: int[]}
	 */
	private function draft_plan( int $writer, array $targets = array( 3 ) ): array {
		$plan = $this->rest(
			$writer,
			'POST',
			'/ttdt/v1/plans',
			array(
				'period' => 'H1',
				'year'   => 2031,
				'title'  => 'Kế hoạch tuyên truyền',
			)
		);
		$this->assertSame( 201, $plan->get_status(), wp_json_encode( $plan->get_data() ) );
		$id     = (int) $plan->get_data()['id'];
		$topics = array();
		foreach ( $targets as $n => $target ) {
			$topic = $this->rest(
				$writer,
				'POST',
				'/ttdt/v1/plan-topics',
				array(
					'plan_id'     => $id,
					'title'       => 'Chủ đề ' . ( $n + 1 ),
					'target'      => $target,
					'starts_on'   => '2031-02-01',
					'ends_on'     => '2031-03-31',
					'assignee_id' => $writer,
				)
			);
			$this->assertSame( 201, $topic->get_status(), wp_json_encode( $topic->get_data() ) );
			$topics[] = (int) $topic->get_data()['id'];
		}
		return array(
			'plan'   => $id,
			'topics' => $topics,
		);
	}

	/**
	 * Moves a plan to a state as a user.
	 *
	 * @param int    $user_id User.
	 * @param int    $plan    Plan ID.
	 * @param string $status  New state.
	 * @return WP_REST_Response
	 */
	private function move( int $user_id, int $plan, string $status ): WP_REST_Response {
		return $this->rest( $user_id, 'POST', "/ttdt/v1/plans/{$plan}/transition", array( 'status' => $status ) );
	}
}
