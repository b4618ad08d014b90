<?php
/**
 * Bounds what an audit entry stores, so no value is too long for its column.
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

/**
 * The database refuses a whole row when one value does not fit its column (or is not valid
 * UTF-8), and the event would be lost. Every text is therefore cut here, on a character
 * boundary, with an ellipsis that shows it was cut: an entry that says less is better than
 * no entry.
 *
 * @since 0.1.0
 */
final class AuditText {

	/**
	 * Most characters kept of the summary (an item's title, an account's login). The column
	 * is TEXT (65,535 bytes); 1,000 characters of at most 4 bytes each always fit.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const SUMMARY_MAX = 1000;

	/**
	 * Most characters kept of each text value in the before/after details.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const VALUE_MAX = 1000;

	/**
	 * Most elements kept of a list in the details (e.g. the tags of an item).
	 *
	 * @var int
	 */
	private const LIST_MAX = 100;

	/**
	 * Marks a text that was cut.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ELLIPSIS = '…';

	/**
	 * A text cut to at most `$max` characters, the last one being the ellipsis when it was
	 * cut. Invalid UTF-8 bytes are dropped first: the database would refuse them.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Text.
	 * @param int    $max  Most characters.
	 * @return string
	 */
	public static function cut( string $text, int $max ): string {
		if ( ! mb_check_encoding( $text, 'UTF-8' ) ) {
			$text = (string) mb_convert_encoding( $text, 'UTF-8', 'UTF-8' );
		}
		if ( mb_strlen( $text, 'UTF-8' ) <= $max ) {
			return $text;
		}
		return mb_substr( $text, 0, max( 0, $max - 1 ), 'UTF-8' ) . self::ELLIPSIS;
	}

	/**
	 * Before/after details with every text cut to {@see self::VALUE_MAX} and long lists
	 * shortened, keys kept.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed>|null $values Details.
	 * @return array<string, mixed>|null
	 */
	public static function bound( ?array $values ): ?array {
		if ( null === $values ) {
			return null;
		}
		return self::bound_array( $values, 0 );
	}

	/**
	 * Bounds one array, recursively.
	 *
	 * @param array<mixed> $values Values.
	 * @param int          $depth  Nesting depth.
	 * @return array<mixed>
	 */
	private static function bound_array( array $values, int $depth ): array {
		$list = array_is_list( $values );
		if ( $list && count( $values ) > self::LIST_MAX ) {
			$values   = array_slice( $values, 0, self::LIST_MAX );
			$values[] = self::ELLIPSIS;
		}
		$bounded = array();
		foreach ( $values as $key => $value ) {
			if ( is_string( $key ) ) {
				$key = self::cut( $key, 64 );
			}
			if ( is_string( $value ) ) {
				$value = self::cut( $value, self::VALUE_MAX );
			} elseif ( is_array( $value ) ) {
				// Deeper than anything the plugin records: keep its shape, not its contents.
				$value = $depth < 3 ? self::bound_array( $value, $depth + 1 ) : self::ELLIPSIS;
			} elseif ( is_object( $value ) ) {
				$value = self::cut( (string) wp_json_encode( $value ), self::VALUE_MAX );
			}
			$bounded[ $key ] = $value;
		}
		return $bounded;
	}
}
