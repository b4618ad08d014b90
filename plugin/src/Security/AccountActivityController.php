<?php
/**
 * REST route of one's own account activity: `ttdt/v1/account/activity`.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Audit\AuditLog;
use Ttdt\Audit\AuditPresenter;
use Ttdt\Audit\AuditQuery;
use Ttdt\Audit\AuditSchema;
use Ttdt\Support\RestController;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Staff answer for what happens under their account (Art. 13.5), so each sees the recent
 * entries of the audit log made under it (logins with IP and time, actions) and the failed
 * logins tried on it, and can report one with "this was not me". Only one's own: the whole
 * log stays with those who may read it.
 *
 * @since 0.1.0
 */
final class AccountActivityController extends RestController {

	/**
	 * How many entries are shown.
	 *
	 * @var int
	 */
	private const LIMIT = 50;

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'account/activity';

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => array(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Staff, about themselves.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return $this->permit(
			current_user_can( Capabilities::REPORT_INCIDENT ),
			__( 'Only staff of the portal have an account activity to show. Sign in with your own account.', 'ttdt-portal' )
		);
	}

	/**
	 * The newest entries by or about the current user.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$rows = self::rows( get_current_user_id() );
		$names = AuditPresenter::names( $rows );
		$items = array();
		foreach ( $rows as $row ) {
			$items[] = $this->filter_response_by_context( AuditPresenter::present( $row, $names ), 'view' );
		}
		return rest_ensure_response( $items );
	}

	/**
	 * Entries by the user and failed logins to their account, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User.
	 * @return object[]
	 */
	public static function rows( int $user_id ): array {
		$own              = new AuditQuery();
		$own->user_id     = $user_id;
		$own->per_page    = self::LIMIT;
		$failed           = new AuditQuery();
		$failed->action   = 'auth.login_failed';
		$failed->object_type = 'user';
		$failed->object_id   = $user_id;
		$failed->per_page    = self::LIMIT;
		$rows             = array_merge( AuditLog::find( $own ), AuditLog::find( $failed ) );
		usort( $rows, static fn( $a, $b ) => ( (int) $b->id ) <=> ( (int) $a->id ) );
		return array_slice( $rows, 0, self::LIMIT );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function schema(): array {
		return AuditSchema::entry();
	}
}
