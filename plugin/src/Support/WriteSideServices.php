<?php
/**
 * On public page views, registers the write-side services when one of their hooks first fires.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

/**
 * About half of the plugin's ~290 callbacks belong to services that only act when something is
 * written ({@see WriteSide}), and a page view writes nothing of the plugin's: registering them
 * cost each one ~0.7 M instructions of ~4.5 M (issue 10), ~0.5 M of which the stubs save.
 * There, each hook of theirs gets one stub callback first of all; the first stub that fires
 * registers them all (core runs the callbacks added to a hook while it fires, at later
 * priorities) and takes the stubs away.
 * A write made while a visitor's page renders is guarded and recorded as on any other request;
 * only the order of callbacks of equal priority may differ there: a woken service's run after
 * those already on the hook (within the write-side services, their order is kept).
 *
 * The build lists their hooks (`build/write-side-hooks.php`, read from the classes of the
 * bundle beside it): without the bundle (development, Playground, the command line) every
 * service is registered at once.
 *
 * @since 0.1.0
 */
final class WriteSideServices {

	/**
	 * The services not registered yet.
	 *
	 * @var Hookable[]
	 */
	private static array $waiting = array();

	/**
	 * The hooks holding a stub.
	 *
	 * @var string[]
	 */
	private static array $stubs = array();

	/**
	 * Of `$services`, those to register now: the write-side ones `$hooks` lists wait for a stub.
	 *
	 * @since 0.1.0
	 *
	 * @param Hookable[]              $services The plugin's services.
	 * @param array<string, string[]> $hooks    Write-side class => its hooks.
	 * @return Hookable[]
	 */
	public static function defer( array $services, array $hooks ): array {
		$now   = array();
		$stubs = array();
		foreach ( $services as $service ) {
			$own = $service instanceof WriteSide ? ( $hooks[ get_class( $service ) ] ?? null ) : null;
			if ( null === $own ) {
				$now[] = $service;
				continue;
			}
			self::$waiting[] = $service;
			$stubs          += array_fill_keys( $own, true );
		}
		self::stub( array_keys( $stubs ) );
		self::$stubs = array_merge( self::$stubs, array_keys( $stubs ) );
		return $now;
	}

	/**
	 * Puts the stub first on each hook. A hook nothing uses yet (most of them) gets a copy of
	 * the first such one: ~80 hooks, each added through `add_filter()`, would cost a page view
	 * about as much as the callbacks they stand for.
	 *
	 * @param string[] $hooks Hook names.
	 */
	private static function stub( array $hooks ): void {
		global $wp_filter;
		$blank = null;
		foreach ( $hooks as $hook ) {
			if ( null !== $blank && ! isset( $wp_filter[ $hook ] ) ) {
				// A WP_Hook holding only the stub, as add_filter() would have made it.
				$wp_filter[ $hook ] = clone $blank;
				continue;
			}
			$fresh = ! isset( $wp_filter[ $hook ] );
			add_filter( $hook, array( self::class, 'wake' ), PHP_INT_MIN );
			if ( $fresh ) {
				$blank = $wp_filter[ $hook ];
			}
		}
	}

	/**
	 * The stub: registers the waiting services, then lets the hook's value through.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value The filtered value, or an action's first argument.
	 * @return mixed
	 */
	public static function wake( $value = null ) {
		$waiting       = self::$waiting;
		$stubs         = self::$stubs;
		self::$waiting = array();
		self::$stubs   = array();
		foreach ( $waiting as $service ) {
			$service->register_hooks();
		}
		// Only then: a hook left with no callback would end the call that is running it.
		foreach ( $stubs as $hook ) {
			remove_filter( $hook, array( self::class, 'wake' ), PHP_INT_MIN );
		}
		return $value;
	}

	/**
	 * Whether some services still wait for their hooks.
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	public static function waiting(): bool {
		return (bool) self::$waiting;
	}

	/**
	 * The hooks of the bundle's write-side services, when the bundle declared the classes.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string[]>|null
	 */
	public static function bundled_hooks(): ?array {
		$file = TTDT_DIR . 'build/write-side-hooks.php';
		if ( ! \Ttdt\Autoloader::bundled() || ! is_readable( $file ) ) {
			return null;
		}
		$hooks = include $file;
		return is_array( $hooks ) ? $hooks : null;
	}
}
