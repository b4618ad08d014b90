<?php
/**
 * Pattern: the home page of a commune portal — official news by section, directive
 * documents, procedures, the way to send feedback and the agency notice. Core blocks only,
 * so it works in any block theme and adds no front-end script.
 *
 * @package Ttdt
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Blocks\Patterns;

return array(
	'title'       => __( 'Commune portal home page', 'ttdt-portal' ),
	'description' => __( 'Latest official news, directive documents, procedures, feedback and the agency notice.', 'ttdt-portal' ),
	'categories'  => array( Patterns::CATEGORY ),
	'blockTypes'  => array( 'core/post-content' ),
	'postTypes'   => array( 'page' ),
	'content'     => '<!-- wp:group {"layout":{"type":"constrained"}} --><div class="wp-block-group">'
		. Patterns::latest( 'news', __( 'News and events', 'ttdt-portal' ), 5, true )
		. '<!-- wp:columns --><div class="wp-block-columns">'
		. '<!-- wp:column --><div class="wp-block-column">'
		. Patterns::latest( 'directives', __( 'Directive documents', 'ttdt-portal' ), 5, false )
		. '</div><!-- /wp:column -->'
		. '<!-- wp:column --><div class="wp-block-column">'
		. Patterns::latest( 'procedures', __( 'Administrative procedures', 'ttdt-portal' ), 5, false )
		. '</div><!-- /wp:column -->'
		. '</div><!-- /wp:columns -->'
		. Patterns::feedback_entry()
		. '<!-- wp:ttdt/agency-notice /-->'
		. '</div><!-- /wp:group -->',
);
