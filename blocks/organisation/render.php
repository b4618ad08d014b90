<?php
/**
 * Server rendering of `ttdt/organisation`: the officials shown on the portal, grouped by unit,
 * with the contact officers for access-to-information requests marked. No script: plain
 * links.
 *
 * Only public fields are shown ({@see \Ttdt\Organisation\OfficialDirectory}): never the
 * unit's forwarding e-mail, nor an official hidden from the portal.
 *
 * @package Ttdt
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Organisation\OfficialDirectory;

$ttdt_groups = OfficialDirectory::groups( absint( $attributes['unit'] ?? 0 ) );
$ttdt_photos = (bool) ( $attributes['showPhotos'] ?? true );
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'ttdt-organisation' ) ); ?>>
	<?php if ( ! $ttdt_groups ) : ?>
		<p class="ttdt-organisation__empty"><?php esc_html_e( 'The leadership and staff have not been published yet.', 'ttdt-portal' ); ?></p>
	<?php endif; ?>
	<?php foreach ( $ttdt_groups as $ttdt_group ) : ?>
		<section class="ttdt-organisation__unit">
			<h3 class="ttdt-organisation__unit-name"><?php echo esc_html( $ttdt_group['unit'] ); ?></h3>
			<ul class="ttdt-organisation__list">
				<?php foreach ( $ttdt_group['officials'] as $ttdt_official ) : ?>
					<li class="ttdt-organisation__official">
						<?php if ( $ttdt_photos && $ttdt_official['photo'] ) : ?>
							<?php echo wp_kses_post( wp_get_attachment_image( $ttdt_official['photo'], 'thumbnail', false, array( 'class' => 'ttdt-organisation__photo', 'alt' => $ttdt_official['name'] ) ) ); ?>
						<?php endif; ?>
						<p class="ttdt-organisation__name"><?php echo esc_html( $ttdt_official['name'] ); ?></p>
						<?php if ( '' !== $ttdt_official['position'] ) : ?>
							<p class="ttdt-organisation__position"><?php echo esc_html( $ttdt_official['position'] ); ?></p>
						<?php endif; ?>
						<?php if ( $ttdt_official['contact'] ) : ?>
							<p><span class="ttdt-organisation__contact-officer"><?php esc_html_e( 'Contact officer for requests for information', 'ttdt-portal' ); ?></span></p>
						<?php endif; ?>
						<?php if ( '' !== $ttdt_official['phone'] || '' !== $ttdt_official['email'] ) : ?>
							<p class="ttdt-organisation__contact">
								<?php if ( '' !== $ttdt_official['phone'] ) : ?>
									<a href="<?php echo esc_url( 'tel:' . preg_replace( '/[^0-9+]/', '', $ttdt_official['phone'] ), array( 'tel' ) ); ?>"><?php echo esc_html( $ttdt_official['phone'] ); ?></a>
								<?php endif; ?>
								<?php if ( '' !== $ttdt_official['email'] ) : ?>
									<a href="<?php echo esc_url( 'mailto:' . $ttdt_official['email'], array( 'mailto' ) ); ?>"><?php echo esc_html( $ttdt_official['email'] ); ?></a>
								<?php endif; ?>
							</p>
						<?php endif; ?>
					</li>
				<?php endforeach; ?>
			</ul>
		</section>
	<?php endforeach; ?>
</div>
