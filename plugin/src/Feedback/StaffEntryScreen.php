<?php
/**
 * The admin form for feedback received in person, by phone or on paper.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreens;
use Ttdt\Support\Hookable;

/**
 * A plain form (no script needed) under the portal's menu: staff type in what a citizen said
 * at the office or on the phone, or what a letter says, and get the tracking code to give the
 * citizen. The same intake as the public form and the staff REST route, so the same rules.
 *
 * @since 0.1.0
 */
final class StaffEntryScreen implements Hookable {

	/**
	 * Admin page slug.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PAGE = 'ttdt-portal-feedback-entry';

	/**
	 * The `action` of the form.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ACTION = 'ttdt_feedback_staff_entry';

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
		add_action( 'admin_menu', array( $this, 'register_menu' ), 20 );
		add_action( 'admin_post_' . self::ACTION, array( $this, 'handle' ) );
	}

	/**
	 * Adds the page to the portal's menu.
	 *
	 * @since 0.1.0
	 */
	public function register_menu(): void {
		add_submenu_page(
			AdminScreens::MENU_SLUG,
			__( 'Record feedback received in person, by phone or on paper', 'ttdt-portal' ),
			__( 'Record feedback', 'ttdt-portal' ),
			Capabilities::HANDLE_FEEDBACK,
			self::PAGE,
			array( $this, 'render' )
		);
	}

