<?php
/**
 * Server rendering of `ttdt/feedback-lookup`: the lookup form and, after a lookup, the result.
 *
 * A plain POST to this same page (the contact never appears in an address or a log), checked
 * by a nonce; the lookup itself is throttled per address by `FeedbackLookup`.
 *
 * @package Ttdt
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Feedback\LookupBlock;

$ttdt_lookup = LookupBlock::current();
$ttdt_id     = wp_unique_id( 'ttdt-lookup-' );
$ttdt_found  = is_array( $ttdt_lookup['result'] ?? null ) ? $ttdt_lookup['result'] : null;
?>
<div <?php echo get_block_wrapper_attributes(); ?>>
	<?php if ( ! empty( $ttdt_lookup['error'] ) ) : ?>
		<p class="ttdt-feedback-lookup__error" role="alert"><?php echo esc_html( (string) $ttdt_lookup['error'] ); ?></p>
	<?php endif; ?>
	<?php if ( $ttdt_found ) : ?>
		<section class="ttdt-feedback-lookup__result" role="status" aria-labelledby="<?php echo esc_attr( $ttdt_id . '-title' ); ?>">
			<h2 id="<?php echo esc_attr( $ttdt_id . '-title' ); ?>">
				<?php
				/* translators: %s: tracking code. */
				echo esc_html( sprintf( __( 'Feedback %s', 'ttdt-portal' ), (string) $ttdt_found['code'] ) );
				?>
			</h2>
			<dl>
				<dt><?php esc_html_e( 'Status', 'ttdt-portal' ); ?></dt>
				<dd class="ttdt-feedback-lookup__status"><?php echo esc_html( (string) $ttdt_found['status_label'] ); ?></dd>
				<dt><?php esc_html_e( 'Kind', 'ttdt-portal' ); ?></dt>
				<dd><?php echo esc_html( (string) $ttdt_found['type_label'] ); ?></dd>
				<dt><?php esc_html_e( 'Subject', 'ttdt-portal' ); ?></dt>
				<dd><?php echo esc_html( (string) $ttdt_found['subject'] ); ?></dd>
				<dt><?php esc_html_e( 'Received', 'ttdt-portal' ); ?></dt>
				<dd><?php echo esc_html( wp_date( 'd/m/Y H:i', (int) strtotime( (string) $ttdt_found['received_at'] ) ) ); ?></dd>
				<?php if ( null !== $ttdt_found['answer'] ) : ?>
					<dt><?php esc_html_e( 'Answer of the commune', 'ttdt-portal' ); ?></dt>
					<dd class="ttdt-feedback-lookup__answer"><?php echo esc_html( (string) $ttdt_found['answer'] ); ?></dd>
				<?php else : ?>
					<dt><?php esc_html_e( 'Answer of the commune', 'ttdt-portal' ); ?></dt>
					<dd><?php esc_html_e( 'Not yet answered. You will receive the answer by e-mail if you gave an address.', 'ttdt-portal' ); ?></dd>
				<?php endif; ?>
			</dl>
		</section>
	<?php endif; ?>
	<form class="ttdt-feedback-lookup__form" method="post" action="<?php echo esc_url( remove_query_arg( array() ) ); ?>#<?php echo esc_attr( $ttdt_id ); ?>" id="<?php echo esc_attr( $ttdt_id ); ?>">
		<?php wp_nonce_field( LookupBlock::ACTION, LookupBlock::NONCE_FIELD, false ); ?>
		<p class="ttdt-feedback-lookup__field">
			<label for="<?php echo esc_attr( $ttdt_id . '-code' ); ?>"><?php esc_html_e( 'Tracking code', 'ttdt-portal' ); ?></label>
			<input type="text" id="<?php echo esc_attr( $ttdt_id . '-code' ); ?>" name="ttdt_code" value="<?php echo esc_attr( (string) ( $ttdt_lookup['code'] ?? '' ) ); ?>" maxlength="40" autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="ACDE-FG-HJKL" required />
		</p>
		<p class="ttdt-feedback-lookup__field">
			<label for="<?php echo esc_attr( $ttdt_id . '-contact' ); ?>"><?php esc_html_e( 'E-mail address or phone number you gave', 'ttdt-portal' ); ?></label>
			<input type="text" id="<?php echo esc_attr( $ttdt_id . '-contact' ); ?>" name="ttdt_contact" value="<?php echo esc_attr( (string) ( $ttdt_lookup['contact'] ?? '' ) ); ?>" maxlength="100" autocomplete="email" required />
		</p>
		<p><button type="submit" class="wp-element-button"><?php esc_html_e( 'Look up', 'ttdt-portal' ); ?></button></p>
	</form>
</div>
