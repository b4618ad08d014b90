<?php
/**
 * The plugin's admin menu and the React screens mounted in it.
 *
 * @package Ttdt
 */

namespace Ttdt\Admin;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;

/**
 * Each screen is a page with one root element and one built script from `admin-ui/screens/`.
 *
 * @since 0.1.0
 */
final class AdminScreens implements Hookable {

	/**
	 * Top-level menu slug.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MENU_SLUG = 'ttdt-portal';

	/**
	 * Page hook suffixes of the registered screens => screen name.
	 *
	 * @var array<string, string>
	 */
	private array $screens = array();

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'admin_menu', array( $this, 'register_menu' ) );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	/**
	 * Screen name => [ menu title, page title, capability ]. Filterable so each feature adds
	 * its screen without touching this class.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array{0: string, 1: string, 2: string}>
	 */
	private function definitions(): array {
		$screens = array(
			'settings' => array( __( 'Settings', 'ttdt-portal' ), __( 'Portal settings', 'ttdt-portal' ), Capabilities::MANAGE_SETTINGS ),
		);

		/**
		 * Filters the plugin's admin screens.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, array{0: string, 1: string, 2: string}> $screens Screen name => [ menu title, page title, capability ].
		 */
		return apply_filters( 'ttdt_admin_screens', $screens );
	}

	/**
	 * Adds the top-level menu and one submenu item per screen.
	 *
	 * @since 0.1.0
	 */
	public function register_menu(): void {
		add_menu_page(
			__( 'E-information page', 'ttdt-portal' ),
			__( 'E-information page', 'ttdt-portal' ),
			'edit_posts',
			self::MENU_SLUG,
			'__return_null',
			'dashicons-megaphone',
			3
		);
		foreach ( $this->definitions() as $name => list( $menu_title, $page_title, $capability ) ) {
			$hook = add_submenu_page(
				self::MENU_SLUG,
				$page_title,
				$menu_title,
				$capability,
				self::page_slug( $name ),
				static function () use ( $name, $page_title ): void {
					printf(
						'<div class="wrap"><h1 class="wp-heading-inline">%1$s</h1><div id="%2$s"></div></div>',
						esc_html( $page_title ),
						esc_attr( 'ttdt-screen-' . $name )
					);
				}
			);
			if ( $hook ) {
				$this->screens[ $hook ] = $name;
			}
		}
		// The top-level item only groups the screens; drop its duplicate submenu entry.
		remove_submenu_page( self::MENU_SLUG, self::MENU_SLUG );
	}

	/**
	 * Enqueues the built script and styles of the current screen.
	 *
	 * @since 0.1.0
	 *
	 * @param string $hook_suffix Current admin page.
	 */
	public function enqueue( string $hook_suffix ): void {
		$name = $this->screens[ $hook_suffix ] ?? null;
		if ( null === $name ) {
			return;
		}
		BuiltScript::enqueue( 'screens/' . $name, array( 'wp-components' ) );
	}

	/**
	 * Admin page slug of a screen.
	 *
	 * @since 0.1.0
	 *
	 * @param string $name Screen name.
	 * @return string
	 */
	public static function page_slug( string $name ): string {
		return self::MENU_SLUG . '-' . $name;
	}
}
