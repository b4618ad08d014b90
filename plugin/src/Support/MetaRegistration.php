<?php
/**
 * Registers the plugin's meta fields when a request can use them.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

/**
 * `register_meta()` costs about 15 µs a field (its filters, the default checked against the
 * schema), and every registered default makes each read of a missing meta value walk all
 * registered fields (`filter_default_metadata`). A public page view (GET or HEAD) writes no
 * meta and serves no REST schema: there the fields are registered on the first read of a
 * missing `ttdt_` value, the one moment a registered default changes what a read returns
 * (or before a post or user is saved, should anything save one there).
 * Every other request registers them on `init` as before. The private registers' post types
 * (units, officials, collaborators, incidents: no page, no query variable) come the same way,
 * with their fields.
 *
 * @since 0.1.0
 */
final class MetaRegistration {

	/**
	 * Registration callbacks waiting for the first read: [ priority, callback ].
	 *
	 * @var array<int, array{0: int, 1: callable}>
	 */
	private static array $waiting = array();

	/**
	 * Registers meta fields with `$register` on `init`, or on a page view when first needed.
	 *
	 * @since 0.1.0
	 *
	 * @param callable $register Callback that calls `register_meta()`.
	 * @param int      $priority Its priority on `init`.
	 */
	public static function on_init( callable $register, int $priority = 10 ): void {
		if ( ! PageView::is_current() ) {
			add_action( 'init', $register, $priority );
			return;
		}
		if ( ! self::$waiting ) {
			foreach ( array( 'post', 'user', 'term', 'comment' ) as $type ) {
				// Before core's `filter_default_metadata` (10), which then finds the defaults.
				add_filter( "default_{$type}_metadata", array( self::class, 'on_read' ), 1, 3 );
			}
			// A page view writes nothing of the plugin's; should anything save a post or a user
			// there, the fields' checks are in place before its meta is written.
			add_filter( 'wp_insert_post_data', array( self::class, 'on_write' ), 0 );
			add_filter( 'wp_pre_insert_user_data', array( self::class, 'on_write' ), 0 );
		}
		self::$waiting[] = array( $priority, $register );
	}

	/**
	 * Registers the waiting fields on the first read of a missing value of the plugin's.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $value     The default so far.
	 * @param int    $object_id Object ID.
	 * @param string $meta_key  Meta key.
	 * @return mixed The value, unchanged.
	 */
	public static function on_read( $value, $object_id, $meta_key ) {
		if ( self::$waiting && did_action( 'init' ) && ( str_starts_with( (string) $meta_key, 'ttdt_' ) || str_starts_with( (string) $meta_key, '_ttdt_' ) ) ) {
			self::register_waiting();
		}
		return $value;
	}

	/**
	 * Registers the waiting fields before a post or a user is saved.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $data The data being saved.
	 * @return mixed The data, unchanged.
	 */
	public static function on_write( $data ) {
		if ( self::$waiting && did_action( 'init' ) ) {
			self::register_waiting();
		}
		return $data;
	}

	/**
	 * Runs the waiting registrations, in their `init` order.
	 *
	 * @since 0.1.0
	 */
	public static function register_waiting(): void {
		$waiting       = self::$waiting;
		self::$waiting = array();
		usort( $waiting, static fn( array $a, array $b ): int => $a[0] <=> $b[0] );
		foreach ( $waiting as list( , $register ) ) {
			call_user_func( $register );
		}
	}
}
