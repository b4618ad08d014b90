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

$ttdt_post_id = isset( $block->context['postId'] ) ? (int) $block->context['postId'] : (int) get_the_ID();
// The context names the item's type with its ID: no post object built to look it up again.
$ttdt_type = isset( $block->context['postId'], $block->context['postType'] ) ? (string) $block->context['postType'] : (string) get_post_type( $ttdt_post_id );
if ( ! $ttdt_post_id || ! ProvenanceMeta::applies_to( $ttdt_type ) ) {
	return;
}

// The item's values first: an item with nothing to show returns before any label is translated.
$ttdt_writer          = ProvenanceMeta::text( $ttdt_post_id, ProvenanceMeta::WRITER );
$ttdt_source          = ProvenanceMeta::text( $ttdt_post_id, ProvenanceMeta::SOURCE );
$ttdt_is_contribution = ProvenanceMeta::is_reader_contribution( $ttdt_post_id );
if ( '' === $ttdt_writer && '' === $ttdt_source && ! $ttdt_is_contribution ) {
	return;
}

// One line of markup without whitespace between the tags: each text node of a template costs
// core's passes over it (texturize, smilies), once for every item of a list.
$ttdt_html = '';
if ( $ttdt_is_contribution ) {
	$ttdt_html .= '<p class="ttdt-post-source__kind">' . esc_html__( 'Reader\'s contribution', 'ttdt-portal' ) . '</p>';
}
$ttdt_lines = array(
	'writer' => array( $ttdt_writer, __( 'Written by:', 'ttdt-portal' ) ),
	'source' => array( $ttdt_source, __( 'News source:', 'ttdt-portal' ) ),
);
foreach ( $ttdt_lines as $ttdt_key => list( $ttdt_value, $ttdt_label ) ) {
	if ( '' !== $ttdt_value ) {
		$ttdt_html .= sprintf(
			'<p class="ttdt-post-source__%1$s"><span class="ttdt-post-source__label">%2$s</span> <span class="ttdt-post-source__value">%3$s</span></p>',
			esc_attr( $ttdt_key ),
			esc_html( $ttdt_label ),
			esc_html( $ttdt_value )
		);
	}
}
printf( '<div %1$s>%2$s</div>', WrapperAttributes::of(), $ttdt_html ); // phpcs:ignore WordPress.Security.EscapeOutput -- core's attributes, escaped there; the lines are escaped above.
