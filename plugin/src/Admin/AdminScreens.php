<?php
/**
 * The plugin's admin menu and the React screens mounted in it.
 *
 * @package Ttdt
 */

namespace Ttdt\Admin;

defined( 'ABSPATH' ) || exit;

use Ttdt\Archive\ArchiveScreen;
use Ttdt\Audit\AuditScreen;
use Ttdt\Board\BoardScreen;
use Ttdt\Collaborators\CollaboratorsScreen;
use Ttdt\Feedback\FeedbackStatsScreen;
use Ttdt\Feedback\InboxScreen;
use Ttdt\Organisation\OfficialsScreen;
use Ttdt\Plans\PlansScreen;
use Ttdt\Quota\QuotaScreen;
use Ttdt\Reports\ReportsScreen;
use Ttdt\Royalty\MyRoyaltyScreen;
use Ttdt\Royalty\RoyaltyScreen;
use Ttdt\Security\IncidentsScreen;
use Ttdt\Settings\SettingsScreen;
use Ttdt\Support\Hookable;
use Ttdt\Units\UnitsScreen;
use Ttdt\Workflow\ReviewQueueScreen;

/**
 * Each screen is a page with one root element and one built script from `admin-ui/screens/`.
 * The features describe their screens ({@see AdminScreen}); this class lists them in order.
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
	 * Filter of the screen list, an extension point ({@see self::definitions()}).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SCREENS_FILTER = 'ttdt_admin_screens';

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
	 * The plugin's screens in menu order: daily work first (reviewing, the quota), then the
	 * people (board, collaborators), then the records and the settings. The order is decided
	 * here, not by the order in which services happen to boot.
	 *
	 * @since 0.1.0
	 *
	 * @return AdminScreen[]
	 */
	public function screens(): array {
		return array(
			new ReviewQueueScreen(),
			new InboxScreen(),
			new FeedbackStatsScreen(),
			new RoyaltyScreen(),
			new MyRoyaltyScreen(),
			new QuotaScreen(),
			new PlansScreen(),
			new ReportsScreen(),
			new BoardScreen(),
			new CollaboratorsScreen(),
			new UnitsScreen(),
			new OfficialsScreen(),
			new AuditScreen(),
			new IncidentsScreen(),
			new SettingsScreen(),
			new ArchiveScreen(),
		);
	}

	/**
	 * Screen name => [ menu title, page title, capability ]: the plugin's screens in their
	 * order, then whatever extensions add through {@see self::SCREENS_FILTER}.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array{0: string, 1: string, 2: string}>
	 */
	public function definitions(): array {
		$screens = array();
		foreach ( $this->screens() as $screen ) {
			$screens[ $screen->name() ] = array( $screen->menu_title(), $screen->page_title(), $screen->capability() );
		}

		/**
		 * Filters the plugin's admin screens, for extensions that add a screen of their own
		 * (its script must be built to `plugin/build/screens/<name>/`). The plugin's own
		 * screens come first, in their order; new entries are appended after them.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, array{0: string, 1: string, 2: string}> $screens Screen name => [ menu title, page title, capability ].
		 */
		$filtered = apply_filters( self::SCREENS_FILTER, $screens );
		if ( ! is_array( $filtered ) ) {
			return $screens;
		}

		$valid = array();
		foreach ( $filtered as $name => $definition ) {
			// An extension's mistake must not break the whole menu: skip malformed entries.
			if ( is_string( $name ) && '' !== $name && is_array( $definition ) && 3 === count( $definition ) ) {
				$valid[ sanitize_key( $name ) ] = array_map( 'strval', array_values( $definition ) );
			}
		}
		return $valid;
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
