<?php
/**
 * Board membership per site on a network.
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

use Ttdt\Board\BoardMeta;
use Ttdt\Support\Hookable;
use WP_User_Query;

/**
 * User meta is shared by every site of a network, but a board is a commune's: the same person
 * may head one commune's board and sit on another's, or on none. On every site but the main
 * one the board fields are stored under the site's table prefix (`wp_3_ttdt_board_position`),
 * as core does for a user's role on each site (`wp_3_capabilities`). The main site, like a
 * single site, keeps the plain keys, so a single site that becomes a network keeps its board.
 *
 * Every path goes through WordPress's metadata API, so the switch is made there, once, for
 * all of them: reads, writes and deletions (`{get,add,update,delete}_user_metadata`) and the
 * user queries that list a board (`pre_get_users`).
 *
 * @since 0.1.0
 */
final class SiteBoardMeta implements Hookable {

	/**
	 * Set while this class calls the metadata API itself, so its own calls pass through.
	 *
	 * @var bool
	 */
	private static bool $inside = false;

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// Inert on a single site ({@see self::site_key()}).
		add_filter( 'get_user_metadata', array( self::class, 'get' ), 10, 4 );
		add_filter( 'add_user_metadata', array( self::class, 'add' ), 10, 5 );
		add_filter( 'update_user_metadata', array( self::class, 'update' ), 10, 5 );
		add_filter( 'delete_user_metadata', array( self::class, 'delete' ), 10, 5 );
		add_action( 'pre_get_users', array( self::class, 'query' ) );
	}

	/**
	 * The key a board field is stored under on the current site, or null for any other key
	 * (and on the main site).
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $meta_key Meta key.
	 * @return string|null
	 */
	public static function site_key( $meta_key ): ?string {
		global $wpdb;
		if ( self::$inside || ! is_string( $meta_key ) || ! in_array( $meta_key, BoardMeta::FIELDS, true ) || ! is_multisite() || is_main_site() ) {
			return null;
		}
		return $wpdb->get_blog_prefix() . $meta_key;
	}

	/**
	 * `get_user_metadata`.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $value    Null, or a value another filter chose.
	 * @param int    $user_id  User.
	 * @param string $meta_key Key.
	 * @param bool   $single   One value or all.
	 * @return mixed
	 */
	public static function get( $value, $user_id, $meta_key, $single ) {
		$key = self::site_key( $meta_key );
		if ( null === $key || null !== $value ) {
			return $value;
		}
		$found = self::call( static fn() => get_user_meta( (int) $user_id, $key, (bool) $single ) );
		// Core unwraps the first element for a single value.
		return $single ? array( $found ) : $found;
	}

	/**
	 * `add_user_metadata`.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $check    Null, or another filter's answer.
	 * @param int    $user_id  User.
	 * @param string $meta_key Key.
	 * @param mixed  $value    Value.
	 * @param bool   $unique   Whether the key must be unique.
	 * @return mixed
	 */
	public static function add( $check, $user_id, $meta_key, $value, $unique ) {
		$key = self::site_key( $meta_key );
		return null === $key || null !== $check ? $check : self::call( static fn() => add_user_meta( (int) $user_id, $key, $value, (bool) $unique ) );
	}

	/**
	 * `update_user_metadata`.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $check    Null, or another filter's answer.
	 * @param int    $user_id  User.
	 * @param string $meta_key Key.
	 * @param mixed  $value    Value.
	 * @param mixed  $previous Previous value to replace, or ''.
	 * @return mixed
	 */
	public static function update( $check, $user_id, $meta_key, $value, $previous ) {
		$key = self::site_key( $meta_key );
		return null === $key || null !== $check ? $check : self::call( static fn() => update_user_meta( (int) $user_id, $key, $value, $previous ) );
	}

	/**
	 * `delete_user_metadata`.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $check      Null, or another filter's answer.
	 * @param int    $user_id    User.
	 * @param string $meta_key   Key.
	 * @param mixed  $value      Value to delete, or ''.
	 * @param bool   $delete_all Whether for every user.
	 * @return mixed
	 */
	public static function delete( $check, $user_id, $meta_key, $value, $delete_all ) {
		$key = self::site_key( $meta_key );
		if ( null === $key || null !== $check ) {
			return $check;
		}
		return self::call( static fn() => $delete_all ? delete_metadata( 'user', 0, $key, $value, true ) : delete_user_meta( (int) $user_id, $key, $value ) );
	}

	/**
	 * `pre_get_users`: a list of the board (`meta_key` or a `meta_query` clause on a board
	 * field) reads this site's keys.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_User_Query $query The query.
	 */
	public static function query( WP_User_Query $query ): void {
		$key = self::site_key( $query->query_vars['meta_key'] ?? null );
		if ( null !== $key ) {
			$query->query_vars['meta_key'] = $key;
		}
		if ( ! empty( $query->query_vars['meta_query'] ) && is_array( $query->query_vars['meta_query'] ) ) {
			foreach ( $query->query_vars['meta_query'] as $i => $clause ) {
				$key = is_array( $clause ) ? self::site_key( $clause['key'] ?? null ) : null;
				if ( null !== $key ) {
					$query->query_vars['meta_query'][ $i ]['key'] = $key;
				}
			}
		}
	}

	/**
	 * Calls the metadata API with the filters above standing aside.
	 *
	 * @param callable $call The call.
	 * @return mixed
	 */
	private static function call( callable $call ) {
		self::$inside = true;
		try {
			return $call();
		} finally {
			self::$inside = false;
		}
	}
}
