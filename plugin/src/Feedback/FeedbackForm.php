<?php
/**
 * The feedback form without JavaScript: a plain POST to `admin-post.php`.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\WriteSide;

/**
 * Works in any browser, with scripts off: the form posts to `admin-post.php`, the intake runs
 * exactly as for the REST route, and the visitor is sent back (303, so a reload does not post
 * again) to the form's page with a one-time result key. The page then shows the code, or the
 * messages next to the fields with what was typed. The result is kept ten minutes in a
 * transient named by a random key, readable only by whoever holds the key.
 *
 * @since 0.1.0
 */
final class FeedbackForm implements WriteSide {

	/**
	 * The `action` of the form.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ACTION = 'ttdt_feedback_submit';

	/**
	 * Name of the nonce field: not `_wpnonce`, which the REST API would take for its own when
	 * the script sends the same form data to the REST route.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NONCE_FIELD = 'ttdt_nonce';

	/**
	 * Query argument carrying the result key.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RESULT_ARG = 'ttdt_feedback';

	/**
	 * Prefix of the result transients.
	 *
	 * @var string
	 */
	private const TRANSIENT = 'ttdt_fb_result_';

	/**
	 * Intake.
	 *
	 * @var FeedbackIntake
	 */
	private FeedbackIntake $intake;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param FeedbackIntake $intake Intake.
	 */
	public function __construct( FeedbackIntake $intake ) {
		$this->intake = $intake;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'admin_post_nopriv_' . self::ACTION, array( $this, 'handle' ) );
		add_action( 'admin_post_' . self::ACTION, array( $this, 'handle' ) );
	}

	/**
	 * Handles the POST and redirects back to the form.
	 *
	 * @since 0.1.0
	 */
	public function handle(): void {
		$back = self::back_url();
		// The nonce proves the post comes from the form; the signed form token (FormToken)
		// adds the fill time. A page cached past the nonce's life asks for a reload.
		if ( ! wp_verify_nonce( isset( $_POST[ self::NONCE_FIELD ] ) ? sanitize_key( wp_unslash( $_POST[ self::NONCE_FIELD ] ) ) : '', self::ACTION ) ) {
			$this->finish(
				array(
					'ok'      => false,
					'message' => __( 'This form has expired. Please reload the page and send your feedback again.', 'ttdt-portal' ),
					'errors'  => array(),
					'values'  => array(),
				),
				$back
			);
		}
		$input = array();
		foreach ( array( 'name', 'email', 'phone', 'address', 'type', 'subject', 'content', 'consent', 'website', 'started' ) as $key ) {
			$value         = isset( $_POST[ $key ] ) ? wp_unslash( $_POST[ $key ] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- validated by FeedbackSubmission.
			$input[ $key ] = is_scalar( $value ) ? (string) $value : $value;
		}
		$files = FeedbackFiles::from_field( $_FILES['files'] ?? null ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- checked by FeedbackFiles::check().

		$saved = $this->intake->submit( $input, $files );
		if ( is_wp_error( $saved ) ) {
			$data   = (array) $saved->get_error_data();
			$result = array(
				'ok'      => false,
				'message' => $saved->get_error_message(),
				'errors'  => (array) ( $data['errors'] ?? array() ),
				// What was typed comes back into the fields, except the anti-abuse fields.
				'values'  => array_map( static fn( $v ) => is_string( $v ) ? mb_substr( $v, 0, 5000 ) : '', array_diff_key( $input, array_flip( array( 'website', 'started' ) ) ) ),
			);
		} else {
			$result = array(
				'ok'      => true,
				'code'    => TrackingCode::format( $saved['code'] ),
				'message' => SubmissionController::thanks( $saved['code'] ),
			);
		}
		$this->finish( $result, $back );
	}

	/**
	 * Keeps the result under a random key and sends the visitor back to the form.
	 *
	 * @param array<string, mixed> $result Result.
	 * @param string               $back   Form page.
	 * @return never
	 */
	private function finish( array $result, string $back ): void {
		$key = bin2hex( random_bytes( 16 ) );
		set_transient( self::TRANSIENT . $key, $result, 10 * MINUTE_IN_SECONDS );
		wp_safe_redirect( add_query_arg( self::RESULT_ARG, $key, $back ) . '#ttdt-feedback-form', 303 );
		exit;
	}

	/**
	 * The result for the key in the current URL, if any.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>|null
	 */
	public static function current_result(): ?array {
		$key = isset( $_GET[ self::RESULT_ARG ] ) ? sanitize_key( wp_unslash( $_GET[ self::RESULT_ARG ] ) ) : '';
		if ( ! preg_match( '/^[a-f0-9]{32}$/', $key ) ) {
			return null;
		}
		$result = get_transient( self::TRANSIENT . $key );
		return is_array( $result ) ? $result : null;
	}

	/**
	 * Where to send the visitor back: the form's page (same site only), else the home page.
	 *
	 * @return string
	 */
	private static function back_url(): string {
		$back = isset( $_POST['back'] ) ? esc_url_raw( wp_unslash( $_POST['back'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Missing -- read before the nonce check to send the visitor back; checked by wp_validate_redirect().
		$back = remove_query_arg( self::RESULT_ARG, $back );
		return wp_validate_redirect( $back, home_url( '/' ) );
	}
}
