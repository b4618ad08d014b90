<?php
/**
 * Pattern: the contact page — the agency notice with its contact details, and where to send
 * feedback and requests for information, and the leadership and staff with their contacts
 * (the contact officers for information requests marked).
 *
 * @package Ttdt
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Blocks\Patterns;

return array(
	'title'       => __( 'Commune portal contact page', 'ttdt-portal' ),
	'description' => __( 'The owning agency, its contact details and the way to send feedback.', 'ttdt-portal' ),
	'categories'  => array( Patterns::CATEGORY ),
	'postTypes'   => array( 'page' ),
	'content'     => '<!-- wp:group {"layout":{"type":"constrained"}} --><div class="wp-block-group">'
		. Patterns::heading( __( 'Contact', 'ttdt-portal' ), 2 )
		. Patterns::paragraph( __( 'The e-information page is run by the agency below. Requests for information and feedback are received at its address, by phone, by e-mail and through the feedback form.', 'ttdt-portal' ) )
		. '<!-- wp:ttdt/agency-notice /-->'
		. Patterns::feedback_entry()
		. Patterns::heading( __( 'Leadership and staff', 'ttdt-portal' ), 2 )
		. '<!-- wp:ttdt/organisation /-->'
		. '</div><!-- /wp:group -->',
);
