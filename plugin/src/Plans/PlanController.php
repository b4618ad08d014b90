<?php
/**
 * Base of the plans' REST controllers.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\RestController;
use WP_Error;
use WP_REST_Request;

/**
 * The plans, their topics and their progress answer to the same two rights: board members who
 * write read them ({@see Capabilities::VIEW_PLANS}), those who manage plans change them
 * ({@see Capabilities::MANAGE_PLANS}). One place for both checks, so the three controllers
 * cannot drift apart.
 *
 * @since 0.1.0
 */
abstract class PlanController extends RestController {

	/**
	 * Plans and topics.
	 *
	 * @var PlanRepository
	 */
	protected PlanRepository $plans;

	/**
	 * Who may read plans, topics and progress.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return $this->permit( current_user_can( Capabilities::VIEW_PLANS ), PlanErrors::cannot_view() );
	}

	/**
	 * Who may write plans and topics.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		return $this->permit( current_user_can( Capabilities::MANAGE_PLANS ), PlanErrors::cannot_write() );
	}
}
