<?php
/**
 * A lock in the database around scheduled work, so two PHP nodes never run it at once.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

/**
 * Several PHP nodes behind a load balancer each run WP-Cron, and WordPress's own guard (the
 * `doing_cron` transient) is read, then written: two nodes can both see it free and run the
 * same event, and every reminder would go out twice. A handler that mails or writes takes this
 * lock first and returns at once when another node holds it.
 *
 * The lock is a row of the site's options table (each site of a network has its own), named
 * `ttdt_lock_<name>`, holding `<expiry>|<token>`:
 * - taken by `INSERT IGNORE` on the table's unique `option_name` (one writer wins; the pattern
 *   of core's `WP_Upgrader::create_lock()`, and understood by Playground's SQLite driver too).
 *   Not `add_option()`: its `INSERT … ON DUPLICATE KEY UPDATE` lets the second writer win too;
 * - taken over once expired by an `UPDATE … WHERE option_value = <the expired value>`: of two
 *   nodes that find it expired, only one changes the row. A node that died holding the lock
 *   blocks the work until the expiry, never longer;
 * - released by deleting the row only while it still holds this holder's token, so a holder
 *   that outlived its expiry does not free the lock its successor took. The object releases it
 *   when it is destroyed (the handler's local variable going out of scope on return), so a
 *   handler needs one guard line at its top and no `finally`.
 *
 * Raw SQL, not the options API: the object cache of a node would answer from memory.
 *
 * @since 0.1.0
 */
final class CronLock {

	/**
	 * Prefix of the option holding a lock.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OPTION_PREFIX = 'ttdt_lock_';

	/**
	 * Default time a lock is held at most, in seconds: longer than any of the daily runs.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const DEFAULT_TTL = 15 * MINUTE_IN_SECONDS;

	/**
	 * Option name.
	 *
	 * @var string
	 */
	private string $option;

	/**
	 * This holder's token.
	 *
	 * @var string
	 */
	private string $token;

	/**
	 * Whether the lock is released on destruction.
	 *
	 * @var bool
	 */
	private bool $release_on_destruct = true;

	/**
	 * Use {@see self::take()}.
	 *
	 * @param string $option Option name.
	 * @param string $token  Token.
	 */
	private function __construct( string $option, string $token ) {
		$this->option = $option;
		$this->token  = $token;
	}

	/**
	 * Releases the lock when the holder goes out of scope.
	 */
	public function __destruct() {
		if ( $this->release_on_destruct ) {
			$this->release();
		}
	}

	/**
	 * Takes the lock, or returns null at once when another holder has it and it has not
	 * expired.
	 *
	 * @since 0.1.0
	 *
	 * @param string   $name Lock name (the cron hook).
	 * @param int      $ttl  Seconds after which another node may take it over.
	 * @param int|null $now  Unix time (tests); the clock by default.
	 * @return self|null The lock held, or null.
	 */
	public static function take( string $name, int $ttl = self::DEFAULT_TTL, ?int $now = null ): ?self {
		global $wpdb;

		$now    = $now ?? time();
		$option = self::OPTION_PREFIX . $name;
		$token  = wp_generate_uuid4();
		$value  = ( $now + $ttl ) . '|' . $token;
		// phpcs:ignore WordPress.DB -- an atomic insert; the options API cannot express it.
		$taken = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'off')", $option, $value ) );
		if ( 1 === $taken ) {
			return new self( $option, $token );
		}
		// phpcs:ignore WordPress.DB -- read past the object cache.
		$held = $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", $option ) );
		if ( null === $held || (int) strtok( (string) $held, '|' ) > $now ) {
			// Held and not expired (or released between the two queries: the holder just
			// finished the work, which must not run again now).
			return null;
		}
		// phpcs:ignore WordPress.DB -- compare-and-swap: one of two nodes taking over wins.
		$swapped = $wpdb->query( $wpdb->prepare( "UPDATE {$wpdb->options} SET option_value = %s WHERE option_name = %s AND option_value = %s", $value, $option, $held ) );
		return 1 === $swapped ? new self( $option, $token ) : null;
	}

	/**
	 * Keeps the lock until it expires instead of releasing it on return: for work that must
	 * run at most once in the lock's time, even when a second node arrives after the first
	 * finished (starting the same background job twice).
	 *
	 * @since 0.1.0
	 */
	public function keep(): void {
		$this->release_on_destruct = false;
	}

	/**
	 * Releases the lock, if this holder still has it.
	 *
	 * @since 0.1.0
	 */
	public function release(): void {
		global $wpdb;
		$this->release_on_destruct = false;
		// phpcs:ignore WordPress.DB -- only this holder's row.
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name = %s AND option_value LIKE %s", $this->option, '%|' . $wpdb->esc_like( $this->token ) ) );
	}
}
