<?php
/**
 * The accountant's landing page after sign-in and the royalty dashboard widget.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreens;
use Ttdt\Support\WriteSide;
use WP_User;

/**
 * The accountant's only work in the portal is the statements, so they land on them after
 * signing in instead of an empty dashboard; those who read statements see the month's totals
 * in a dashboard widget.
 *
 * @since 0.1.0
 */
final class RoyaltyLanding implements WriteSide {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'login_redirect', array( $this, 'login_redirect' ), 10, 3 );
		add_action( 'wp_dashboard_setup', array( $this, 'add_widget' ) );
	}

	/**
	 * Sends those whose work is the statements (they read royalties but write no items)
	 * to the royalty screen after signing in, unless they were going somewhere.
	 *
	 * @since 0.1.0
	 *
	 * @param string           $redirect_to Where WordPress would go.
	 * @param string           $requested   Where the user asked to go.
	 * @param WP_User|\WP_Error $user        User.
	 * @return string
	 */
	public function login_redirect( $redirect_to, $requested, $user ): string {
		if ( ! $user instanceof WP_User || ! $user->has_cap( Capabilities::VIEW_ROYALTIES ) || $user->has_cap( 'edit_posts' ) ) {
			return (string) $redirect_to;
		}
		if ( '' !== (string) $requested && admin_url() !== (string) $requested && admin_url( 'index.php' ) !== (string) $requested ) {
			return (string) $redirect_to;
		}
		return admin_url( 'admin.php?page=' . AdminScreens::page_slug( RoyaltyScreen::NAME ) );
	}

	/**
	 * Adds the month's totals to the dashboard of those who read statements.
	 *
	 * @since 0.1.0
	 */
	public function add_widget(): void {
		if ( current_user_can( Capabilities::VIEW_ROYALTIES ) ) {
			wp_add_dashboard_widget( 'ttdt_royalty_month', __( 'Royalties this month', 'ttdt-portal' ), array( $this, 'render_widget' ) );
		}
	}

	/**
	 * Renders the widget: this month's total, the year's spending against the budget, unpaid.
	 *
	 * @since 0.1.0
	 */
	public function render_widget(): void {
		$now     = current_datetime();
		$summary = LedgerReport::summary( (int) $now->format( 'Y' ), null );
		$month   = $summary['months'][ (int) $now->format( 'n' ) - 1 ];
		$rows    = array(
			__( 'This month', 'ttdt-portal' )      => $month['royalties'] + $month['fees'] + $month['other'],
			__( 'Spent this year', 'ttdt-portal' ) => $summary['spent'],
			__( 'Budget', 'ttdt-portal' )          => $summary['budget'],
			__( 'Not paid yet', 'ttdt-portal' )    => $summary['unpaid'],
		);
		echo '<table class="widefat striped"><tbody>';
		foreach ( $rows as $label => $amount ) {
			printf( '<tr><th scope="row">%1$s</th><td style="text-align:right">%2$s</td></tr>', esc_html( $label ), esc_html( Money::format( (int) $amount ) ) );
		}
		echo '</tbody></table>';
		printf(
			'<p><a href="%1$s">%2$s</a></p>',
			esc_url( admin_url( 'admin.php?page=' . AdminScreens::page_slug( RoyaltyScreen::NAME ) ) ),
			esc_html__( 'Open the royalty statements', 'ttdt-portal' )
		);
	}
}
