<?php
/**
 * Server rendering of `ttdt/business-showcase`: the published business promotion entries,
 * with logo, introduction, typical products and contact. No script: plain links.
 *
 * Only published entries are listed, and an entry is published only once the business's
 * confirmation was checked ({@see \Ttdt\Business\ConfirmationRule}); the confirmation and the
 * fee are never shown here.
 *
 * @package Ttdt
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Business\BusinessMeta;
use Ttdt\Business\BusinessPostType;

$ttdt_kind  = in_array( $attributes['kind'] ?? '', BusinessMeta::KINDS, true ) ? (string) $attributes['kind'] : '';
$ttdt_args  = array(
	'post_type'              => BusinessPostType::NAME,
	'post_status'            => 'publish',
	'posts_per_page'         => max( 1, min( 50, (int) ( $attributes['perPage'] ?? 12 ) ) ),
	'orderby'                => 'title',
	'order'                  => 'ASC',
	'no_found_rows'          => true,
	'ignore_sticky_posts'    => true,
	'update_post_term_cache' => false,
);
if ( 'product' === $ttdt_kind ) {
	$ttdt_args['meta_query'] = array(
		array(
			'key'   => BusinessMeta::KIND,
			'value' => 'product',
		),
	);
} elseif ( 'business' === $ttdt_kind ) {
	// "business" is the default, so an entry that never stored the field is a business.
	$ttdt_args['meta_query'] = array(
		'relation' => 'OR',
		array(
			'key'   => BusinessMeta::KIND,
			'value' => 'business',
		),
		array(
			'key'     => BusinessMeta::KIND,
			'compare' => 'NOT EXISTS',
		),
	);
}
$ttdt_entries = get_posts( $ttdt_args );
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'ttdt-business-showcase' ) ); ?>>
	<?php if ( ! $ttdt_entries ) : ?>
		<p class="ttdt-business-showcase__empty"><?php esc_html_e( 'No business has been introduced yet.', 'ttdt-portal' ); ?></p>
	<?php else : ?>
		<ul class="ttdt-business-showcase__list">
			<?php foreach ( $ttdt_entries as $ttdt_entry ) : ?>
				<?php
				$ttdt_id       = (int) $ttdt_entry->ID;
				$ttdt_products = array_filter( array_map( 'trim', explode( "\n", (string) get_post_meta( $ttdt_id, BusinessMeta::PRODUCTS, true ) ) ) );
				$ttdt_phone    = (string) get_post_meta( $ttdt_id, BusinessMeta::PHONE, true );
				$ttdt_email    = (string) get_post_meta( $ttdt_id, BusinessMeta::EMAIL, true );
				$ttdt_website  = (string) get_post_meta( $ttdt_id, BusinessMeta::WEBSITE, true );
				$ttdt_address  = (string) get_post_meta( $ttdt_id, BusinessMeta::ADDRESS, true );
				?>
				<li class="ttdt-business-showcase__entry">
					<?php if ( has_post_thumbnail( $ttdt_entry ) ) : ?>
						<?php echo wp_kses_post( get_the_post_thumbnail( $ttdt_entry, 'thumbnail', array( 'class' => 'ttdt-business-showcase__logo' ) ) ); ?>
					<?php endif; ?>
					<p class="ttdt-business-showcase__name">
						<a href="<?php echo esc_url( (string) get_permalink( $ttdt_entry ) ); ?>"><?php echo esc_html( get_the_title( $ttdt_entry ) ); ?></a>
					</p>
					<?php if ( has_excerpt( $ttdt_entry ) ) : ?>
						<p class="ttdt-business-showcase__intro"><?php echo esc_html( get_the_excerpt( $ttdt_entry ) ); ?></p>
					<?php endif; ?>
					<?php if ( $ttdt_products ) : ?>
						<p class="ttdt-business-showcase__products">
							<span class="ttdt-business-showcase__label"><?php esc_html_e( 'Typical products:', 'ttdt-portal' ); ?></span>
							<?php echo esc_html( implode( ', ', $ttdt_products ) ); ?>
						</p>
					<?php endif; ?>
					<?php if ( '' !== $ttdt_address ) : ?>
						<p class="ttdt-business-showcase__address"><?php echo esc_html( $ttdt_address ); ?></p>
					<?php endif; ?>
					<p class="ttdt-business-showcase__contact">
						<?php if ( '' !== $ttdt_phone ) : ?>
							<a href="<?php echo esc_url( 'tel:' . preg_replace( '/[^0-9+]/', '', $ttdt_phone ), array( 'tel' ) ); ?>"><?php echo esc_html( $ttdt_phone ); ?></a>
						<?php endif; ?>
						<?php if ( '' !== $ttdt_email ) : ?>
							<a href="<?php echo esc_url( 'mailto:' . $ttdt_email, array( 'mailto' ) ); ?>"><?php echo esc_html( $ttdt_email ); ?></a>
						<?php endif; ?>
						<?php if ( '' !== $ttdt_website ) : ?>
							<a href="<?php echo esc_url( $ttdt_website ); ?>" rel="noopener"><?php esc_html_e( 'Website', 'ttdt-portal' ); ?></a>
						<?php endif; ?>
					</p>
				</li>
			<?php endforeach; ?>
		</ul>
	<?php endif; ?>
</div>
