<?php
/**
 * The network overview screen, in the Network Admin.
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\BuiltScript;
use Ttdt\Support\Hookable;

/**
 * A top-level page of the Network Admin (not of any site's admin): the React screen in
 * `admin-ui/screens/network-overview/` reads `ttdt/v1/network/overview`.
 *
 * @since 0.1.0
 */
final class NetworkScreen implements Hookable {

	/**
	 * Page slug.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SLUG = 'ttdt-portal-network-overview';

	/**
	 * Hook suffix of the page once added.
	 *
	 * @var string
	 */
	private string $hook = '';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'network_admin_menu', array( $this, 'register_menu' ) );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	/**
	 * Adds the page.
	 *
	 * @since 0.1.0
	 */
	public function register_menu(): void {
		$title      = __( 'Communes\' e-information pages', 'ttdt-portal' );
		$this->hook = (string) add_menu_page(
			$title,
			$title,
			Capabilities::VIEW_NETWORK,
			self::SLUG,
			static function () use ( $title ): void {
				printf(
					'<div class="wrap"><h1 class="wp-heading-inline">%1$s</h1><div id="ttdt-screen-network-overview"></div></div>',
					esc_html( $title )
				);
			},
			'dashicons-megaphone',
			3
		);
		// Its own first entry, so the menu still opens the overview once the province-wide
		// figures page is added under it.
		add_submenu_page( self::SLUG, $title, __( 'Overview', 'ttdt-portal' ), Capabilities::VIEW_NETWORK, self::SLUG );
	}

	/**
	 * Enqueues the screen's script on its page.
	 *
	 * @since 0.1.0
	 *
	 * @param string $hook_suffix Current admin page.
	 */
	public function enqueue( string $hook_suffix ): void {
		if ( '' !== $this->hook && $hook_suffix === $this->hook ) {
			BuiltScript::enqueue( 'screens/network-overview', array( 'wp-components' ) );
		}
	}
}
