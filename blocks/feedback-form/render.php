<?php
/**
 * Server rendering of `ttdt/feedback-form`: the form, or the result of sending it.
 *
 * Without JavaScript the form posts to admin-post.php and comes back here with the result;
 * with JavaScript the view module (view.ts) sends the same fields to the REST route. The
 * markup below is printed in the state its Interactivity directives describe, so both paths
 * show the same page. The block does not declare `supports.interactivity`: core would parse
 * the whole form again to evaluate the directives (0.8 ms of the page), and write `value` on
 * the `<select>` and `<textarea>`, where HTML has no such attribute. The view module hydrates
 * the region on its own.
 *
 * @package Ttdt
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Blocks\TightMarkup;
use Ttdt\Feedback\FeedbackConsent;
use Ttdt\Feedback\FeedbackFiles;
use Ttdt\Feedback\FeedbackForm;
use Ttdt\Feedback\FeedbackSubmission;
use Ttdt\Feedback\FeedbackType;
use Ttdt\Feedback\FormToken;

$ttdt_result  = FeedbackForm::current_result();
$ttdt_values  = (array) ( $ttdt_result['values'] ?? array() );
$ttdt_errors  = (array) ( $ttdt_result['errors'] ?? array() );
$ttdt_id      = wp_unique_id( 'ttdt-fb-' );
$ttdt_value   = static fn( string $key ): string => is_string( $ttdt_values[ $key ] ?? null ) ? (string) $ttdt_values[ $key ] : '';
$ttdt_fields  = array(
	'name'    => array( __( 'Full name', 'ttdt-portal' ), 'text', 'name', true ),
	'email'   => array( __( 'E-mail', 'ttdt-portal' ), 'email', 'email', false ),
	'phone'   => array( __( 'Phone number', 'ttdt-portal' ), 'tel', 'tel', false ),
	'address' => array( __( 'Address (optional)', 'ttdt-portal' ), 'text', 'street-address', false ),
	'subject' => array( __( 'Subject', 'ttdt-portal' ), 'text', 'off', true ),
);
$ttdt_context = array(
	'endpoint' => rest_url( 'ttdt/v1/feedback' ),
	'busy'     => false,
	// A boolean, not the code: a bound empty string would still set `hidden`.
	'sent'     => ! empty( $ttdt_result['ok'] ),
	'code'     => ! empty( $ttdt_result['ok'] ) ? (string) $ttdt_result['code'] : '',
	'message'  => ! empty( $ttdt_result['ok'] ) ? (string) $ttdt_result['message'] : '',
	'summary'  => empty( $ttdt_result['ok'] ) ? (string) ( $ttdt_result['message'] ?? '' ) : '',
	// The fields' values live in the context and are bound to the fields: a re-render of the
	// block (after a message appears) would otherwise put the server's values back.
	'values'   => array(
		'name'    => $ttdt_value( 'name' ),
		'email'   => $ttdt_value( 'email' ),
		'phone'   => $ttdt_value( 'phone' ),
		'address' => $ttdt_value( 'address' ),
		'type'    => $ttdt_value( 'type' ) ? $ttdt_value( 'type' ) : FeedbackType::REPORT,
		'subject' => $ttdt_value( 'subject' ),
		'content' => $ttdt_value( 'content' ),
		'consent' => '1' === $ttdt_value( 'consent' ),
	),
	'errors'   => (object) $ttdt_errors,
	'invalid'  => (object) array_map( '__return_true', $ttdt_errors ),
	'maxFiles' => FeedbackFiles::MAX_FILES,
	'maxBytes' => FeedbackFiles::MAX_BYTES,
	'messages' => array(
		'required' => __( 'Please fill in this field.', 'ttdt-portal' ),
		'contact'  => __( 'Please give an e-mail address or a phone number, so the commune can answer you.', 'ttdt-portal' ),
		'email'    => __( 'This e-mail address is not valid. Please check it, for example ten@example.com.', 'ttdt-portal' ),
		'phone'    => __( 'This phone number is not valid. Please type 10 digits, for example 0912 345 678.', 'ttdt-portal' ),
		'consent'  => __( 'Please tick the consent box: without it the commune may not process your personal data.', 'ttdt-portal' ),
		/* translators: %d: the maximum number of files. */
		'files'    => sprintf( __( 'Please attach at most %d files.', 'ttdt-portal' ), FeedbackFiles::MAX_FILES ),
		/* translators: %d: size limit in MB. */
		'fileSize' => sprintf( __( 'A file is too large. Please attach files of at most %d MB each.', 'ttdt-portal' ), FeedbackFiles::MAX_BYTES / MB_IN_BYTES ),
		'fileType' => __( 'Please attach only JPEG, PNG or WebP photos or PDF files.', 'ttdt-portal' ),
		'summary'  => __( 'Some fields need correcting. Please see the messages next to them.', 'ttdt-portal' ),
		'network'  => __( 'The feedback could not be sent: the connection failed. Please check it and send again.', 'ttdt-portal' ),
	),
);
$ttdt_field_attrs = static function ( string $key ) use ( $ttdt_id, $ttdt_errors ): string {
	return sprintf(
		'id="%1$s" name="%2$s" aria-describedby="%1$s-error" aria-invalid="%3$s" data-wp-bind--aria-invalid="context.invalid.%2$s" data-wp-bind--%4$s="context.values.%2$s" data-wp-on--blur="actions.check" data-wp-on--input="actions.clear"',
		esc_attr( $ttdt_id . '-' . $key ),
		esc_attr( $key ),
		isset( $ttdt_errors[ $key ] ) ? 'true' : 'false',
		'consent' === $key ? 'checked' : 'value'
	);
};
$ttdt_error = static function ( string $key ) use ( $ttdt_id, $ttdt_errors ): void {
	printf(
		'<span id="%1$s-error" class="ttdt-feedback-form__error" data-wp-text="context.errors.%2$s" data-wp-bind--hidden="!context.errors.%2$s"%3$s>%4$s</span>',
		esc_attr( $ttdt_id . '-' . $key ),
		esc_attr( $key ),
		isset( $ttdt_errors[ $key ] ) ? '' : ' hidden',
		esc_html( (string) ( $ttdt_errors[ $key ] ?? '' ) )
	);
};
// Flex columns and block paragraphs: the indentation between tags never shows.
TightMarkup::start();
?>
<div <?php echo get_block_wrapper_attributes( array( 'id' => 'ttdt-feedback-form' ) ); ?> data-wp-interactive="ttdt/feedback-form" <?php echo wp_interactivity_data_wp_context( $ttdt_context ); // phpcs:ignore WordPress.Security.EscapeOutput -- core's helper returns the attribute JSON-encoded with HTML-safe flags, in single quotes. ?>>
	<div class="ttdt-feedback-form__result" role="status" tabindex="-1" data-wp-bind--hidden="!context.sent" data-wp-watch="callbacks.focusResult"<?php echo '' === $ttdt_context['code'] ? ' hidden' : ''; ?>>
		<p class="ttdt-feedback-form__code-label"><?php esc_html_e( 'Your tracking code', 'ttdt-portal' ); ?></p>
		<p class="ttdt-feedback-form__code" data-wp-text="context.code"><?php echo esc_html( $ttdt_context['code'] ); ?></p>
		<p data-wp-text="context.message"><?php echo esc_html( $ttdt_context['message'] ); ?></p>
	</div>
	<form class="ttdt-feedback-form__form" method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" enctype="multipart/form-data" novalidate data-wp-on--submit="actions.submit" data-wp-bind--hidden="context.sent"<?php echo '' !== $ttdt_context['code'] ? ' hidden' : ''; ?>>
		<p class="ttdt-feedback-form__summary" role="alert" data-wp-text="context.summary"><?php echo esc_html( $ttdt_context['summary'] ); ?></p>
		<input type="hidden" name="action" value="<?php echo esc_attr( FeedbackForm::ACTION ); ?>" />
		<input type="hidden" name="started" value="<?php echo esc_attr( FormToken::issue() ); ?>" />
		<input type="hidden" name="back" value="<?php echo esc_url( remove_query_arg( FeedbackForm::RESULT_ARG ) ); ?>" />
		<?php wp_nonce_field( FeedbackForm::ACTION, FeedbackForm::NONCE_FIELD, false ); ?>
		<p class="ttdt-feedback-form__required-note"><?php esc_html_e( 'Fields marked * are required. Give an e-mail address or a phone number, or both.', 'ttdt-portal' ); ?></p>

		<div class="ttdt-feedback-form__hp" aria-hidden="true">
			<label for="<?php echo esc_attr( $ttdt_id . '-website' ); ?>"><?php esc_html_e( 'Leave this field empty', 'ttdt-portal' ); ?></label>
			<input type="text" id="<?php echo esc_attr( $ttdt_id . '-website' ); ?>" name="website" value="" tabindex="-1" autocomplete="off" />
		</div>

		<?php foreach ( $ttdt_fields as $ttdt_key => list( $ttdt_label, $ttdt_type, $ttdt_autocomplete, $ttdt_required ) ) : ?>
			<p class="ttdt-feedback-form__field">
				<label for="<?php echo esc_attr( $ttdt_id . '-' . $ttdt_key ); ?>"><?php echo esc_html( $ttdt_label ); ?><?php echo $ttdt_required ? ' <span aria-hidden="true">*</span>' : ''; ?></label>
				<input type="<?php echo esc_attr( $ttdt_type ); ?>" <?php echo $ttdt_field_attrs( $ttdt_key ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped when built. ?> value="<?php echo esc_attr( $ttdt_value( $ttdt_key ) ); ?>" maxlength="<?php echo esc_attr( (string) FeedbackSubmission::MAX[ $ttdt_key ] ); ?>" autocomplete="<?php echo esc_attr( $ttdt_autocomplete ); ?>"<?php echo $ttdt_required ? ' required aria-required="true"' : ''; ?> />
				<?php $ttdt_error( $ttdt_key ); ?>
			</p>
			<?php if ( 'address' === $ttdt_key ) : ?>
				<p class="ttdt-feedback-form__field">
					<label for="<?php echo esc_attr( $ttdt_id . '-type' ); ?>"><?php esc_html_e( 'Kind of feedback', 'ttdt-portal' ); ?> <span aria-hidden="true">*</span></label>
					<select <?php echo $ttdt_field_attrs( 'type' ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped when built. ?> required aria-required="true">
						<?php foreach ( FeedbackType::labels() as $ttdt_type_value => $ttdt_type_label ) : ?>
							<option value="<?php echo esc_attr( $ttdt_type_value ); ?>"<?php selected( $ttdt_value( 'type' ) ? $ttdt_value( 'type' ) : FeedbackType::REPORT, $ttdt_type_value ); ?>><?php echo esc_html( $ttdt_type_label ); ?></option>
						<?php endforeach; ?>
					</select>
					<?php $ttdt_error( 'type' ); ?>
				</p>
			<?php endif; ?>
		<?php endforeach; ?>

		<p class="ttdt-feedback-form__field">
			<label for="<?php echo esc_attr( $ttdt_id . '-content' ); ?>"><?php esc_html_e( 'Content', 'ttdt-portal' ); ?> <span aria-hidden="true">*</span></label>
			<textarea <?php echo $ttdt_field_attrs( 'content' ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped when built. ?> rows="8" maxlength="<?php echo esc_attr( (string) FeedbackSubmission::MAX['content'] ); ?>" required aria-required="true"><?php echo esc_textarea( $ttdt_value( 'content' ) ); ?></textarea>
			<?php $ttdt_error( 'content' ); ?>
		</p>

		<p class="ttdt-feedback-form__field">
			<label for="<?php echo esc_attr( $ttdt_id . '-files' ); ?>"><?php esc_html_e( 'Attachments (optional)', 'ttdt-portal' ); ?></label>
			<span class="ttdt-feedback-form__hint" id="<?php echo esc_attr( $ttdt_id . '-files-hint' ); ?>">
				<?php
				/* translators: 1: maximum number of files, 2: size limit in MB. */
				echo esc_html( sprintf( __( 'Up to %1$d photos (JPEG, PNG, WebP) or PDF files, at most %2$d MB each.', 'ttdt-portal' ), FeedbackFiles::MAX_FILES, FeedbackFiles::MAX_BYTES / MB_IN_BYTES ) );
				?>
			</span>
			<input type="file" id="<?php echo esc_attr( $ttdt_id . '-files' ); ?>" name="files[]" multiple accept=".jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf" aria-describedby="<?php echo esc_attr( $ttdt_id . '-files-hint ' . $ttdt_id . '-files-error' ); ?>" aria-invalid="<?php echo isset( $ttdt_errors['files'] ) ? 'true' : 'false'; ?>" data-wp-bind--aria-invalid="context.invalid.files" data-wp-on--change="actions.check" />
			<?php $ttdt_error( 'files' ); ?>
		</p>

		<p class="ttdt-feedback-form__field ttdt-feedback-form__consent">
			<input type="checkbox" value="1" <?php echo $ttdt_field_attrs( 'consent' ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped when built. ?> required aria-required="true"<?php checked( '1', $ttdt_value( 'consent' ) ); ?> />
			<label for="<?php echo esc_attr( $ttdt_id . '-consent' ); ?>"><?php echo esc_html( FeedbackConsent::text() ); ?></label>
			<?php $ttdt_error( 'consent' ); ?>
		</p>

		<p class="ttdt-feedback-form__actions">
			<button type="submit" class="wp-element-button" data-wp-bind--disabled="context.busy" data-wp-bind--aria-busy="context.busy"><?php esc_html_e( 'Send feedback', 'ttdt-portal' ); ?></button>
		</p>
	</form>
</div>
<?php
TightMarkup::end();
