<?php
/**
 * Server rendering of `ttdt/draft-comments`: the period, files, form or closed notice, and the
 * report of the draft in context.
 *
 * The form posts to admin-post.php and comes back here with the result: no script is needed.
 * Whether the form is shown is decided by the same rule that refuses a late comment
 * ({@see \Ttdt\Drafts\DraftPeriod}), so the form closes by itself after the last day.
 *
 * @package Ttdt
 *
 * @var array<string, mixed> $attributes Block attributes.
 * @var WP_Block             $block      The block, with `postId` in its context.
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Documents\DocumentView;
use Ttdt\Drafts\CommentFields;
use Ttdt\Drafts\CommentForm;
use Ttdt\Drafts\DraftMeta;
use Ttdt\Drafts\DraftPeriod;
use Ttdt\Drafts\DraftPostType;
use Ttdt\Feedback\FormToken;

$ttdt_post_id = isset( $block->context['postId'] ) ? (int) $block->context['postId'] : (int) get_the_ID();
if ( ! $ttdt_post_id || DraftPostType::NAME !== get_post_type( $ttdt_post_id ) ) {
	return;
}

$ttdt_state  = DraftPeriod::state( $ttdt_post_id );
$ttdt_opens  = DocumentView::date( (string) get_post_meta( $ttdt_post_id, DraftMeta::OPENS, true ) );
$ttdt_closes = DocumentView::date( (string) get_post_meta( $ttdt_post_id, DraftMeta::CLOSES, true ) );
$ttdt_files  = DocumentView::files( $ttdt_post_id, DraftMeta::FILES );
$ttdt_report = (string) get_post_meta( $ttdt_post_id, DraftMeta::REPORT, true );
$ttdt_result = CommentForm::current_result();
$ttdt_values = (array) ( $ttdt_result['values'] ?? array() );
$ttdt_errors = (array) ( $ttdt_result['errors'] ?? array() );
$ttdt_id     = wp_unique_id( 'ttdt-dc-' );
$ttdt_value  = static fn( string $key ): string => is_string( $ttdt_values[ $key ] ?? null ) ? (string) $ttdt_values[ $key ] : '';
$ttdt_attrs  = static function ( string $key ) use ( $ttdt_id, $ttdt_errors ): string {
	return sprintf(
		'id="%1$s" name="%2$s" aria-describedby="%1$s-error" aria-invalid="%3$s"',
		esc_attr( $ttdt_id . '-' . $key ),
		esc_attr( $key ),
		isset( $ttdt_errors[ $key ] ) ? 'true' : 'false'
	);
};
$ttdt_error = static function ( string $key ) use ( $ttdt_id, $ttdt_errors ): void {
	printf(
		'<span id="%1$s-error" class="ttdt-draft-comments__error"%2$s>%3$s</span>',
		esc_attr( $ttdt_id . '-' . $key ),
		isset( $ttdt_errors[ $key ] ) ? '' : ' hidden',
		esc_html( (string) ( $ttdt_errors[ $key ] ?? '' ) )
	);
};
$ttdt_fields = array(
	'name'    => array( __( 'Full name', 'ttdt-portal' ), 'name' ),
	'contact' => array( __( 'E-mail or phone number', 'ttdt-portal' ), 'email' ),
);
?>
<section <?php echo get_block_wrapper_attributes( array( 'id' => 'ttdt-draft-comment' ) ); ?> aria-labelledby="<?php echo esc_attr( $ttdt_id . '-heading' ); ?>">
	<h2 id="<?php echo esc_attr( $ttdt_id . '-heading' ); ?>"><?php esc_html_e( 'Public comment', 'ttdt-portal' ); ?></h2>
	<?php if ( '' !== $ttdt_opens && '' !== $ttdt_closes ) : ?>
		<p class="ttdt-draft-comments__dates">
			<?php
			/* translators: 1: first day, 2: last day of the comment period. */
			echo esc_html( sprintf( __( 'Comment period: from %1$s to %2$s.', 'ttdt-portal' ), $ttdt_opens, $ttdt_closes ) );
			?>
		</p>
	<?php endif; ?>

	<?php if ( $ttdt_files ) : ?>
		<h3><?php esc_html_e( 'Files of the draft', 'ttdt-portal' ); ?></h3>
		<ul class="ttdt-draft-comments__files">
			<?php foreach ( $ttdt_files as $ttdt_file ) : ?>
				<li><a href="<?php echo esc_url( $ttdt_file['url'] ); ?>" download><?php echo esc_html( $ttdt_file['title'] ); ?></a> <span><?php echo esc_html( trim( $ttdt_file['kind'] . ' ' . $ttdt_file['size'] ) ); ?></span></li>
			<?php endforeach; ?>
		</ul>
	<?php endif; ?>

	<?php if ( ! empty( $ttdt_result['ok'] ) ) : ?>
		<p class="ttdt-draft-comments__thanks" role="status"><?php echo esc_html( (string) $ttdt_result['message'] ); ?></p>
	<?php endif; ?>

	<?php if ( DraftPeriod::OPEN !== $ttdt_state ) : ?>
		<?php if ( $ttdt_result && empty( $ttdt_result['ok'] ) ) : ?>
			<p class="ttdt-draft-comments__summary" role="alert"><?php esc_html_e( 'Your comment was not received.', 'ttdt-portal' ); ?></p>
		<?php endif; ?>
		<p class="ttdt-draft-comments__period ttdt-draft-comments__period--<?php echo esc_attr( $ttdt_state ); ?>" role="note"><?php echo esc_html( DraftPeriod::message( $ttdt_post_id, $ttdt_state ) ); ?></p>
	<?php elseif ( empty( $ttdt_result['ok'] ) ) : ?>
		<p class="ttdt-draft-comments__period">
			<?php
			/* translators: %s: last day of the comment period. */
			echo esc_html( sprintf( __( 'Comments are accepted until the end of %s. Your name and contact are not published.', 'ttdt-portal' ), $ttdt_closes ) );
			?>
		</p>
		<form class="ttdt-draft-comments__form" method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" novalidate>
			<?php if ( $ttdt_result ) : ?>
				<p class="ttdt-draft-comments__summary" role="alert"><?php echo esc_html( (string) $ttdt_result['message'] ); ?></p>
			<?php endif; ?>
			<input type="hidden" name="action" value="<?php echo esc_attr( CommentForm::ACTION ); ?>" />
			<input type="hidden" name="draft" value="<?php echo esc_attr( (string) $ttdt_post_id ); ?>" />
			<input type="hidden" name="started" value="<?php echo esc_attr( FormToken::issue() ); ?>" />
			<?php wp_nonce_field( CommentForm::ACTION, CommentForm::NONCE_FIELD, false ); ?>
			<p><?php esc_html_e( 'All fields are required.', 'ttdt-portal' ); ?></p>

			<div class="ttdt-draft-comments__hp" aria-hidden="true">
				<label for="<?php echo esc_attr( $ttdt_id . '-website' ); ?>"><?php esc_html_e( 'Leave this field empty', 'ttdt-portal' ); ?></label>
				<input type="text" id="<?php echo esc_attr( $ttdt_id . '-website' ); ?>" name="website" value="" tabindex="-1" autocomplete="off" />
			</div>

			<?php foreach ( $ttdt_fields as $ttdt_key => list( $ttdt_label, $ttdt_autocomplete ) ) : ?>
				<p class="ttdt-draft-comments__field">
					<label for="<?php echo esc_attr( $ttdt_id . '-' . $ttdt_key ); ?>"><?php echo esc_html( $ttdt_label ); ?></label>
					<input type="text" <?php echo $ttdt_attrs( $ttdt_key ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped when built. ?> value="<?php echo esc_attr( $ttdt_value( $ttdt_key ) ); ?>" maxlength="<?php echo esc_attr( (string) CommentFields::LENGTHS[ $ttdt_key ][1] ); ?>" autocomplete="<?php echo esc_attr( $ttdt_autocomplete ); ?>" required aria-required="true" />
					<?php $ttdt_error( $ttdt_key ); ?>
				</p>
			<?php endforeach; ?>

			<p class="ttdt-draft-comments__field">
				<label for="<?php echo esc_attr( $ttdt_id . '-content' ); ?>"><?php esc_html_e( 'Your comment on the draft', 'ttdt-portal' ); ?></label>
				<textarea <?php echo $ttdt_attrs( 'content' ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped when built. ?> rows="8" maxlength="<?php echo esc_attr( (string) CommentFields::LENGTHS['content'][1] ); ?>" required aria-required="true"><?php echo esc_textarea( $ttdt_value( 'content' ) ); ?></textarea>
				<?php $ttdt_error( 'content' ); ?>
			</p>

			<p class="ttdt-draft-comments__field ttdt-draft-comments__consent">
				<input type="checkbox" value="1" <?php echo $ttdt_attrs( 'consent' ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped when built. ?> required aria-required="true"<?php checked( '1', $ttdt_value( 'consent' ) ); ?> />
				<label for="<?php echo esc_attr( $ttdt_id . '-consent' ); ?>"><?php echo esc_html( CommentFields::consent_text() ); ?></label>
				<?php $ttdt_error( 'consent' ); ?>
			</p>

			<p><button type="submit" class="wp-element-button"><?php esc_html_e( 'Send comment', 'ttdt-portal' ); ?></button></p>
		</form>
	<?php endif; ?>

	<?php if ( '' !== trim( $ttdt_report ) ) : ?>
		<h3><?php esc_html_e( 'Report on the comments received and how they were taken into account', 'ttdt-portal' ); ?></h3>
		<?php echo wp_kses_post( wpautop( esc_html( $ttdt_report ) ) ); ?>
	<?php endif; ?>
</section>
