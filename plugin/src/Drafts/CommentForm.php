<?php
/**
 * The comment form without JavaScript: a plain POST to `admin-post.php`.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\WriteSide;

/**
 * Works in any browser, with scripts off, like the feedback form: the form posts to
 * `admin-post.php`, the intake decides, and the visitor is sent back (303, so a reload does
 * not post again) to the draft's page with a one-time result key. The page then shows the
 * thanks, or the messages next to the fields with what was typed. The result is kept ten
 * minutes in a transient named by a random key, readable only by whoever holds the key.
 *
 * @since 0.1.0
 */
final class CommentForm implements WriteSide {

	/**
	 * The `action` of the form.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ACTION = 'ttdt_draft_comment';

	/**
	 * Name of the nonce field.
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
	public const RESULT_ARG = 'ttdt_gopy';

	/**
	 * The fields the form sends to the intake.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const FIELDS = array( 'name', 'contact', 'content', 'consent', 'website', 'started' );

	/**
	 * Prefix of the result transients.
	 *
	 * @var string
	 */
	private const TRANSIENT = 'ttdt_dc_result_';

	/**
	 * Intake.
	 *
	 * @var CommentIntake
	 */
	private CommentIntake $intake;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param CommentIntake $intake Intake.
	 */
	public function __construct( CommentIntake $intake ) {
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
	 * Handles the POST and redirects back to the draft.
	 *
	 * @since 0.1.0
	 */
	public function handle(): void {
		// Read before the nonce check, to know where to send the visitor back.
		$draft_id = isset( $_POST['draft'] ) ? absint( wp_unslash( $_POST['draft'] ) ) : 0;
		$back     = DraftPostType::NAME === get_post_type( $draft_id ) ? (string) get_permalink( $draft_id ) : home_url( '/' );
		$input    = array();
		foreach ( self::FIELDS as $key ) {
			$value         = isset( $_POST[ $key ] ) ? wp_unslash( $_POST[ $key ] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized, WordPress.Security.NonceVerification.Missing -- validated by CommentFields; nonce checked below.
			$input[ $key ] = is_scalar( $value ) ? (string) $value : $value;
		}
		// The nonce proves the post comes from the form; the signed form token adds the fill
		// time. A page cached past the nonce's life asks for a reload.
		if ( ! wp_verify_nonce( isset( $_POST[ self::NONCE_FIELD ] ) ? sanitize_key( wp_unslash( $_POST[ self::NONCE_FIELD ] ) ) : '', self::ACTION ) ) {
			$saved = new \WP_Error( 'ttdt_draft_comment_stale', __( 'This form has expired. Please reload the page and send your comment again.', 'ttdt-portal' ) );
		} else {
			$saved = $this->intake->submit( $draft_id, $input );
		}
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
				'message' => __( 'Thank you. Your comment was received and will be considered by the board drafting the document.', 'ttdt-portal' ),
			);
		}
		$key = bin2hex( random_bytes( 16 ) );
		set_transient( self::TRANSIENT . $key, $result, 10 * MINUTE_IN_SECONDS );
		wp_safe_redirect( add_query_arg( self::RESULT_ARG, $key, $back ) . '#ttdt-draft-comment', 303 );
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
}
