<?php
/**
 * Server rendering of `ttdt/agency-notice`: values come from the portal settings.
 *
 * @package Ttdt
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

$ttdt_settings = ( new \Ttdt\Settings\Settings() )->all();
$ttdt_lines    = array(
	__( 'Head of the editorial board:', 'ttdt-portal' ) => $ttdt_settings['board_head'],
	__( 'Licence:', 'ttdt-portal' )                      => $ttdt_settings['license_note'],
);
if ( ! empty( $attributes['showContact'] ) ) {
	$ttdt_lines[ __( 'Address:', 'ttdt-portal' ) ]   = $ttdt_settings['address'];
	$ttdt_lines[ __( 'Telephone:', 'ttdt-portal' ) ] = $ttdt_settings['phone'];
	$ttdt_lines[ __( 'E-mail:', 'ttdt-portal' ) ]    = $ttdt_settings['email'];
}
$ttdt_lines = array_filter( $ttdt_lines, 'strlen' );

if ( '' === $ttdt_settings['agency_name'] && ! $ttdt_lines ) {
	return;
}
?>
<div <?php echo get_block_wrapper_attributes(); ?>>
	<?php if ( '' !== $ttdt_settings['agency_name'] ) : ?>
		<p class="ttdt-agency-notice__agency">
			<?php
			/* translators: %s: name of the owning agency. */
			echo esc_html( sprintf( __( 'Owning agency: %s', 'ttdt-portal' ), $ttdt_settings['agency_name'] ) );
			?>
		</p>
	<?php endif; ?>
	<?php if ( $ttdt_lines ) : ?>
		<dl class="ttdt-agency-notice__lines">
			<?php foreach ( $ttdt_lines as $ttdt_label => $ttdt_value ) : ?>
				<dt><?php echo esc_html( $ttdt_label ); ?></dt>
				<dd>
					<?php if ( is_email( $ttdt_value ) ) : ?>
						<a href="<?php echo esc_url( 'mailto:' . $ttdt_value ); ?>"><?php echo esc_html( $ttdt_value ); ?></a>
					<?php else : ?>
						<?php echo esc_html( $ttdt_value ); ?>
					<?php endif; ?>
				</dd>
			<?php endforeach; ?>
		</dl>
	<?php endif; ?>
</div>
