<?php
/**
 * Saves the titles of provenance items as plain text (Art. 7.1).
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\WriteSide;

/**
 * A title is printed in lists, feeds, search results, the document title and e-mails, next to
 * the "Tin tham khảo" label the server adds. Markup in a title (`<abbr>`, `<span
 * class="ttdt-reference-label">`, a `<style>`) could imitate, hide or restyle that label, and
 * a title starting with "[Tin tham khảo]" would make an official item look like reference
 * news (or the reverse). So every save of a provenance item, by any role and through any path
 * (REST, classic screens, quick and bulk edit, XML-RPC, `wp_insert_post()`), keeps only the
 * title's text and drops a leading copy of the label: the label is the server's alone.
 *
 * @since 0.1.0
 */
final class PlainTitle implements WriteSide {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// Early, so later filters (and the audit of what changed) see the title as it is stored.
		add_filter( 'wp_insert_post_data', array( $this, 'clean' ), 5, 2 );
	}

	/**
	 * Strips markup and a leading label from the title of a provenance item or its revision.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data    Slashed post data about to be written.
	 * @param array<string, mixed> $postarr Slashed data given to `wp_insert_post()`.
	 * @return array<string, mixed>
	 */
	public function clean( $data, $postarr = array() ) {
		if ( ! is_array( $data ) || ! isset( $data['post_title'] ) || ! is_string( $data['post_title'] ) ) {
			return $data;
		}
		$type = (string) ( $data['post_type'] ?? '' );
		if ( 'revision' === $type ) {
			$type = (string) get_post_type( (int) ( $data['post_parent'] ?? 0 ) );
		}
		if ( ! ProvenanceMeta::applies_to( $type ) ) {
			return $data;
		}
		$data['post_title'] = wp_slash( self::text( wp_unslash( $data['post_title'] ) ) );
		return $data;
	}

	/**
	 * A title as plain text, without a leading label.
	 *
	 * @since 0.1.0
	 *
	 * @param string $title Title as typed.
	 * @return string
	 */
	public static function text( string $title ): string {
		$plain  = wp_strip_all_tags( $title );
		$labels = array_unique( array( ReferenceLabel::text(), 'Reference news', 'Tin tham khảo' ) );
		$quoted = implode( '|', array_map( static fn( string $label ): string => preg_quote( $label, '/' ), $labels ) );
		// Repeated, so "[Tin tham khảo] [Tin tham khảo] …" loses every copy.
		$plain = (string) preg_replace( '/^(?:\s*[\[(]\s*(?:' . $quoted . ')\s*[\])]\s*[:\-–]?)+\s*/iu', '', $plain );
		return trim( $plain );
	}
}
