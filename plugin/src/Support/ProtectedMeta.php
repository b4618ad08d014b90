<?php
/**
 * The plugin's post meta that the generic "Custom fields" box never shows, in one place.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

/**
 * A field of the plugin's is edited only where its rules are checked (the editor's panels, the
 * plugin's screens and routes): shown in the generic box, a stale copy would overwrite what the
 * panel saved and bypass its checks. Each feature names its fields here; one `is_protected_meta`
 * callback answers for all of them.
 *
 * @since 0.1.0
 */
final class ProtectedMeta {

	/**
	 * Callbacks that return meta keys, asked the first time a `ttdt_` key is.
	 *
	 * @var array<int, callable(): string[]>
	 */
	private static array $sources = array();

	/**
	 * The protected keys as keys, once the sources were asked.
	 *
	 * @var array<string, true>|null
	 */
	private static ?array $keys = null;

	/**
	 * Protects the post meta keys `$keys` returns. A callback, so a feature whose keys come
	 * with translated descriptions builds them only when a key of the plugin is asked about:
	 * core asks for each meta key it registers, on every request.
	 *
	 * @since 0.1.0
	 *
	 * @param callable(): string[] $keys Returns the keys (each starting with `ttdt_`).
	 */
	public static function add( callable $keys ): void {
		if ( ! self::$sources ) {
			add_filter( 'is_protected_meta', array( self::class, 'protect' ), 10, 3 );
		}
		self::$sources[] = $keys;
		self::$keys      = null;
	}

	/**
	 * On `is_protected_meta`: whether a key is one of the plugin's fields.
	 *
	 * @since 0.1.0
	 *
	 * @param bool   $protected Whether it is protected so far.
	 * @param string $meta_key  Meta key.
	 * @param string $meta_type Object type of the meta ('' when the caller did not say).
	 * @return bool
	 */
	public static function protect( $protected, $meta_key, $meta_type = '' ): bool {
		if ( $protected || ! is_string( $meta_key ) || ! str_starts_with( $meta_key, 'ttdt_' ) || ( '' !== $meta_type && 'post' !== $meta_type ) ) {
			return (bool) $protected;
		}
		if ( null === self::$keys ) {
			self::$keys = array();
			foreach ( self::$sources as $source ) {
				self::$keys += array_fill_keys( (array) call_user_func( $source ), true );
			}
		}
		return isset( self::$keys[ $meta_key ] );
	}
}
