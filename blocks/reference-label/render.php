<?php
/**
 * Server rendering of `ttdt/reference-label`: a notice on reference news, nothing otherwise.
 *
 * @package Ttdt
 *
 * @var array<string, mixed> $attributes Block attributes.
 * @var WP_Block             $block      The block, with `postId` in its context.
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Blocks\WrapperAttributes;
use Ttdt\Provenance\ReferenceLabel;
use Ttdt\Provenance\ReferenceNotice;

// Decided by the item's stored flag alone. Printed once per item: if the template has no
// notice block before the content, the content block adds one (see ReferenceNotice).
$ttdt_post_id = isset( $block->context['postId'] ) ? (int) $block->context['postId'] : (int) get_the_ID();
if ( ! $ttdt_post_id || ! ReferenceLabel::is_labelled( $ttdt_post_id ) || ! ReferenceNotice::claim( $ttdt_post_id ) ) {
	return;
}
?>
<div <?php echo WrapperAttributes::of( array( 'role' => 'note' ) ); ?>>
	<strong class="ttdt-reference-notice__label"><?php echo esc_html( ReferenceLabel::text() ); ?></strong>
	<span class="ttdt-reference-notice__text"><?php esc_html_e( 'This information has not been confirmed by the competent authority and is published for reference only.', 'ttdt-portal' ); ?></span>
</div>
