<?php
/**
 * Pattern: the foot of every page — the portal's name and what it is, and the agency notice
 * (owning agency, head of the editorial board, licence, address and contacts). Offered where
 * the Site Editor replaces a footer template part, in place of a theme's sample links and
 * credits. Core blocks and the server-rendered notice only: no front-end script.
 *
 * @package Ttdt
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Blocks\Patterns;

return array(
	'title'       => __( 'Commune portal footer', 'ttdt-portal' ),
	'description' => __( 'The portal\'s name and the agency notice, at the foot of every page.', 'ttdt-portal' ),
	'categories'  => array( Patterns::CATEGORY, 'footer' ),
	'blockTypes'  => array( 'core/template-part/footer' ),
	'content'     => '<!-- wp:group {"style":{"spacing":{"padding":{"top":"var:preset|spacing|50","bottom":"var:preset|spacing|50"}}},"layout":{"type":"constrained"}} -->'
		. '<div class="wp-block-group" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">'
		. '<!-- wp:site-title {"level":0} /-->'
		. '<!-- wp:site-tagline /-->'
		. '<!-- wp:ttdt/agency-notice {"fontSize":"small"} /-->'
		. '</div><!-- /wp:group -->',
);
