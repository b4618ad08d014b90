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

use Ttdt\Blocks\WrapperAttributes;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Provenance\SourceLineLabels;

$ttdt_post_id = isset( $block->context['postId'] ) ? (int) $block->context['postId'] : (int) get_the_ID();
// The context names the item's type with its ID: no post object built to look it up again.
$ttdt_type = isset( $block->context['postId'], $block->context['postType'] ) ? (string) $block->context['postType'] : (string) get_post_type( $ttdt_post_id );
if ( ! $ttdt_post_id || ! ProvenanceMeta::applies_to( $ttdt_type ) ) {
	return;
}

// The item's values first: an item with nothing to show returns before any label is looked up.
$ttdt_writer          = ProvenanceMeta::text( $ttdt_post_id, ProvenanceMeta::WRITER );
$ttdt_source          = ProvenanceMeta::text( $ttdt_post_id, ProvenanceMeta::SOURCE );
$ttdt_is_contribution = ProvenanceMeta::is_reader_contribution( $ttdt_post_id );
if ( '' === $ttdt_writer && '' === $ttdt_source && ! $ttdt_is_contribution ) {
	return;
}

// Few tags, no whitespace between them: core passes over the whole page's markup once
// more after rendering it (texturize, smilies, images), each tag and text node of it at a
// cost, and a list prints this block for every item.
$ttdt_labels = SourceLineLabels::html();
$ttdt_lines  = array();
if ( $ttdt_is_contribution ) {
	$ttdt_lines[] = '<span class="ttdt-post-source__kind">' . $ttdt_labels['contribution'] . '</span>';
}
if ( '' !== $ttdt_writer ) {
	$ttdt_lines[] = $ttdt_labels['writer'] . ' <span class="ttdt-post-source__writer">' . esc_html( $ttdt_writer ) . '</span>';
}
if ( '' !== $ttdt_source ) {
	$ttdt_lines[] = $ttdt_labels['source'] . ' <span class="ttdt-post-source__source">' . esc_html( $ttdt_source ) . '</span>';
}
printf( '<div %1$s>%2$s</div>', WrapperAttributes::of(), implode( '<br>', $ttdt_lines ) ); // phpcs:ignore WordPress.Security.EscapeOutput -- core's attributes, escaped there; labels escaped where built, values above.
