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

// Printed without indentation between tags: core passes over every page's markup once more
// after rendering it, at a cost for each text node, and a portal's footer shows this block on
// every page. The space between a label and its value is the value's first character: the
// label and the value are inline boxes on one line.
$ttdt_items = '';
foreach ( $ttdt_lines as $ttdt_label => $ttdt_value ) {
	$ttdt_items .= '<dt>' . esc_html( $ttdt_label ) . '</dt><dd> '
		. ( is_email( $ttdt_value ) ? '<a href="' . esc_url( 'mailto:' . $ttdt_value ) . '">' . esc_html( $ttdt_value ) . '</a>' : esc_html( $ttdt_value ) )
		. '</dd>';
}
printf(
	'<div %1$s>%2$s%3$s</div>',
	get_block_wrapper_attributes(),
	'' === $ttdt_settings['agency_name'] ? '' : '<p class="ttdt-agency-notice__agency">' . esc_html(
		/* translators: %s: name of the owning agency. */
		sprintf( __( 'Owning agency: %s', 'ttdt-portal' ), $ttdt_settings['agency_name'] )
	) . '</p>',
	$ttdt_items ? '<dl class="ttdt-agency-notice__lines">' . $ttdt_items . '</dl>' : '' // phpcs:ignore WordPress.Security.EscapeOutput -- escaped item by item above.
);
