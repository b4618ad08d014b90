<?php
/**
 * Core's block parser, registering the plugin's blocks a document names before parsing it.
 *
 * @package Ttdt
 */

namespace Ttdt\Blocks;

defined( 'ABSPATH' ) || exit;

use WP_Block_Parser;

/**
 * Used on page views only ({@see OnDemandBlocks::parser_class()}).
 *
 * @since 0.1.0
 */
class OnDemandBlockParser extends WP_Block_Parser {

	/**
	 * {@inheritDoc}
	 *
	 * @param string $document Input document being parsed.
	 * @return array[]
	 */
	public function parse( $document ) {
		OnDemandBlocks::ensure_named_in( (string) $document );
		return parent::parse( $document );
	}
}
