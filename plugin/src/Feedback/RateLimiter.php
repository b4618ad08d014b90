<?php
/**
 * Counts submissions and wrong lookups per address and per contact.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

/**
 * Fixed windows counted in options, keyed by a keyed hash (never the address or contact
 * itself, which are personal data): `_ttdt_fbrl_<hash>_<window>`. Each hit is one atomic
 * `INSERT … ON DUPLICATE KEY UPDATE` that also returns the count it produced (through
 * `LAST_INSERT_ID( expr )`), so fifty simultaneous requests count fifty and each learns its
 * own place: exactly the limit pass, never more and never fewer. (Reading the counter again
 * after the increment saw the others' increments too: under a flood it refused requests
 * within the limit — the feedback load test found 36 of 1,250.) Old windows are deleted by
 * the daily retention run.
 *
 * @since 0.1.0
 */
final class RateLimiter {

	/**
	 * Prefix of the counters' option names.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PREFIX = '_ttdt_fbrl_';

	/**
	 * Filter of the limits: name => [ most hits, window in seconds ].
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const LIMITS_FILTER = 'ttdt_feedback_rate_limits';

	/**
	 * Submissions from one address.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SUBMIT_IP = 'submit_ip';

	/**
	 * Submissions with one e-mail address or phone number.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SUBMIT_CONTACT = 'submit_contact';

	/**
	 * Wrong lookups from one address.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const LOOKUP_IP = 'lookup_ip';

	/**
	 * The limits in force.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array{0: int, 1: int}>
	 */
	public static function limits(): array {
		/**
		 * Filters the feedback rate limits: name => [ most hits, window in seconds ].
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, array{0: int, 1: int}> $limits Defaults.
		 */
		return (array) apply_filters(
			self::LIMITS_FILTER,
			array(
				self::SUBMIT_IP      => array( 5, 10 * MINUTE_IN_SECONDS ),
				self::SUBMIT_CONTACT => array( 3, HOUR_IN_SECONDS ),
				self::LOOKUP_IP      => array( 10, 15 * MINUTE_IN_SECONDS ),
			)
		);
	}

	/**
	 * The window of a limit in whole minutes (at least 1): what a refusal tells to wait.
	 *
	 * @since 0.1.0
	 *
	 * @param string $limit Limit name.
	 * @return int
	 */
	public static function window_minutes( string $limit ): int {
		return max( 1, (int) ceil( ( self::limits()[ $limit ][1] ?? 0 ) / MINUTE_IN_SECONDS ) );
	}

	/**
	 * Counts one hit; false when it is over the limit.
	 *
	 * @since 0.1.0
	 *
	 * @param string $limit Limit name.
	 * @param string $key   What is counted (an address, a contact).
	 * @return bool Whether the hit is within the limit.
	 */
	public static function hit( string $limit, string $key ): bool {
		global $wpdb;

		list( $most, $window ) = self::limits()[ $limit ] ?? array( 0, 0 );
		if ( $most <= 0 || '' === $key ) {
			return true;
		}
		$name = self::option_name( $limit, $key, (int) $window );
		// One statement counts and tells this hit's count: a new row (1 affected) is the first
		// hit; an updated one (2 affected) sets the connection's insert ID to the new count.
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic counter; the options API reads and writes in two steps.
		$affected = $wpdb->query( $wpdb->prepare( "INSERT INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, '1', 'off') ON DUPLICATE KEY UPDATE option_value = LAST_INSERT_ID(option_value + 1)", $name ) );
		if ( 1 === $affected ) {
			return 1 <= $most;
		}
		if ( 2 === $affected && $wpdb->insert_id > 0 ) {
			return (int) $wpdb->insert_id <= $most;
		}
		// The write failed: judge by what is stored rather than let the request through blind.
		return self::count( $name ) < $most;
	}

	/**
	 * Whether a key is already over the limit, without counting a hit.
	 *
	 * @since 0.1.0
	 *
	 * @param string $limit Limit name.
	 * @param string $key   What is counted.
	 * @return bool
	 */
	public static function exceeded( string $limit, string $key ): bool {
		list( $most, $window ) = self::limits()[ $limit ] ?? array( 0, 0 );
		if ( $most <= 0 || '' === $key ) {
			return false;
		}
		return self::count( self::option_name( $limit, $key, (int) $window ) ) >= $most;
	}

	/**
	 * Deletes the counters of past windows.
	 *
	 * @since 0.1.0
	 */
	public static function purge(): void {
		global $wpdb;
		$like = $wpdb->esc_like( self::PREFIX ) . '%';
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- no API lists options by prefix.
		$names = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $like ) );
		foreach ( $names as $name ) {
			if ( preg_match( '/_(\d+)_(\d+)$/', (string) $name, $m ) && ( (int) $m[1] + 1 ) * (int) $m[2] < time() ) {
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- counters are never cached.
				$wpdb->delete( $wpdb->options, array( 'option_name' => $name ) );
			}
		}
	}

	/**
	 * A keyed hash of a personal value (address, contact), so no counter or row holds it.
	 *
	 * @since 0.1.0
	 *
	 * @param string $value Value.
	 * @return string 64 hex characters, '' for ''.
	 */
	public static function hash( string $value ): string {
		return '' === $value ? '' : hash_hmac( 'sha256', $value, wp_salt( 'auth' ) );
	}

	/**
	 * The current count of a counter (read past the object cache).
	 *
	 * @param string $name Option name.
	 * @return int
	 */
	private static function count( string $name ): int {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- read past the options cache, which would be stale.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", $name ) );
	}

	/**
	 * The option of a key's current window: prefix, limit, hash, window number, window length.
	 *
	 * @param string $limit  Limit name.
	 * @param string $key    What is counted.
	 * @param int    $window Window length in seconds.
	 * @return string At most 191 characters.
	 */
	private static function option_name( string $limit, string $key, int $window ): string {
		$window = max( 1, $window );
		return self::PREFIX . $limit . '_' . substr( self::hash( $limit . '|' . $key ), 0, 40 ) . '_' . intdiv( time(), $window ) . '_' . $window;
	}
}
