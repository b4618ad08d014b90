<?php
/**
 * The officials screen in the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Organisation;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;
use Ttdt\Admin\AdminScreens;
use Ttdt\Support\Hookable;

/**
 * The screen itself is `admin-ui/screens/officials/` (a DataViews list with a DataForm, like
 * the units screen). Those who manage the units manage their officials. Its photo field opens
 * the media library, which the screen loads.
 *
 * @since 0.1.0
 */
final class OfficialsScreen implements AdminScreen, Hookable {

	/**
	 * Screen name (page `ttdt-portal-officials`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'officials';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue_media' ) );
	}

	/**
	 * Loads the media library on this screen only.
	 *
	 * @since 0.1.0
	 *
	 * @param string $hook_suffix The admin page's hook suffix.
	 */
	public function enqueue_media( $hook_suffix ): void {
		if ( str_ends_with( (string) $hook_suffix, AdminScreens::page_slug( self::NAME ) ) ) {
			wp_enqueue_media();
		}
	}

	/**
	 * {@inheritDoc}
	 */
	public function name(): string {
		return self::NAME;
	}

	/**
	 * {@inheritDoc}
	 */
	public function menu_title(): string {
		return __( 'Officials', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Leadership and staff', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::MANAGE_UNITS;
	}
}
