<?php
/**
 * The Vietnamese letters and legacy encoding tables, read once from `legacy-vietnamese.json`.
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

/**
 * One JSON file beside this class is the single source of the tables: the editor's script
 * imports the same file at build time. Its `sources` record where each mapping was checked.
 *
 * @since 0.1.0
 */
final class LegacyTables {

	/**
	 * Encodings this portal converts from.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const ENCODINGS = array( 'tcvn3', 'vni' );

	/**
	 * Derived tables, built on first use.
	 *
	 * @var array<string, mixed>|null
	 */
	private static ?array $tables = null;

	/**
	 * The decoded JSON.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function data(): array {
		return self::tables()['data'];
	}

	/**
	 * Vowel letter => [ toneless lowercase row, tone index, is capital ].
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array{0: string, 1: int, 2: bool}>
	 */
	public static function vowels(): array {
		return self::tables()['vowels'];
	}

	/**
	 * Lowercase Vietnamese letter => capital.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function upper_of(): array {
		return self::tables()['upper_of'];
	}

	/**
	 * Legacy code (as read in Windows-1252) => Unicode letter, for `tcvn3` or `vni`.
	 *
	 * @since 0.1.0
	 *
	 * @param string $encoding Encoding.
	 * @return array<string, string>
	 */
	public static function map( string $encoding ): array {
		return 'vni' === $encoding ? self::tables()['data']['vni'] : self::tables()['data']['tcvn3'];
	}

	/**
	 * Whether a character is a Vietnamese letter outside Latin-1 (so the text is Unicode).
	 *
	 * @since 0.1.0
	 *
	 * @param string $char One character.
	 * @return bool
	 */
	public static function is_unicode_only_letter( string $char ): bool {
		return isset( self::tables()['unicode_only'][ $char ] );
	}

	/**
	 * Whether a TCVN3 code stands for a capital (Ă Â Ê Ô Ơ Ư Đ).
	 *
	 * @since 0.1.0
	 *
	 * @param string $char One character.
	 * @return bool
	 */
	public static function is_tcvn3_capital( string $char ): bool {
		return isset( self::tables()['tcvn3_capitals'][ $char ] );
	}

	/**
	 * Pattern of one word: letters, combining marks and every character of the legacy tables.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function word_pattern(): string {
		return self::tables()['word_pattern'];
	}

	/**
	 * `word_pattern()` as a capturing group, for `preg_split()` with the words kept.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function word_split_pattern(): string {
		return self::tables()['word_split_pattern'];
	}

	/**
	 * Pattern of a character that belongs to no word: where long text can be cut into pieces
	 * without splitting a word.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function non_word_pattern(): string {
		return self::tables()['non_word_pattern'];
	}

	/**
	 * Pattern of any Vietnamese letter outside Latin-1 (see `is_unicode_only_letter()`).
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function unicode_only_pattern(): string {
		return self::tables()['unicode_only_pattern'];
	}

	/**
	 * Character class (without brackets, for patterns) of the characters that have their own
	 * case in TCVN3 and are capitals: A–Z and the codes of Ă Â Ê Ô Ơ Ư Đ.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function tcvn3_capital_class(): string {
		return self::tables()['tcvn3_capital_class'];
	}

	/**
	 * TCVN3 code => the capital of its letter (or the letter, when it has none), for words set
	 * in `.VnTimeH` capitals.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function tcvn3_capital_map(): array {
		return self::tables()['tcvn3_capital_map'];
	}

	/**
	 * Builds the derived tables once per request.
	 *
	 * @return array<string, mixed>
	 */
	private static function tables(): array {
		if ( null !== self::$tables ) {
			return self::$tables;
		}
		$json = file_get_contents( TTDT_DIR . 'src/VietnameseText/legacy-vietnamese.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file shipped with the plugin, not a remote request.
		$data = json_decode( (string) $json, true );

		$vowels   = array();
		$upper_of = array( 'đ' => 'Đ' );
		foreach ( $data['vowels'] as $row => $forms ) {
			$capitals = self::chars( $forms[1] );
			foreach ( self::chars( $forms[0] ) as $tone => $letter ) {
				$vowels[ $letter ]            = array( (string) $row, $tone, false );
				$vowels[ $capitals[ $tone ] ] = array( (string) $row, $tone, true );
				$upper_of[ $letter ]          = $capitals[ $tone ];
			}
		}

		$unicode_only = array();
		foreach ( array_merge( array_keys( $vowels ), array( 'đ', 'Đ' ) ) as $letter ) {
			$letter = (string) $letter;
			// Latin-1 letters take two UTF-8 bytes starting with 0xC2 or 0xC3.
			if ( strlen( $letter ) > 2 || ( 2 === strlen( $letter ) && ord( $letter[0] ) > 0xC3 ) ) {
				$unicode_only[ $letter ] = true;
			}
		}

		$tcvn3_capitals = array();
		foreach ( $data['tcvn3'] as $code => $letter ) {
			if ( 'Đ' === $letter || ( isset( $vowels[ $letter ] ) && $vowels[ $letter ][2] ) ) {
				$tcvn3_capitals[ (string) $code ] = true;
			}
		}

		$word_chars = implode( '', array_unique( self::chars( implode( '', array_merge( array_keys( $data['tcvn3'] ), array_keys( $data['vni'] ) ) ) ) ) );

		$capital_map = array();
		foreach ( $data['tcvn3'] as $code => $letter ) {
			$capital_map[ (string) $code ] = $upper_of[ $letter ] ?? $letter;
		}

		self::$tables = array(
			'data'                 => $data,
			'vowels'               => $vowels,
			'upper_of'             => $upper_of,
			'unicode_only'         => $unicode_only,
			'tcvn3_capitals'       => $tcvn3_capitals,
			'word_pattern'         => '/[\p{L}\p{M}' . preg_quote( $word_chars, '/' ) . ']+/u',
			'word_split_pattern'   => '/([\p{L}\p{M}' . preg_quote( $word_chars, '/' ) . ']+)/u',
			'non_word_pattern'     => '/[^\p{L}\p{M}' . preg_quote( $word_chars, '/' ) . ']/u',
			'unicode_only_pattern' => '/[' . preg_quote( implode( '', array_keys( $unicode_only ) ), '/' ) . ']/u',
			'tcvn3_capital_class'  => 'A-Z' . preg_quote( implode( '', array_keys( $tcvn3_capitals ) ), '/' ),
			'tcvn3_capital_map'    => $capital_map,
		);
		return self::$tables;
	}

	/**
	 * The characters of a UTF-8 string.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Text.
	 * @return string[]
	 */
	public static function chars( string $text ): array {
		$chars = preg_split( '//u', $text, -1, PREG_SPLIT_NO_EMPTY );
		return is_array( $chars ) ? $chars : array();
	}
}
