<?php
/**
 * The plugin's set-up on every site of a Multisite network.
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

use Ttdt\Plugin;
use Ttdt\Support\WriteSide;
use Ttdt\Support\Tables;
use WP_Site;

/**
 * A province activates the plugin once for the whole network: each commune's site then needs
 * its own roles, sections, tables and options, exactly what a single site gets on activation.
 *
 * Activation runs the set-up for the sites in batches of {@see self::BATCH}: the activating
 * request does as many batches as fit in {@see self::TIME_BUDGET} seconds and leaves the rest
 * to a cron event of the main site that takes one batch per run, so a network of hundreds of
 * sites never meets PHP's time limit. A site that no batch has reached yet is not broken:
 * every piece of the set-up is also checked on each request (`maybe_install`, `maybe_sync`,
 * `maybe_ensure` on `init`). A site created later gets the set-up at once, on
 * `wp_initialize_site`, after core has made its tables; a deleted site takes the plugin's
 * tables with it (`wpmu_drop_tables`).
 *
 * Every step is idempotent (dbDelta, roles rewritten, sections found by key, `add_option`),
 * so two PHP nodes that run the same batch at once do the same work twice, never harm.
 *
 * @since 0.1.0
 */
final class NetworkSetup implements WriteSide {

	/**
	 * Cron event (on the main site) that sets up the next batch of sites.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const BATCH_EVENT = 'ttdt_network_setup_batch';

	/**
	 * Sites set up per batch.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const BATCH = 25;

	/**
	 * Seconds the activating request spends on batches before it leaves the rest to cron.
	 *
	 * @var int
	 */
	private const TIME_BUDGET = 20;

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// After core's own handler (priority 10), which creates the new site's tables and options.
		add_action( 'wp_initialize_site', array( self::class, 'initialize_site' ), 100 );
		add_filter( 'wpmu_drop_tables', array( self::class, 'drop_tables' ), 10, 2 );
		add_action( self::BATCH_EVENT, array( self::class, 'run_batch' ) );
	}

	/**
	 * Sets up every site of the network, in bounded batches.
	 *
	 * @since 0.1.0
	 */
	public static function activate_network(): void {
		$started = microtime( true );
		$offset  = 0;
		do {
			$done    = self::set_up_batch( $offset );
			$offset += self::BATCH;
		} while ( self::BATCH === $done && microtime( true ) - $started < self::TIME_BUDGET );

		if ( self::BATCH === $done ) {
			self::schedule( $offset );
		}
	}

	/**
	 * Clears every site's scheduled work when the plugin is deactivated network-wide.
	 *
	 * @since 0.1.0
	 */
	public static function deactivate_network(): void {
		self::each_site(
			static function (): void {
				/** This action is documented in plugin/src/Plugin.php */
				do_action( 'ttdt_deactivate' );
			}
		);
	}

	/**
	 * Runs a callback on every site of the network, switched to it, reading the site IDs a
	 * batch at a time so memory stays bounded however large the network is.
	 *
	 * @since 0.1.0
	 *
	 * @param callable $callback Called with the site ID while switched to the site.
	 */
	public static function each_site( callable $callback ): void {
		for ( $offset = 0; ; $offset += self::BATCH ) {
			$ids = self::batch( $offset, array() );
			foreach ( $ids as $id ) {
				switch_to_blog( (int) $id );
				try {
					$callback( (int) $id );
				} finally {
					restore_current_blog();
				}
			}
			if ( count( $ids ) < self::BATCH ) {
				return;
			}
		}
	}

	/**
	 * Cron: one batch, then the next one is scheduled while sites remain.
	 *
	 * @since 0.1.0
	 *
	 * @param int $offset Sites already set up, in site ID order.
	 */
	public static function run_batch( $offset ): void {
		$offset = max( 0, (int) $offset );
		if ( self::BATCH === self::set_up_batch( $offset ) ) {
			self::schedule( $offset + self::BATCH );
		}
	}

	/**
	 * Sets up one batch of sites.
	 *
	 * @since 0.1.0
	 *
	 * @param int $offset Sites to skip, in site ID order.
	 * @return int How many sites the batch held.
	 */
	public static function set_up_batch( int $offset ): int {
		// Archived and deleted sites serve nobody; they are set up on their first request.
		$ids = self::batch(
			$offset,
			array(
				'archived' => 0,
				'deleted'  => 0,
			)
		);
		foreach ( $ids as $id ) {
			self::set_up_site( (int) $id );
		}
		return count( $ids );
	}

	/**
	 * One batch of site IDs, in ID order (the order is total, so batches neither overlap nor
	 * skip a site).
	 *
	 * @param int                  $offset Sites to skip.
	 * @param array<string, mixed> $where  More `get_sites()` arguments.
	 * @return int[]
	 */
	private static function batch( int $offset, array $where ): array {
		return array_map(
			'intval',
			get_sites(
				array(
					'fields'  => 'ids',
					'number'  => self::BATCH,
					'offset'  => $offset,
					'orderby' => 'id',
				) + $where
			)
		);
	}

	/**
	 * Runs the plugin's activation set-up on one site.
	 *
	 * @since 0.1.0
	 *
	 * @param int $site_id Site ID.
	 */
	public static function set_up_site( int $site_id ): void {
		switch_to_blog( $site_id );
		try {
			// The tables first: the activation's own writes (the sections) are audited. On a
			// single site they are made on the first request; here the site gets all at once.
			Tables::maybe_install();
			Plugin::activate();
		} finally {
			restore_current_blog();
		}
	}

	/**
	 * `wp_initialize_site`: a new site of a network where the plugin is active for the whole
	 * network gets its set-up at once.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Site $site The new site.
	 */
	public static function initialize_site( WP_Site $site ): void {
		if ( self::network_active() ) {
			self::set_up_site( (int) $site->blog_id );
		}
	}

	/**
	 * `wpmu_drop_tables`: the plugin's tables of a deleted site go with it.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $tables  Tables core drops.
	 * @param int      $site_id The site being deleted.
	 * @return string[]
	 */
	public static function drop_tables( $tables, $site_id ): array {
		global $wpdb;
		return array_values( array_unique( array_merge( (array) $tables, SiteCleanup::tables( $wpdb->get_blog_prefix( (int) $site_id ) ) ) ) );
	}

	/**
	 * Whether the plugin is active for the whole network.
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	public static function network_active(): bool {
		if ( ! is_multisite() || ! defined( 'TTDT_FILE' ) ) {
			return false;
		}
		return array_key_exists( plugin_basename( TTDT_FILE ), (array) get_site_option( 'active_sitewide_plugins', array() ) );
	}

	/**
	 * Schedules the next batch on the main site (cron is per site on a network).
	 *
	 * @param int $offset Sites already set up.
	 */
	private static function schedule( int $offset ): void {
		switch_to_blog( get_main_site_id() );
		try {
			if ( ! wp_next_scheduled( self::BATCH_EVENT, array( $offset ) ) ) {
				wp_schedule_single_event( time(), self::BATCH_EVENT, array( $offset ) );
			}
		} finally {
			restore_current_blog();
		}
	}
}
