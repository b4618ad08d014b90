<?php
/**
 * The labels of an item's source line, translated once per request and language.
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

/**
 * `ttdt/post-source` prints them for every item of a list, and a lookup in the catalogue costs
 * ~8,000 instructions (issue 10). Kept by locale: a request may switch language (mails).
 *
 * @since 0.1.0
 */
final class SourceLineLabels {

	/**
	 * The labels, escaped for HTML, by locale.
	 *
	 * @var array<string, array{writer: string, source: string, contribution: string}>
	 */
	private static array $labels = array();

	/**
	 * The labels in the current language, escaped for HTML.
	 *
	 * @since 0.1.0
	 *
	 * @return array{writer: string, source: string, contribution: string}
	 */
	public static function html(): array {
		return self::$labels[ get_locale() ] ??= array(
			'writer'       => esc_html__( 'Written by:', 'ttdt-portal' ),
			'source'       => esc_html__( 'News source:', 'ttdt-portal' ),
			'contribution' => esc_html__( 'Reader\'s contribution', 'ttdt-portal' ),
		);
	}
}
