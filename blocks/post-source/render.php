<?php
/**
 * Server rendering of `ttdt/post-source`: the source and writer of the item in context.
 *
 * @package Ttdt
 *
 * @var array<string, mixed> $attributes Block attributes.
 * @var WP_Block             $block      The block, with `postId` in its context.
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Provenance\ProvenanceMeta;

$ttdt_post_id = isset( $block->context['postId'] ) ? (int) $block->context['postId'] : (int) get_the_ID();
if ( ! $ttdt_post_id || ! ProvenanceMeta::applies_to( (string) get_post_type( $ttdt_post_id ) ) ) {
	return;
}

// The item's values first: an item with nothing to show returns before any label is translated.
$ttdt_writer          = ProvenanceMeta::text( $ttdt_post_id, ProvenanceMeta::WRITER );
$ttdt_source          = ProvenanceMeta::text( $ttdt_post_id, ProvenanceMeta::SOURCE );
$ttdt_is_contribution = ProvenanceMeta::is_reader_contribution( $ttdt_post_id );
if ( '' === $ttdt_writer && '' === $ttdt_source && ! $ttdt_is_contribution ) {
	return;
}

$ttdt_lines = array();
if ( '' !== $ttdt_writer ) {
	$ttdt_lines['writer'] = array( __( 'Written by:', 'ttdt-portal' ), $ttdt_writer );
}
if ( '' !== $ttdt_source ) {
	$ttdt_lines['source'] = array( __( 'News source:', 'ttdt-portal' ), $ttdt_source );
}
?>
<div <?php echo get_block_wrapper_attributes(); ?>>
	<?php if ( $ttdt_is_contribution ) : ?>
		<p class="ttdt-post-source__kind"><?php esc_html_e( 'Reader\'s contribution', 'ttdt-portal' ); ?></p>
	<?php endif; ?>
	<?php foreach ( $ttdt_lines as $ttdt_key => list( $ttdt_label, $ttdt_value ) ) : ?>
		<p class="<?php echo esc_attr( 'ttdt-post-source__' . $ttdt_key ); ?>">
			<span class="ttdt-post-source__label"><?php echo esc_html( $ttdt_label ); ?></span>
			<span class="ttdt-post-source__value"><?php echo esc_html( $ttdt_value ); ?></span>
		</p>
	<?php endforeach; ?>
</div>
