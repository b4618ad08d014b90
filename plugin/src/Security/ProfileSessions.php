<?php
/**
 * "End all sessions" on a user's profile screen.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;
use WP_Error;
use WP_Session_Tokens;
use WP_User;

/**
 * The profile screen (user-edit.php, profile.php) is where an administrator looks at an
 * account they suspect: it offers the same action as the roster's row action, as a plain
 * nonce-checked form post (no script). The profile screen is itself one big form and forms
 * cannot nest, so the button and its fields belong, through their `form` attribute, to a
 * separate empty form printed in the footer; the profile's own fields are not sent with it.
 *
 * @since 0.1.0
 */
final class ProfileSessions implements Hookable {

	/**
	 * The `action` of the form post (admin-post.php).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ACTION = 'ttdt_end_sessions';

	/**
	 * Field holding the nonce (not `_wpnonce`: the profile form has its own).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NONCE = 'ttdt_sessions_nonce';

	/**
	 * Query argument of the return to the profile: how many sessions were ended.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DONE = 'ttdt_sessions_ended';

	/**
	 * ID of the footer form the button submits.
	 *
	 * @var string
	 */
	private const FORM_ID = 'ttdt-end-sessions';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'edit_user_profile', array( $this, 'render_row' ) );
		add_action( 'show_user_profile', array( $this, 'render_row' ) );
		add_action( 'admin_footer-user-edit.php', array( $this, 'render_form' ) );
		add_action( 'admin_footer-profile.php', array( $this, 'render_form' ) );
		add_action( 'admin_post_' . self::ACTION, array( $this, 'handle' ) );
		add_action( 'admin_notices', array( $this, 'render_notice' ) );
	}

	/**
	 * The nonce action for one account.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id Account.
	 * @return string
	 */
	public static function nonce_action( int $user_id ): string {
		return self::ACTION . '_' . $user_id;
	}

	/**
	 * The row with the button, for administrators only (the same capability the REST route
	 * and the roster's link check).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_User $user The account shown.
	 */
	public function render_row( $user ): void {
		if ( ! $user instanceof WP_User || ! current_user_can( Capabilities::END_SESSIONS, $user->ID ) ) {
			return;
		}
		$count   = count( WP_Session_Tokens::get_instance( $user->ID )->get_all() );
		$confirm = $user->ID === get_current_user_id()
			? __( 'End every session of your own account? You will be signed out here too and will have to sign in again.', 'ttdt-portal' )
			: __( 'End every session of this account? The person will have to sign in again on every device.', 'ttdt-portal' );
		echo '<h2>' . esc_html__( 'Sessions', 'ttdt-portal' ) . '</h2><table class="form-table" role="presentation"><tbody><tr><th scope="row">' . esc_html__( 'End all sessions', 'ttdt-portal' ) . '</th><td>';
		echo '<input type="hidden" form="' . esc_attr( self::FORM_ID ) . '" name="action" value="' . esc_attr( self::ACTION ) . '" />';
		echo '<input type="hidden" form="' . esc_attr( self::FORM_ID ) . '" name="user_id" value="' . esc_attr( (string) $user->ID ) . '" />';
		echo '<input type="hidden" form="' . esc_attr( self::FORM_ID ) . '" name="' . esc_attr( self::NONCE ) . '" value="' . esc_attr( wp_create_nonce( self::nonce_action( $user->ID ) ) ) . '" />';
		echo '<button type="submit" class="button" id="ttdt-end-sessions-button" form="' . esc_attr( self::FORM_ID ) . '" onclick="return window.confirm(' . esc_attr( (string) wp_json_encode( $confirm ) ) . ');">' . esc_html__( 'End all sessions', 'ttdt-portal' ) . '</button>';
		/* translators: %d: number of sessions. */
		echo '<p class="description">' . esc_html( sprintf( _n( '%d session open now. Ending them signs the account out on every device; the action is recorded in the audit log.', '%d sessions open now. Ending them signs the account out on every device; the action is recorded in the audit log.', $count, 'ttdt-portal' ), $count ) ) . '</p>';
		echo '</td></tr></tbody></table>';
	}

	/**
	 * The empty form the button submits, outside the profile form.
	 *
	 * @since 0.1.0
	 */
	public function render_form(): void {
		echo '<form id="' . esc_attr( self::FORM_ID ) . '" method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"></form>';
	}

	/**
	 * Ends the sessions and returns to the profile, or stops with the reason.
	 *
	 * @since 0.1.0
	 */
	public function handle(): void {
		// The nonce is verified in end_sessions(), which the tests call directly.
		$result = $this->end_sessions(
			array(
				'user_id'   => absint( wp_unslash( $_POST['user_id'] ?? 0 ) ),
				self::NONCE => sanitize_key( wp_unslash( $_POST[ self::NONCE ] ?? '' ) ),
			)
		);
		if ( is_wp_error( $result ) ) {
			wp_die( esc_html( $result->get_error_message() ), '', array( 'response' => 403, 'back_link' => true ) );
		}
		wp_safe_redirect( $result );
		exit;
	}

	/**
	 * Checks the nonce and the capability, ends every session (audited) and tells where to
	 * go next: back to the profile with the count, or to the login form for one's own.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $input The posted fields, unslashed.
	 * @return string|WP_Error The URL to return to, or why nothing was done.
	 */
	public function end_sessions( array $input ) {
		$user_id = absint( $input['user_id'] ?? 0 );
		$nonce   = is_string( $input[ self::NONCE ] ?? null ) ? $input[ self::NONCE ] : '';
		if ( ! $user_id || ! wp_verify_nonce( $nonce, self::nonce_action( $user_id ) ) ) {
			return new WP_Error( 'ttdt_sessions_nonce', __( 'The form has expired. Reload the profile page and press the button again.', 'ttdt-portal' ) );
		}
		if ( ! current_user_can( Capabilities::END_SESSIONS, $user_id ) ) {
			return new WP_Error( 'ttdt_sessions_forbidden', __( 'Only an administrator may end the sessions of an account.', 'ttdt-portal' ) );
		}
		$ended = SessionHygiene::end_all( $user_id, SessionEndReason::MANUAL );
		if ( get_current_user_id() === $user_id ) {
			// The cookie of this very request is no longer valid.
			return wp_login_url( admin_url( 'profile.php' ) );
		}
		return add_query_arg(
			array(
				'user_id'  => $user_id,
				self::DONE => $ended,
			),
			admin_url( 'user-edit.php' )
		);
	}

	/**
	 * The notice on the profile after the return.
	 *
	 * @since 0.1.0
	 */
	public function render_notice(): void {
		global $pagenow;
		// Only shows a count the redirect carried: no nonce needed.
		if ( 'user-edit.php' !== $pagenow || ! isset( $_GET[ self::DONE ] ) ) {
			return;
		}
		$ended = absint( wp_unslash( $_GET[ self::DONE ] ) );
		/* translators: %d: number of sessions. */
		$message = sprintf( _n( '%d session ended. The person has to sign in again.', '%d sessions ended. The person has to sign in again.', $ended, 'ttdt-portal' ), $ended );
		echo '<div class="notice notice-success is-dismissible" role="status"><p>' . esc_html( $message ) . '</p></div>';
	}
}
