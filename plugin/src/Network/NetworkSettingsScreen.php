<?php
/**
 * The province-wide figures screen, in the Network Admin.
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\BuiltScript;
use Ttdt\Support\Hookable;

/**
 * A page under the network overview: the React screen in `admin-ui/screens/network-settings/`
 * reads and saves `ttdt/v1/network/settings` (which validates every figure and lock).
 *
 * @since 0.1.0
 */
final class NetworkSettingsScreen implements Hookable {

	/**
	 * Page slug.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SLUG = 'ttdt-portal-network-settings';

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
		// After the overview has added its menu.
		add_action( 'network_admin_menu', array( $this, 'register_menu' ), 20 );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	/**
	 * Adds the page.
	 *
	 * @since 0.1.0
	 */
	public function register_menu(): void {
		$title      = __( 'Province-wide figures', 'ttdt-portal' );
		$this->hook = (string) add_submenu_page(
			NetworkScreen::SLUG,
			$title,
			$title,
			Capabilities::MANAGE_NETWORK_SETTINGS,
			self::SLUG,
			static function () use ( $title ): void {
				printf(
					'<div class="wrap"><h1 class="wp-heading-inline">%1$s</h1><div id="ttdt-screen-network-settings"></div></div>',
					esc_html( $title )
				);
			}
		);
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
			BuiltScript::enqueue( 'screens/network-settings', array( 'wp-components' ) );
		}
	}
}
