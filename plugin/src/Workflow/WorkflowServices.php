<?php
/**
 * Builds the services of the approval workflow.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Settings\Settings;
use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;

/**
 * Wires the workflow's pieces to each other, so `Plugin` lists one line for the feature.
 *
 * @since 0.1.0
 */
final class WorkflowServices {

	/**
	 * The workflow's services, ready for `register_hooks()`.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings service.
	 * @return Hookable[]
	 */
	public static function create( Settings $settings ): array {
		$deadlines = new ItemDeadline( $settings );
		$mailer    = new WorkflowMailer( $deadlines );
		$receipt   = new Receipt();
		$guard     = new ApprovalGuard( $mailer );
		$listener  = new StatusListener( $receipt, $mailer, $guard );
		$reminder  = new OverdueReminder( $deadlines, $mailer );
		// REST controllers: built when REST starts, not on every page view (issue 10).
		LazyServices::on(
			'rest_api_init',
			static function () use ( $deadlines, $listener, $receipt, $mailer, $reminder ): array {
				$items = new WorkflowController( new WorkflowItem( $deadlines, new ItemReviewers() ) );
				return array(
					$items,
					new WorkflowActionsController( new Transitions( $listener, $receipt, $mailer ), $items ),
					new WorkflowRemindersController( $reminder ),
				);
			}
		);

		return array(
			new WorkflowMeta(),
			new SaveTransaction(),
			$receipt,
			$listener,
			$guard,
			new ApprovalRule(),
			$reminder,
		);
	}
}
