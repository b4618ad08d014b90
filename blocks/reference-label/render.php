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
// One line, few tags: core passes over the page's markup once more after rendering it.
printf(
	'<div %1$s><strong class="ttdt-reference-notice__label">%2$s</strong> %3$s</div>',
	WrapperAttributes::of( array( 'role' => 'note' ) ),
	esc_html( ReferenceLabel::text() ),
	esc_html__( 'This information has not been confirmed by the competent authority and is published for reference only.', 'ttdt-portal' )
);