	/**
	 * Records the item and returns to the page with its code or the messages.
	 *
	 * @since 0.1.0
	 */
	public function handle(): void {
		check_admin_referer( self::ACTION );
		if ( ! current_user_can( Capabilities::HANDLE_FEEDBACK ) ) {
			wp_die( esc_html__( 'You are not allowed to record or read citizens\' feedback. Ask an administrator for the feedback-handling permission.', 'ttdt-portal' ), 403 );
		}
		$input = array();
		foreach ( array( 'name', 'email', 'phone', 'address', 'type', 'subject', 'content', 'consent', 'channel' ) as $key ) {
			$input[ $key ] = isset( $_POST[ $key ] ) && is_string( $_POST[ $key ] ) ? wp_unslash( $_POST[ $key ] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- validated by FeedbackSubmission.
		}
		$saved = $this->intake->record( $input, FeedbackFiles::from_field( $_FILES['files'] ?? null ) ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- checked by FeedbackFiles::check().
		$key   = 'ttdt_fb_entry_' . get_current_user_id();
		if ( is_wp_error( $saved ) ) {
			set_transient(
				$key,
				array(
					'message' => $saved->get_error_message(),
					'errors'  => (array) ( $saved->get_error_data()['errors'] ?? array() ),
					'values'  => $input,
				),
				10 * MINUTE_IN_SECONDS
			);
		} else {
			set_transient( $key, array( 'code' => TrackingCode::format( $saved['code'] ) ), 10 * MINUTE_IN_SECONDS );
		}
		wp_safe_redirect( admin_url( 'admin.php?page=' . self::PAGE ) );
		exit;
	}

	/**
	 * Prints the page.
	 *
	 * @since 0.1.0
	 */
	public function render(): void {
		$key    = 'ttdt_fb_entry_' . get_current_user_id();
		$result = get_transient( $key );
		delete_transient( $key );
		$result = is_array( $result ) ? $result : array();
		$values = (array) ( $result['values'] ?? array() );
		$errors = (array) ( $result['errors'] ?? array() );
		$value  = static fn( string $field ): string => is_string( $values[ $field ] ?? null ) ? $values[ $field ] : '';
		$fields = array(
			'name'    => __( 'Full name', 'ttdt-portal' ),
			'email'   => __( 'E-mail', 'ttdt-portal' ),
			'phone'   => __( 'Phone number', 'ttdt-portal' ),
			'address' => __( 'Address (optional)', 'ttdt-portal' ),
			'subject' => __( 'Subject', 'ttdt-portal' ),
		);
		echo '<div class="wrap"><h1>' . esc_html__( 'Record feedback received in person, by phone or on paper', 'ttdt-portal' ) . '</h1>';
		if ( ! empty( $result['code'] ) ) {
			/* translators: %s: tracking code. */
			echo '<div class="notice notice-success" role="status"><p>' . esc_html( sprintf( __( 'Recorded. Give the citizen the tracking code %s.', 'ttdt-portal' ), (string) $result['code'] ) ) . '</p></div>';
		} elseif ( ! empty( $result['message'] ) ) {
			echo '<div class="notice notice-error" role="alert"><p>' . esc_html( (string) $result['message'] ) . '</p></div>';
		}
		echo '<form method="post" enctype="multipart/form-data" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '">';
		echo '<input type="hidden" name="action" value="' . esc_attr( self::ACTION ) . '" />';
		wp_nonce_field( self::ACTION );
		echo '<table class="form-table" role="presentation"><tbody>';
		echo '<tr><th scope="row"><label for="ttdt-entry-channel">' . esc_html__( 'How it was received', 'ttdt-portal' ) . '</label></th><td><select id="ttdt-entry-channel" name="channel">';
		foreach ( FeedbackChannel::staff() as $channel ) {
			echo '<option value="' . esc_attr( $channel ) . '"' . selected( $value( 'channel' ), $channel, false ) . '>' . esc_html( FeedbackChannel::labels()[ $channel ] ) . '</option>';
		}
		echo '</select>' . self::error( $errors, 'channel' ) . '</td></tr>'; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in error().
		foreach ( $fields as $field => $label ) {
			echo '<tr><th scope="row"><label for="ttdt-entry-' . esc_attr( $field ) . '">' . esc_html( $label ) . '</label></th><td><input class="regular-text" type="text" id="ttdt-entry-' . esc_attr( $field ) . '" name="' . esc_attr( $field ) . '" value="' . esc_attr( $value( $field ) ) . '" maxlength="' . esc_attr( (string) FeedbackSubmission::MAX[ $field ] ) . '" />' . self::error( $errors, $field ) . '</td></tr>'; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in error().
		}
		echo '<tr><th scope="row"><label for="ttdt-entry-type">' . esc_html__( 'Kind of feedback', 'ttdt-portal' ) . '</label></th><td><select id="ttdt-entry-type" name="type">';
		foreach ( FeedbackType::labels() as $type => $label ) {
			echo '<option value="' . esc_attr( $type ) . '"' . selected( $value( 'type' ), $type, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select></td></tr>';
		echo '<tr><th scope="row"><label for="ttdt-entry-content">' . esc_html__( 'Content', 'ttdt-portal' ) . '</label></th><td><textarea class="large-text" rows="8" id="ttdt-entry-content" name="content">' . esc_textarea( $value( 'content' ) ) . '</textarea>' . self::error( $errors, 'content' ) . '</td></tr>'; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in error().
		echo '<tr><th scope="row"><label for="ttdt-entry-files">' . esc_html__( 'Attachments (optional)', 'ttdt-portal' ) . '</label></th><td><input type="file" id="ttdt-entry-files" name="files[]" multiple accept=".jpg,.jpeg,.png,.webp,.pdf" />' . self::error( $errors, 'files' ) . '</td></tr>'; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in error().
		echo '<tr><th scope="row">' . esc_html__( 'Consent given', 'ttdt-portal' ) . '</th><td><label><input type="checkbox" name="consent" value="1" /> ' . esc_html( FeedbackConsent::text() ) . '</label><p class="description">' . esc_html__( 'Tick only if the citizen agreed to this text (read it to them on the phone); it is stored with the time.', 'ttdt-portal' ) . '</p></td></tr>';
		echo '</tbody></table>';
		submit_button( __( 'Record feedback', 'ttdt-portal' ) );
		echo '</form></div>';
	}

	/**
	 * The message of one field, escaped.
	 *
	 * @param array<string, string> $errors Field => message.
	 * @param string                $field  Field.
	 * @return string
	 */
	private static function error( array $errors, string $field ): string {
		return isset( $errors[ $field ] ) ? '<p class="description" style="color:#b32d2e">' . esc_html( (string) $errors[ $field ] ) . '</p>' : '';
	}
}
