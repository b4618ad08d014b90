<?php
/**
 * Vietnamese text reduced to search tokens: no tone marks, no diacritics, lower case.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\VietnameseText\Nfc;

/**
 * Citizens type without accents ("quyet dinh 12") and expect "Quyết định số 12/QĐ-UBND". Text
 * is composed first (decomposed input carries its marks as separate code points), then core's
 * `remove_accents()` folds every Vietnamese letter, "đ" included, to ASCII; anything that is
 * not a letter or digit separates tokens, so "12/QĐ-UBND" is "12", "qd", "ubnd" whichever way
 * it was typed.
 *
 * @since 0.1.0
 */
final class SearchText {

	/**
	 * Longest token kept (the column's width).
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const MAX_TOKEN = 64;

	/**
	 * Most distinct tokens indexed for one item.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const MAX_TOKENS = 3000;

	/**
	 * Text folded to lower-case ASCII words separated by single spaces.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Any text (HTML tags are dropped).
	 * @return string
	 */
	public static function fold( string $text ): string {
		$text = remove_accents( Nfc::normalize( wp_strip_all_tags( $text ) ) );
		$text = strtolower( $text );
		return trim( (string) preg_replace( '/[^a-z0-9]+/', ' ', $text ) );
	}

	/**
	 * The distinct tokens of a text, in order of first appearance.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Any text.
	 * @param int    $max  Most tokens returned.
	 * @return string[]
	 */
	public static function tokens( string $text, int $max = self::MAX_TOKENS ): array {
		$folded = self::fold( $text );
		if ( '' === $folded ) {
			return array();
		}
		$tokens = array();
		foreach ( explode( ' ', $folded ) as $token ) {
			$tokens[ substr( $token, 0, self::MAX_TOKEN ) ] = true;
			if ( count( $tokens ) >= $max ) {
				break;
			}
		}
		return array_map( 'strval', array_keys( $tokens ) );
	}
}
